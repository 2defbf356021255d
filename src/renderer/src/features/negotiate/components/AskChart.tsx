// The market's pay curve with the offer and the ask marked (the offer view's chart plus an ask line), and a table
// with the same figures as its alternative.
import { useMemo } from 'react'
import { ReferenceLine } from 'recharts'
import type { NegotiateResult } from '../../../../../shared/negotiate'
import { formatMoney, formatMoneyShort } from '../../../lib/format'
import { COLORS, MarketChart } from '../../estimate/components/MarketChart'
import { buildNegotiateChartSeries } from '../negotiateChart'
import { AskTable } from './AskTable'

const ASK_COLOR = '#15803d'

export interface AskChartProps {
  result: NegotiateResult
  /** Prefix for element ids, so the calculator and the brief can both be on the page. */
  idPrefix: string
  width?: number
  height?: number
  /** The brief shows a shorter caption and no separate table (its evidence table has the figures). */
  compact?: boolean
}

export function AskChart({ result, idPrefix, width, height = 280, compact = false }: AskChartProps) {
  const { market } = result.estimate
  const { current, ask } = result
  const chart = useMemo(
    () => buildNegotiateChartSeries(market, current.base, ask.base, ask.percentile),
    [market, current.base, ask.base, ask.percentile],
  )
  const place = market.areaName
  const captionId = `${idPrefix}-chart-caption`
  return (
    <section className="result-card ask-chart" aria-labelledby={`${idPrefix}-chart-heading`}>
      <h3 id={`${idPrefix}-chart-heading`}>
        {compact
          ? 'Your offer and your ask in the market'
          : `Your offer and your ask in the market for ${market.occupation} in ${place}`}
      </h3>
      {chart.series.points.length > 1 ? (
        <figure className="market-figure" aria-labelledby={captionId}>
          <MarketChart
            series={chart.series}
            width={width}
            height={height}
            description={`Curve of base pay for ${market.occupation} in ${place}, with the 10th to 90th percentiles, your offer's base and your ask marked. The same figures are in the table.`}
            offerLabel={!compact}
          >
            <ReferenceLine
              x={chart.ask.wage}
              stroke={ASK_COLOR}
              strokeWidth={3}
              strokeDasharray="8 3"
              className="reference-line reference-line-ask"
              label={
                compact
                  ? undefined
                  : {
                      value: `${chart.ask.label} ${formatMoneyShort(chart.ask.wage)}`,
                      position: chart.askLabelSide === 'left' ? 'insideTopRight' : 'insideTopLeft',
                      offset: 24,
                      fill: ASK_COLOR,
                      fontSize: 13,
                      fontWeight: 700,
                    }
              }
            />
          </MarketChart>
          {compact && chart.series.offer && (
            // The brief's chart is too short for labels by the lines (they would cross the curve and P50): a key.
            <ul className="chart-key" aria-label="Lines on the chart">
              <li>
                <span
                  className="chart-key-swatch"
                  style={{ borderTopColor: COLORS.offer }}
                  aria-hidden="true"
                />
                {chart.series.offer.label} {formatMoney(chart.series.offer.wage)}
              </li>
              <li>
                <span
                  className="chart-key-swatch chart-key-swatch-dashed"
                  style={{ borderTopColor: ASK_COLOR }}
                  aria-hidden="true"
                />
                {chart.ask.label} {formatMoney(chart.ask.wage)}
              </li>
            </ul>
          )}
          <figcaption id={captionId}>
            {compact
              ? 'Dashed grey lines: market percentiles. Solid orange: the offer. Dashed green: the ask.'
              : 'How base pay is spread. Dashed grey lines mark the percentiles (P50 is the median); the solid orange line is the offer’s base and the dashed green line your ask. Hover the chart for values; the table has the same figures.'}
          </figcaption>
        </figure>
      ) : (
        <p className="notice">
          There is no pay curve to draw for this occupation; the figures are in the table.
        </p>
      )}
      {!compact && <AskTable result={result} />}
    </section>
  )
}
