// Pay by city: sorted horizontal bars (ranges drawn as ranges, the user's place highlighted) and a table.
import { useMemo, useState } from 'react'
import type { InsightsResult } from '../../../../../shared/types'
import { ValueTable } from '../../../components/ValueTable'
import { roleName } from '../insightsFigures'
import { canAdjustForCostOfLiving, citySeries } from '../insightsSeries'
import { CityChart } from './CityChart'
import { SourcesNote, StatusBadge } from './StatusBadge'

export const COST_OF_LIVING_NOTE = 'no price parities for these cities'
export const COST_OF_LIVING_ON =
  'pay x 100 ÷ the BEA 2023 regional price parity (US = 100): what it buys at average US prices; modelled'

export function CitySection({ result, chartWidth }: { result: InsightsResult; chartWidth?: number }) {
  const [adjusted, setAdjusted] = useState(false)
  const canAdjust = canAdjustForCostOfLiving(result)
  const series = useMemo(() => citySeries(result, adjusted && canAdjust), [result, adjusted, canAdjust])
  const role = roleName(result.role)
  return (
    <section className="result-card city-section" aria-labelledby="city-heading">
      <h3 id="city-heading">Pay by city</h3>
      <div className="toggle-row">
        <label className="toggle">
          <input
            type="checkbox"
            disabled={!canAdjust}
            checked={adjusted && canAdjust}
            onChange={(e) => setAdjusted(e.target.checked)}
            aria-describedby="cost-of-living-note"
          />
          Adjust for cost of living
        </label>
        <span id="cost-of-living-note" className="note">
          {canAdjust ? COST_OF_LIVING_ON : COST_OF_LIVING_NOTE}
        </span>
      </div>
      {series.bars.length === 0 ? (
        <p>{`No pay by city is known for ${role}.`}</p>
      ) : (
        <>
          {series.drawable && (
            <figure className="insights-figure" aria-labelledby="city-figure-caption">
              <p className="chart-title" aria-hidden="true">
                Pay by city, highest first
              </p>
              <CityChart
                series={series}
                width={chartWidth}
                description={`Horizontal bars of pay for ${role} in ${series.bars.length} cities, highest first. The same figures are in the table below.`}
              />
              <figcaption id="city-figure-caption">
                Pay for {role} by city, highest first.
                {series.hasRanges &&
                  ' Lighter floating bars are ranges the source gives for a group of cities.'}
                {series.userPlace
                  ? ` Your place, ${series.userPlace}, is in orange.`
                  : ' Your place is not among these cities.'}{' '}
                Hover a bar for its figure.
              </figcaption>
            </figure>
          )}
          <ValueTable
            className="city-table"
            caption={`Pay by city for ${role}`}
            headings={['City', 'Pay per year', 'Figure']}
            rows={series.bars.map((bar) => ({
              key: bar.key,
              label: (
                <>
                  {bar.name}
                  {bar.isUserPlace && <span className="your-place"> (your place)</span>}
                </>
              ),
              value: bar.value,
              figure: <StatusBadge badge={bar.badge} />,
              className: bar.isUserPlace ? 'is-selected' : undefined,
            }))}
          />
          <SourcesNote sources={series.bars.map((bar) => bar.source)} />
        </>
      )}
    </section>
  )
}
