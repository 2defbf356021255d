// A short in-app account of the method (the full one is docs/estimator.md), and a link that opens it.
import type { MouseEvent, ReactNode } from 'react'

export const HOW_WORTH_ESTIMATES_ID = 'how-worth-estimates'

export function HowWorthEstimatesLink({ children = 'How Worth estimates' }: { children?: ReactNode }) {
  function open(event: MouseEvent<HTMLAnchorElement>) {
    const details = document.getElementById(HOW_WORTH_ESTIMATES_ID)
    if (!(details instanceof HTMLDetailsElement)) return
    event.preventDefault()
    details.open = true
    details.scrollIntoView({ block: 'start' })
    details.querySelector('summary')?.focus()
  }
  return (
    <a href={`#${HOW_WORTH_ESTIMATES_ID}`} onClick={open}>
      {children}
    </a>
  )
}

export function HowWorthEstimates() {
  return (
    <details id={HOW_WORTH_ESTIMATES_ID} className="how-worth-estimates">
      <summary>How Worth estimates</summary>
      <div className="how-body">
        <p>
          Worth works offline from public U.S. government data shipped with the app. Nothing you type leaves
          this computer.
        </p>
        <ul>
          <li>
            <strong>Job title.</strong> Your title is matched to an occupation in the Standard Occupational
            Classification (SOC) using official titles, O*NET alternate titles and job titles from visa
            filings; where they disagree, O*NET&rsquo;s lists win over the filings. Misspelt words are
            corrected, and Worth says how sure it is. If the match is wrong, pick another occupation.
          </li>
          <li>
            <strong>National figures.</strong> The 10th, 25th, 50th, 75th and 90th percentiles come from the
            Bureau of Labor Statistics&rsquo; Occupational Employment and Wage Statistics (OEWS). Where BLS
            only publishes an hourly figure, Worth multiplies it by 2,080 hours. Where BLS says only that pay
            is above its top code, Worth shows a modelled value above it and marks it &ldquo;top-coded&rdquo;.
          </li>
          <li>
            <strong>Figures for an area</strong> are modelled from DOL OFLC levels + BLS national shape: the
            Department of Labor&rsquo;s four prevailing-wage levels for the area set where the distribution
            sits, and the national distribution&rsquo;s shape fills in between. When an area has no data,
            Worth says so and uses the national figures.
          </li>
          <li>
            <strong>Percentile of your base.</strong> Read off the smooth curve drawn through those figures,
            so it is an estimate, not a published number.
          </li>
          <li>
            <strong>Total compensation</strong> = base + bonus + stock per year + sign-on &divide; 4 (sign-on
            spread over four years).
          </li>
        </ul>
        <p>The full method, with its limits, is in docs/estimator.md in Worth&rsquo;s source.</p>
      </div>
    </details>
  )
}
