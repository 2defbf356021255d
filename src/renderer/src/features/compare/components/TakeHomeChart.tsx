// Take-home pay per offer over four years (each year's, or cumulated), as lines that differ in colour, dash and
// marker, with a title, tooltips and a table of the same figures. The points are yearly figures, so they are joined
// by straight segments: a smoothed curve would invent values between the years (and dip below both of them).
import { OfferHeadings } from './OfferHeadings'
import { chartFrame } from '../../../components/chartParts'
import type { ReactNode } from 'react'
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { CompareResult } from '../../../../../shared/compare'
import { formatMoney, formatMoneyShort } from '../../../lib/format'
import { SERIES_STYLES, takeHomeSeries } from '../compareFigures'

export interface TakeHomeChartProps {
  result: CompareResult
  cumulative: boolean
  width?: number
  /** Sentences under the chart (e.g. when one offer overtakes another). */
  children?: ReactNode
}

export function TakeHomeChart({ result, cumulative, width, children }: TakeHomeChartProps) {
  const points = takeHomeSeries(result, cumulative)
  const kind = cumulative ? 'cumulative' : 'yearly'
  const title = cumulative
    ? 'Cumulative take-home pay, years 1 to 4'
    : 'Take-home pay each year, years 1 to 4'
  const captionId = `compare-${kind}-caption`
  return (
    <section className="result-card" aria-labelledby={`compare-${kind}-heading`}>
      <h3 id={`compare-${kind}-heading`}>{title}</h3>
      <figure className="compare-figure" aria-labelledby={captionId}>
        <LineChart
          {...chartFrame({
            width,
            height: 300,
            description: `${title} for ${result.offers.map((o) => o.label).join(', ')}. The same figures are in the table below.`,
            className: `compare-chart compare-chart-${kind}`,
          })}
          data={points}
          margin={{ top: 16, right: 24, bottom: 8, left: 16 }}
        >
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="year" stroke="#334155" tick={{ fill: '#334155' }} />
          <YAxis
            tickFormatter={(value: number) => formatMoneyShort(value)}
            stroke="#334155"
            tick={{ fill: '#334155' }}
            width={72}
            domain={cumulative ? [0, 'auto'] : ['auto', 'auto']}
          />
          <Tooltip formatter={(value) => formatMoney(Number(value))} isAnimationActive={false} />
          <Legend />
          {result.offers.map((offer, index) => {
            const style = SERIES_STYLES[index % SERIES_STYLES.length]!
            return (
              <Line
                key={offer.id}
                type="linear"
                dataKey={offer.id}
                name={offer.label}
                stroke={style.color}
                strokeWidth={2}
                strokeDasharray={style.dash}
                dot={{ r: 4, fill: style.color }}
                legendType={style.shape}
                isAnimationActive={false}
              />
            )
          })}
        </LineChart>
        <figcaption id={captionId}>
          {title}, per offer, following each vesting schedule, with sign-on in its year and raises applied.
          Hover a year for its figures.
        </figcaption>
      </figure>
      {children}
      <div className="table-scroll">
        <table className={`take-home-table take-home-table-${kind}`}>
          <caption>{title}, in US dollars</caption>
          <OfferHeadings first="Year" offers={result.offers} />
          <tbody>
            {points.map((point) => (
              <tr key={point.year}>
                <th scope="row">{point.year}</th>
                {result.offers.map((offer) => (
                  <td key={offer.id} className="num">
                    {formatMoney(point[offer.id] as number | undefined)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
