// A line chart of yearly figures in dollars: one line per series, told apart by colour, dash and marker, joined by
// straight segments (a smoothed curve would invent values between the years). Compare's take-home charts and the
// options' scenarios use it; each gives its figures in a table as well.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { chartFrame } from '../../../components/chartParts'
import { formatMoney, formatMoneyShort } from '../../../lib/format'
import { SERIES_STYLES } from '../compareFigures'

export interface YearLinesChartProps {
  /** One point per year: `year` (its label on the axis) and each series' value under its key. */
  data: { year: number | string; [key: string]: number | string | undefined }[]
  series: { key: string; name: string }[]
  /** What the chart shows, read by screen readers with a pointer to the table. */
  desc: string
  className: string
  width?: number
  height: number
  /** Start the dollar axis at 0 (for figures that cannot be negative and accumulate). */
  fromZero?: boolean
}

export function YearLinesChart({
  data,
  series,
  desc,
  className,
  width,
  height,
  fromZero,
}: YearLinesChartProps) {
  return (
    <LineChart
      {...chartFrame({ width, height, description: desc, className })}
      data={data}
      margin={{ top: 16, right: 24, bottom: 8, left: 16 }}
    >
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="year" stroke="#334155" tick={{ fill: '#334155' }} />
      <YAxis
        tickFormatter={(value: number) => formatMoneyShort(value)}
        stroke="#334155"
        tick={{ fill: '#334155' }}
        width={72}
        domain={fromZero ? [0, 'auto'] : ['auto', 'auto']}
      />
      <Tooltip formatter={(value) => formatMoney(Number(value))} isAnimationActive={false} />
      <Legend />
      {series.map(({ key, name }, index) => {
        const style = SERIES_STYLES[index % SERIES_STYLES.length]!
        return (
          <Line
            key={key}
            type="linear"
            dataKey={key}
            name={name}
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
  )
}
