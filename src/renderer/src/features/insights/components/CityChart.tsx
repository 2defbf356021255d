// Horizontal bar chart of pay by city, highest first. A city given as a range is drawn as a floating bar from its
// low to its high end; the user's place is drawn in another colour. The table is the alternative.
import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import { chartFrame, moneyAxis, pointTooltip } from '../../../components/chartParts'
import type { CityBar, CitySeries } from '../insightsSeries'

const COLORS = {
  median: '#1d4ed8',
  range: '#60a5fa',
  user: '#b45309',
  userRange: '#f59e0b',
  axis: '#334155',
  label: '#1e293b',
}

export const CITY_ROW_HEIGHT = 34

function fillOf(bar: CityBar): string {
  if (bar.isUserPlace) return bar.kind === 'range' ? COLORS.userRange : COLORS.user
  return bar.kind === 'range' ? COLORS.range : COLORS.median
}

export const CityTooltip = pointTooltip((bar: CityBar) => (
  <>
    <p className="chart-tooltip-wage">
      {bar.name}: {bar.value}
    </p>
    <p>
      {bar.kind === 'range' ? 'range given by the source' : 'median'} · {bar.badge.text}
    </p>
    {bar.isUserPlace && <p>Your place</p>}
  </>
))

export interface CityChartProps {
  series: CitySeries
  description: string
  width?: number
}

export function CityChart({ series, description, width }: CityChartProps) {
  const height = Math.max(120, series.bars.length * CITY_ROW_HEIGHT + 48)
  return (
    <BarChart
      {...chartFrame({ width, height, description, className: 'city-chart' })}
      data={series.bars}
      layout="vertical"
      margin={{ top: 8, right: 136, bottom: 8, left: 8 }}
    >
      <XAxis {...moneyAxis(series.axis, COLORS.axis)} />
      <YAxis
        type="category"
        dataKey="name"
        width={120}
        interval={0}
        stroke={COLORS.axis}
        tick={{ fill: COLORS.axis, fontSize: 13 }}
      />
      <Tooltip content={CityTooltip} isAnimationActive={false} cursor={{ fill: '#e2e8f0' }} />
      <Bar dataKey="span" name="Pay" isAnimationActive={false} maxBarSize={24}>
        {series.bars.map((bar) => (
          <Cell
            key={bar.key}
            fill={fillOf(bar)}
            stroke={bar.isUserPlace ? COLORS.user : undefined}
            className={bar.isUserPlace ? 'city-bar is-user-place' : `city-bar city-bar-${bar.kind}`}
          />
        ))}
        <LabelList dataKey="value" position="right" fill={COLORS.label} fontSize={12} fontWeight={600} />
      </Bar>
    </BarChart>
  )
}
