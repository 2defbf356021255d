// For a title with a salary-survey profile: where the offer's total pay falls in that survey, shown apart from the
// base percentile (the headline) and always with the survey's own caveats next to it, as Market insights shows them.
import type { EstimateResult } from '../../../../../shared/types'
import { NoticeList } from '../../../components/NoticeList'

export function SurveyPercentile({ result }: { result: EstimateResult }) {
  const { survey } = result
  if (!survey) return null
  const source = result.sources.find((entry) => entry.id === survey.sourceId)
  return (
    <section className="result-card survey-percentile" aria-labelledby="survey-percentile-heading">
      <h3 id="survey-percentile-heading">In the salary survey (total pay, as reported)</h3>
      <p className="percentile-secondary">
        {survey.sentence}.
        <span className="survey-source">
          {' '}
          Source: {source ? `${source.title}, ${source.release}` : survey.profile}.
        </span>
      </p>
      {survey.caveats.length > 0 && (
        <>
          <h4>Read before using this figure</h4>
          <NoticeList notes={survey.caveats} warning />
        </>
      )}
    </section>
  )
}
