// For a title with a salary-survey profile: where the offer's total pay falls in that survey, beside the base
// pay's percentile in the BLS market, with the survey named as the source.
import type { EstimateResult } from '../../../../../shared/types'

export function SurveyPercentile({ result }: { result: EstimateResult }) {
  const { survey } = result
  if (!survey) return null
  const source = result.sources.find((entry) => entry.id === survey.sourceId)
  return (
    <p className="percentile-sentence percentile-secondary">
      {survey.sentence}.
      <span className="survey-source">
        {' '}
        Source: {source ? `${source.title}, ${source.release}` : survey.profile}.
      </span>
    </p>
  )
}
