// Bar chart of pay by years of experience. Draws the bars experienceSeries prepared; the table is the alternative.
import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts'
import { formatMoneyShort } from '../../../lib/format'
import type { ExperienceBar, ExperienceSeries } from '../insightsSeries'

const COLORS = { bar: '#1d4ed8', selected: '#b45309', axis: '#334155', label: '#1e293b' }

export function ExperienceTooltip({ active, payload }: TooltipContentProps) {
  const bar = payload?.[0]?.payload as ExperienceBar | undefined
  if (!active || !bar) return null
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-wage">
        {bar.label}: {bar.value}
      </p>
      <p>{bar.badge.text}</p>
      {bar.level && <p>Band of {bar.level}</p>}
    </div>
  )
}

export interface ExperienceChartProps {
  series: ExperienceSeries
  description: string
  width?: number
  height?: number
}

export function ExperienceChart({ series, description, width, height = 260 }: ExperienceChartProps) {
  const size = width ? { width, height } : { responsive: true, style: { width: '100%', height } }
  return (
    <BarChart
      {...size}
      data={series.bars}
      margin={{ top: 24, right: 16, bottom: 8, left: 16 }}
      desc={description}
      className="experience-chart"
      accessibilityLayer
    >
      <XAxis dataKey="label" stroke={COLORS.axis} tick={{ fill: COLORS.axis }} interval={0} />
      <YAxis
        type="number"
        domain={series.axis.domain}
        ticks={series.axis.ticks}
        tickFormatter={(value: number) => formatMoneyShort(value)}
        stroke={COLORS.axis}
        tick={{ fill: COLORS.axis }}
        width={64}
      />
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
