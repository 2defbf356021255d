// The line under a percentile table that says how the market figures for the place were made.
import type { MarketSummary } from '../../../../../shared/types'
import { AREA_MODEL_NOTE } from '../marketTable'
import { HowWorthEstimatesLink } from './HowWorthEstimates'

export function FigureScope({ market }: { market: MarketSummary }) {
  return (
    <p className="figure-scope">
      {market.scope === 'area' ? (
        <>
          Figures for {market.areaName} are {AREA_MODEL_NOTE}.{' '}
        </>
      ) : (
        <>National figures from the Bureau of Labor Statistics. </>
      )}
      <HowWorthEstimatesLink />
    </p>
  )
}
