// Bar chart of pay by years of experience. Draws the bars experienceSeries prepared; the table is the alternative.
import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import { chartFrame, moneyAxis, pointTooltip } from '../../../components/chartParts'
import type { ExperienceBar, ExperienceSeries } from '../insightsSeries'

const COLORS = { bar: '#1d4ed8', selected: '#b45309', axis: '#334155', label: '#1e293b' }

export const ExperienceTooltip = pointTooltip((bar: ExperienceBar) => (
  <>
    <p className="chart-tooltip-wage">
      {bar.label}: {bar.value}
    </p>
    <p>{bar.badge.text}</p>
    {bar.level && <p>Band of {bar.level}</p>}
  </>
))

export interface ExperienceChartProps {
  series: ExperienceSeries
  description: string
  width?: number
  height?: number
}

export function ExperienceChart({ series, description, width, height = 260 }: ExperienceChartProps) {
  return (
    <BarChart
      {...chartFrame({ width, height, description, className: 'experience-chart' })}
      data={series.bars}
      margin={{ top: 24, right: 16, bottom: 8, left: 16 }}
    >
      <XAxis dataKey="label" stroke={COLORS.axis} tick={{ fill: COLORS.axis }} interval={0} />
      <YAxis {...moneyAxis(series.axis, COLORS.axis)} width={64} />
      <Tooltip content={ExperienceTooltip} isAnimationActive={false} cursor={{ fill: '#e2e8f0' }} />
      <Bar dataKey="median" name="Median pay" isAnimationActive={false} maxBarSize={72}>
        {series.bars.map((bar) => (
          <Cell
            key={bar.band}
            fill={bar.selected ? COLORS.selected : COLORS.bar}
            className={bar.selected ? 'experience-bar is-selected' : 'experience-bar'}
          />
        ))}
        <LabelList dataKey="value" position="top" fill={COLORS.label} fontSize={12} fontWeight={600} />
      </Bar>
    </BarChart>
  )
}
