import { render, screen, waitFor } from '@testing-library/react'
import type { TooltipContentProps } from 'recharts'
import { describe, expect, it } from 'vitest'
import { BACKEND_ARCHITECT_US, SOFTWARE_DEVELOPER_SEATTLE } from '../../../../../../test/fixtures/replies'
import { citySeries, experienceSeries } from '../insightsSeries'
import { CityChart, CityTooltip } from './CityChart'
import { ExperienceChart, ExperienceTooltip } from './ExperienceChart'

/** The props recharts hands a tooltip while the pointer is over `payload`. */
function hovering(payload: unknown): TooltipContentProps {
  return { active: true, payload: [{ payload }] } as unknown as TooltipContentProps
}

describe('pay by experience chart', () => {
  it('fills its container (ResizeObserver is stubbed) and labels every bar', async () => {
    const series = experienceSeries(BACKEND_ARCHITECT_US, '3-5')
    const { container } = render(<ExperienceChart series={series} description="Pay by experience" />)
    await waitFor(() =>
      expect(container.querySelector('svg.recharts-surface')).toHaveAttribute('width', '720'),
    )
    await waitFor(() => expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(4))
    for (const label of ['$90,000', '$120,000', '$150,000', '$180,000'])
      expect(screen.getByText(label)).toBeInTheDocument()
    expect(container.querySelector('desc')).toHaveTextContent('Pay by experience')
    expect(container.querySelectorAll('.experience-bar.is-selected')).toHaveLength(1)
  })

  it('says the figure and how it came about in its tooltip', () => {
    const bar = experienceSeries(SOFTWARE_DEVELOPER_SEATTLE, null).bars[0]
    render(<ExperienceTooltip {...hovering(bar)} />)
    expect(screen.getByText('0-2 years: $117,749')).toBeInTheDocument()
    expect(screen.getByText('modelled')).toBeInTheDocument()
    expect(screen.getByText('Band of DOL Level I (entry)')).toBeInTheDocument()
  })
})

describe('pay by city chart', () => {
  it('draws one bar per city, ranges as floating bars, at a fixed width', async () => {
    const series = citySeries(BACKEND_ARCHITECT_US)
    const { container } = render(<CityChart series={series} description="Pay by city" width={640} />)
    await waitFor(() => expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(9))
    expect(screen.getAllByText('$120,000–$130,000')).toHaveLength(3)
    expect(screen.getByText('San Francisco')).toBeInTheDocument()
    expect(container.querySelectorAll('.city-bar-range')).toHaveLength(6)
  })

  it('highlights the user’s place and says so in the tooltip', async () => {
    const series = citySeries(SOFTWARE_DEVELOPER_SEATTLE)
    const { container } = render(<CityChart series={series} description="Pay by city" width={640} />)
    await waitFor(() => expect(container.querySelectorAll('.city-bar.is-user-place')).toHaveLength(1))
    const seattle = series.bars.find((bar) => bar.isUserPlace)
    render(<CityTooltip {...hovering(seattle)} />)
    expect(screen.getByText('Seattle: $178,317')).toBeInTheDocument()
    expect(screen.getByText('Your place')).toBeInTheDocument()
  })

  it('shows nothing when the pointer is not over a bar', () => {
    const { container } = render(
      <CityTooltip {...({ active: false, payload: [] } as unknown as TooltipContentProps)} />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
