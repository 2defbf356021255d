import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SOFTWARE_ENGINEER_US_OFFER_ESTIMATE } from '../../../../../../test/fixtures/replies'
import { buildMarketChartSeries } from '../chartSeries'
import { MarketChart } from './MarketChart'

const series = buildMarketChartSeries(SOFTWARE_ENGINEER_US_OFFER_ESTIMATE.market, 150000)

async function findSvg(container: HTMLElement): Promise<SVGSVGElement> {
  await screen.findByText('P50')
  const svg = container.querySelector('svg.recharts-surface')
  if (!svg) throw new Error('no chart svg')
  return svg as SVGSVGElement
}

describe('MarketChart', () => {
  it('draws the curve, five labelled percentile lines and the offer line at a fixed size', async () => {
    const { container } = render(
      <MarketChart series={series} description="Pay for Software Developers" width={720} />,
    )
    const svg = await findSvg(container)
    expect(svg.querySelector('.recharts-area-area')).not.toBeNull()
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(6)
    for (const label of ['P10', 'P25', 'P50', 'P75', 'P90'])
      expect(screen.getByText(label)).toBeInTheDocument()
    expect(screen.getByText('Your base $150K')).toBeInTheDocument()
    expect(container.querySelector('.reference-line-offer')).not.toBeNull()
  })

  it('also draws when it fills its container (ResizeObserver stubbed in the test setup)', async () => {
    const { container } = render(<MarketChart series={series} description="Pay for Software Developers" />)
    await waitFor(() =>
      expect(container.querySelector('svg.recharts-surface')).toHaveAttribute('width', '720'),
    )
    await findSvg(container)
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(6)
  })
})
