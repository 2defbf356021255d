// Draws the market's pay curve with the five percentiles and the offer's base as vertical lines.
// Everything it draws comes ready from buildMarketChartSeries; the table alternative is PercentileTable.
import type { ReactNode } from 'react'
import { Area, AreaChart, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts'
import { formatMoney, formatMoneyShort } from '../../../lib/format'
import type { ChartPoint, MarketChartSeries } from '../chartSeries'

// Colours chosen for contrast on white (all at least 4.5:1 for text), and the offer differs by width and dash too.
export const COLORS = {
  curveStroke: '#1d4ed8',
  curveFill: '#bfdbfe',
  percentile: '#475569',
  median: '#1e293b',
  offer: '#b45309',
  axis: '#334155',
}

function ChartTooltip({ active, payload }: TooltipContentProps) {
  const point = payload?.[0]?.payload as ChartPoint | undefined
  if (!active || !point) return null
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-wage">{formatMoney(point.wage)} a year</p>
      {point.band && <p>{point.band}</p>}
    </div>
  )
}

export interface MarketChartProps {
  series: MarketChartSeries
  /** A one-line description for assistive technology (the visible title is the figure's caption). */
  description: string
  /** Fixed size (tests, print). Without a width the chart fills its container. */
  width?: number
  height?: number
  /** More marks drawn over the chart (e.g. the negotiate view's ask line). */
  children?: ReactNode
  /** False when a key beside the chart names the offer's line (a short chart has no room for its label). */
  offerLabel?: boolean
}

export function MarketChart({
  series,
  description,
  width,
  height = 300,
  children,
  offerLabel = true,
}: MarketChartProps) {
  const size = width ? { width, height } : { responsive: true, style: { width: '100%', height } }
  return (
    <AreaChart
      {...size}
      data={series.points}
      margin={{ top: 28, right: 28, bottom: 8, left: 28 }}
      desc={description}
      className="market-chart"
    >
      <XAxis
        type="number"
        dataKey="wage"
        domain={series.domain}
        ticks={series.ticks}
        tickFormatter={(value: number) => formatMoneyShort(value)}
        stroke={COLORS.axis}
        tick={{ fill: COLORS.axis }}
        allowDataOverflow
      />
      <YAxis hide domain={[0, 'auto']} />
      <Tooltip content={ChartTooltip} isAnimationActive={false} />
      <Area
        type="monotone"
        dataKey="density"
        name="Share of workers"
        stroke={COLORS.curveStroke}
        strokeWidth={2}
        fill={COLORS.curveFill}
        fillOpacity={0.6}
        isAnimationActive={false}
        activeDot={{ r: 4 }}
      />
      {series.percentiles.map((marker) => {
        const color = marker.key === 'p50' ? COLORS.median : COLORS.percentile
        return (
          <ReferenceLine
            key={marker.key}
            x={marker.wage}
            stroke={color}
            strokeDasharray="4 4"
            strokeWidth={marker.key === 'p50' ? 2 : 1}
            className={`reference-line reference-line-${marker.key}`}
            label={{ value: marker.label, position: 'top', fill: color, fontSize: 12, fontWeight: 600 }}
          />
        )
      })}
      {series.offer && (
        <ReferenceLine
          x={series.offer.wage}
          stroke={COLORS.offer}
          strokeWidth={3}
          className="reference-line reference-line-offer"
          label={
            offerLabel
              ? {
                  value: `${series.offer.label} ${formatMoneyShort(series.offer.wage)}`,
                  position: series.offerLabelSide === 'left' ? 'insideTopRight' : 'insideTopLeft',
                  fill: COLORS.offer,
                  fontSize: 13,
                  fontWeight: 700,
                }
              : undefined
          }
        />
      )}
      {children}
    </AreaChart>
  )
}
