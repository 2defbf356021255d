// What every recharts chart in Worth does alike: its size (fixed for tests and print, else the width of its column)
// and a tooltip that shows the hovered point's figures.
import type { ReactNode } from 'react'
import type { TooltipContentProps } from 'recharts'
import { formatMoneyShort } from '../lib/format'

/** recharts' size props: a fixed width when given, else the chart fills its container's width. */
export function chartSize(
  width: number | undefined,
  height: number,
): { width: number; height: number } | { responsive: true; style: { width: string; height: number } } {
  return width ? { width, height } : { responsive: true, style: { width: '100%', height } }
}

/** A tooltip for the point under the pointer (the data item recharts hovers), drawn by `show`; nothing when none. */
export function pointTooltip<Point>(show: (point: Point) => ReactNode) {
  return function PointTooltip({ active, payload }: TooltipContentProps) {
    const point = payload?.[0]?.payload as Point | undefined
    if (!active || !point) return null
    return <div className="chart-tooltip">{show(point)}</div>
  }
}

/** The props of a chart's frame: its size, its description for assistive technology, its class. */
export function chartFrame(args: {
  width: number | undefined
  height: number
  description: string
  className: string
}) {
  const { width, height, description, className } = args
  return { ...chartSize(width, height), desc: description, className, accessibilityLayer: true }
}

/** The props of a dollar axis (x or y) with the given domain and ticks, in the chart's axis colour. */
export function moneyAxis(axis: { domain: [number, number]; ticks: number[] }, color: string) {
  return {
    type: 'number' as const,
    domain: axis.domain,
    ticks: axis.ticks,
    tickFormatter: (value: number) => formatMoneyShort(value),
    stroke: color,
    tick: { fill: color },
  }
}
