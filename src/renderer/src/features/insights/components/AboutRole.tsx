// About the role (description with its attribution, typical titles, skills) and the career path.
import type { InsightsResult } from '../../../../../shared/types'
import { roleName } from '../insightsFigures'
import { careerSteps } from '../insightsSeries'
import { StatusBadge } from './StatusBadge'

export const WORTH_SUMMARY = 'Worth’s summary'

export function AboutRole({ result }: { result: InsightsResult }) {
  const { about } = result
  const steps = careerSteps(result)
  const name = roleName(result.role)
  return (
    <section className="result-card about-section" aria-labelledby="about-heading">
      <h3 id="about-heading">About the role and career path</h3>
      {about.description ? (
        <blockquote className="role-description">
          <p>{about.description}</p>
          <footer className="note">— {about.descriptionSource ?? WORTH_SUMMARY}</footer>
        </blockquote>
      ) : (
        <p>No description of {name} is available.</p>
      )}

      {about.typicalTitles.length > 0 && (
        <>
          <h4 id="typical-titles-heading">Typical job titles</h4>
          <ul className="tag-list" aria-labelledby="typical-titles-heading">
            {about.typicalTitles.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </>
      )}

      <h4 id="skills-heading">Skills</h4>
      {about.skills.length > 0 ? (
        <>
          <ul className="tag-list" aria-labelledby="skills-heading">
            {about.skills.map((skill) => (
              <li key={skill}>{skill}</li>
            ))}
          </ul>
          {about.skillsSource && <p className="note">Skills as listed by {about.skillsSource}.</p>}
        </>
      ) : (
        <p className="note">Worth has no list of skills for this role.</p>
      )}

      <h4 id="career-heading">Career path</h4>
      {steps.length > 0 ? (
        <ol className="career-path" aria-labelledby="career-heading">
          {steps.map((step) => (
            <li key={step.key} className="career-step">
              <span className="career-title">{step.title}</span>
              <span className="career-years">{step.years}</span>
              <span className="career-pay">{step.pay}</span>
              {step.badge && <StatusBadge badge={step.badge} />}
            </li>
          ))}
        </ol>
      ) : (
        <p className="note">Worth has no career path for this role.</p>
      )}
    </section>
  )
}
