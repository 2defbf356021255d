import { render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { CompareInput } from '../../../../../shared/contract'
import { memoryDraftStore } from '../../../db/drafts'
import { saveOffer } from '../../../db/offers'
import { AUSTIN, SAN_FRANCISCO, SEATTLE } from '../../../../../../test/fixtures/offers'
import * as api from '../../../lib/api'
import { savedOfferPrefill } from '../../negotiate/fromSavedOffer'
import { THREE_CITIES, THREE_CITIES_JOINT_HALF_STOCK } from '../../../../../../test/fixtures/replies'
import { figureRows } from '../compareFigures'
import { COMPARE_DELAY_MS, CompareView } from './CompareView'
import { UNTIL_SHOWN } from '../../../test/waits'
import { passTime, setupUser, retype } from '../../../test/clock'
import { answerEachTest, refused } from '../../../test/apiMock'
import { textsOf, statusShows } from '../../../test/shown'
import { startEachTestWithEmptyDatabase, saveOffers } from '../../../test/emptyDatabase'

vi.mock('../../../lib/api', () => import('../../../test/apiMock'))

const mockedCompare = vi.mocked(api.compareOffers)
const SLOW = UNTIL_SHOWN
const HEADLINE = 'Seattle, San Francisco, Austin compared for single filing, tax year 2025.'

/** Answers like the real backend did for the inputs the fixtures were recorded with. */
async function fakeCompare(input: CompareInput): ReturnType<typeof api.compareOffers> {
  if (input.filing === 'joint' && input.stockChangePercent === -50)
    return { ok: true, value: THREE_CITIES_JOINT_HALF_STOCK }
  if (input.bonusPayoutPercent === 250)
    return refused(
      'offers.equity',
      'Offer "Austin": equity Custom vesting needs 4 yearly percentages; got 3.',
    )
  return { ok: true, value: THREE_CITIES }
}

answerEachTest({ compareOffers: fakeCompare }, 'empty')
startEachTestWithEmptyDatabase()

async function renderCompared() {
  await saveOffers([SEATTLE, SAN_FRANCISCO, AUSTIN])
  const user = setupUser()
  const settingsStore = memoryDraftStore()
  const view = render(<CompareView chartWidth={720} settingsStore={settingsStore} />)
  await statusShows(HEADLINE)
  return { user, settingsStore, ...view }
}

const lastInput = () => mockedCompare.mock.lastCall?.[0]
const table = (name: string) => screen.getByRole('table', { name })

describe('CompareView', () => {
  it('compares every saved offer with the default what-ifs', async () => {
    await renderCompared()
    expect(mockedCompare).toHaveBeenCalledTimes(1)
    expect(lastInput()).toEqual({
      offers: [SEATTLE, SAN_FRANCISCO, AUSTIN],
      filing: 'single',
      k401: 0,
      stockChangePercent: 0,
      bonusPayoutPercent: 100,
      taxYear: 2025,
    })
    for (const box of ['Seattle', 'San Francisco', 'Austin'])
      expect(screen.getByRole('checkbox', { name: new RegExp(`^${box} —`) })).toBeChecked()
  })

  it('states the differences in dollars in the live region', async () => {
    await renderCompared()
    const status = screen.getByRole('status')
    expect(status).toHaveAttribute('aria-live', 'polite')
    for (const sentence of THREE_CITIES.summary) expect(status).toHaveTextContent(sentence)
    expect(status).toHaveTextContent('Best take-home pay in year 1: Seattle, $43,708 ahead of San Francisco.')
  })

  it('shows each offer side by side with taxes by kind and the best marked in words', async () => {
    await renderCompared()
    const year1 = table('Year 1, in US dollars')
    const takeHome = within(year1).getByRole('row', { name: /^Take-home pay/ })
    const cells = within(takeHome).getAllByRole('cell')
    expect(cells.map((cell) => cell.textContent)).toEqual(['$194,208Best', '$150,500', '$129,862'])
    // A row for every measure of the figures (taxes by kind among them), each with its note.
    expect(textsOf(year1, 'rowheader')).toEqual(
      figureRows(THREE_CITIES, 'year1').map((figure) => figure.label + (figure.note ?? '')),
    )
    expect(within(year1).getByRole('rowheader', { name: 'State payroll programs' })).toBeInTheDocument()
    const average = table('Average of years 1 to 4, in US dollars')
    const gross = within(average).getByRole('row', { name: /^Total compensation/ })
    expect(within(gross).getAllByRole('cell')[1]).toHaveTextContent('Best')
    const percentile = within(year1).getByRole('row', { name: /^Base percentile/ })
    expect(textsOf(percentile, 'cell')).toEqual(['42.5', '48.8', '51.9Best'])
    const prevailing = within(year1).getByRole('row', { name: /^Prevailing wage level/ })
    expect(within(prevailing).getByRole('rowheader')).toHaveTextContent('the least an H-1B or green-card job')
    expect(textsOf(prevailing, 'cell')).toEqual(['Level II', 'Level II', 'Level III'])
  })

  it('draws take-home per year and cumulated, with titles, tables and the crossover', async () => {
    const { container } = await renderCompared()
    expect(screen.getByRole('heading', { name: 'Take-home pay each year, years 1 to 4' })).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { name: 'Cumulative take-home pay, years 1 to 4' }),
    ).toBeInTheDocument()
    await waitFor(() =>
      expect(container.querySelectorAll('svg.recharts-surface').length).toBeGreaterThanOrEqual(2),
    )
    // Yearly figures are joined by straight segments: no smoothed curve inventing values between the years.
    const lines = [...container.querySelectorAll('.compare-chart-yearly path.recharts-line-curve')]
    expect(lines).toHaveLength(3)
    for (const line of lines) expect(line.getAttribute('d')).toMatch(/^M[\d.,\s-]+(L[\d.,\s-]+){3}$/)
    const cumulative = table('Cumulative take-home pay, years 1 to 4, in US dollars')
    expect(within(cumulative).getAllByRole('row')).toHaveLength(5)
    const year4 = within(cumulative).getByRole('row', { name: /^Year 4/ })
    expect(within(year4).getAllByRole('cell')[1]).toHaveTextContent(
      `$${Math.round(THREE_CITIES.offers[1]!.years[3]!.cumulativeTakeHome).toLocaleString('en-US')}`,
    )
    expect(
      screen.getByText('San Francisco overtakes Seattle in cumulative take-home pay in year 4.'),
    ).toBeInTheDocument()
    expect(screen.getByText('Leaving before month 12 forfeits $50,000 of stock.')).toBeInTheDocument()
    expect(screen.getAllByText(/BEA 2023, modelled/)).toHaveLength(3)
    expect(screen.getByText(/RPP 113\.0, the metro area’s own figure/)).toBeInTheDocument()
    for (const note of THREE_CITIES.notModelled) expect(screen.getByText(note)).toBeInTheDocument()
  })

  it('recomputes everything at once when a what-if changes', async () => {
    const { user } = await renderCompared()
    await user.click(screen.getByLabelText('Married filing jointly'))
    const stock = screen.getByLabelText('Stock price change (%)')
    await retype(user, stock, '-50')
    await statusShows('Seattle, San Francisco, Austin compared for married filing jointly, tax year 2025.')
    expect(lastInput()).toMatchObject({ filing: 'joint', stockChangePercent: -50 })
    expect(screen.getByRole('status')).toHaveTextContent(THREE_CITIES_JOINT_HALF_STOCK.summary[0]!)
  })

  it('asks at once for a what-if changed in one go, and redraws the tables and the charts with the reply', async () => {
    const { user, container } = await renderCompared()
    const curves = () =>
      [...container.querySelectorAll('.compare-chart-cumulative path.recharts-line-curve')].map((path) =>
        path.getAttribute('d'),
      )
    await waitFor(() => expect(curves()).toHaveLength(3))
    const before = curves()
    // A choice after a still moment goes out with no wait.
    await passTime(COMPARE_DELAY_MS)
    await user.click(screen.getByLabelText('Married filing jointly'))
    expect(lastInput()).toMatchObject({ filing: 'joint', stockChangePercent: 0 })
    // So does a value pasted in one go.
    await passTime(COMPARE_DELAY_MS)
    const stock = screen.getByLabelText('Stock price change (%)')
    await user.clear(stock)
    await user.paste('-50')
    expect(lastInput()).toMatchObject({ filing: 'joint', stockChangePercent: -50 })
    await statusShows('Seattle, San Francisco, Austin compared for married filing jointly, tax year 2025.')
    const year4 = within(table('Cumulative take-home pay, years 1 to 4, in US dollars')).getByRole('row', {
      name: /^Year 4/,
    })
    expect(within(year4).getAllByRole('cell')[0]).toHaveTextContent(
      `$${Math.round(THREE_CITIES_JOINT_HALF_STOCK.offers[0]!.years[3]!.cumulativeTakeHome).toLocaleString('en-US')}`,
    )
    // The charts follow the tables with the new figures.
    await waitFor(() => expect(curves()).not.toEqual(before))
    expect(curves()).toHaveLength(3)
  })

  it('names a bad what-if, asks nothing and keeps the last result marked out of date', async () => {
    const { user, container } = await renderCompared()
    const calls = mockedCompare.mock.calls.length
    await user.type(screen.getByLabelText('Your 401(k) contribution per year'), 'abc')
    expect(
      screen.getByText(
        'Your 401(k) contribution per year must be a number of US dollars, e.g. 23500 or 10k.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Your 401(k) contribution per year')).toHaveAttribute('aria-invalid', 'true')
    await statusShows('Out of date — fix the highlighted what-if')
    expect(container.querySelector('[data-stale="true"]')).toHaveTextContent('Take-home pay')
    expect(mockedCompare.mock.calls.length).toBe(calls)
  })

  it('compares only the ticked offers and asks for at least two', async () => {
    const { user } = await renderCompared()
    await user.click(screen.getByRole('checkbox', { name: /^San Francisco —/ }))
    await waitFor(() => expect(lastInput()?.offers.map((o) => o.id)).toEqual(['seattle', 'austin']), SLOW)
    await user.click(screen.getByRole('checkbox', { name: /^Austin —/ }))
    await statusShows('Choose at least 2 offers to compare them.')
    expect(screen.getByRole('status')).toHaveTextContent('Out of date — choose at least 2 offers')
  })

  it('shows a backend error naming the offer and keeps the last good result', async () => {
    const { user, container } = await renderCompared()
    const payout = screen.getByLabelText('Bonus paid (% of target)')
    await retype(user, payout, '250')
    await statusShows(
      'Worth could not compare these offers. Offer "Austin": equity Custom vesting needs 4 yearly percentages; got 3.',
    )
    expect(screen.getByRole('status')).toHaveTextContent('Out of date — Offer "Austin"')
    expect(container.querySelector('[data-stale="true"]')).toHaveTextContent('$194,208')
  })

  it('keeps the what-ifs and the ticked offers for the next visit', async () => {
    const { user, settingsStore, unmount } = await renderCompared()
    await user.click(screen.getByLabelText('Head of household'))
    await user.type(screen.getByLabelText('Your 401(k) contribution per year'), '10k')
    await user.click(screen.getByRole('checkbox', { name: /^Austin —/ }))
    await waitFor(() =>
      expect(settingsStore.saved.at(-1)).toEqual({
        whatIf: {
          filing: 'hoh',
          k401: '10k',
          stockChange: '0',
          bonusPayout: '100',
          taxYear: '2025',
          exitChance: '',
        },
        chosen: ['seattle', 'sf'],
      }),
    )
    unmount()
    render(<CompareView chartWidth={720} settingsStore={settingsStore} />)
    await waitFor(() => expect(screen.getByLabelText('Head of household')).toBeChecked())
    expect(screen.getByLabelText('Your 401(k) contribution per year')).toHaveValue('10k')
    expect(await screen.findByRole('checkbox', { name: /^Austin —/ })).not.toBeChecked()
    await waitFor(() =>
      expect(lastInput()).toMatchObject({ filing: 'hoh', k401: 10000, offers: [SEATTLE, SAN_FRANCISCO] }),
    )
  })

  it('says how to start when fewer than two offers are saved', async () => {
    await saveOffer(SEATTLE)
    render(<CompareView settingsStore={memoryDraftStore()} />)
    await statusShows('Save at least two offers in My offers to compare them here.')
    expect(mockedCompare).not.toHaveBeenCalled()
  })
})

describe('CompareView: offers Worth cannot compare', () => {
  const PORTLAND = { ...AUSTIN, id: 'portland', label: 'Portland', location: 'Portland' }
  const PORTLAND_PROBLEM = {
    field: 'location',
    message: 'Portland is in more than one state: type it with its state, e.g. Portland, OR.',
  }

  it('lists them as not selectable with the reason and an Edit button, and compares the rest', async () => {
    await saveOffers([SEATTLE, PORTLAND, SAN_FRANCISCO, AUSTIN])
    const checkOffer = vi.fn(async ({ offer }: { offer: { id: string } }) => ({
      ok: true as const,
      value: { problems: offer.id === 'portland' ? [PORTLAND_PROBLEM] : [] },
    }))
    const onEditOffer = vi.fn()
    const user = setupUser()
    render(
      <CompareView
        chartWidth={720}
        settingsStore={memoryDraftStore()}
        checkOffer={checkOffer}
        onEditOffer={onEditOffer}
      />,
    )
    await statusShows(
      'Seattle, San Francisco, Austin compared for single filing, tax year 2025. One saved offer is left out: see the list.',
    )
    expect(checkOffer).toHaveBeenCalledTimes(4)
    expect(lastInput()?.offers.map((o) => o.id)).toEqual(['seattle', 'sf', 'austin'])
    expect(mockedCompare.mock.calls.every(([input]) => !input.offers.some((o) => o.id === 'portland'))).toBe(
      true,
    )
    const box = screen.getByRole('checkbox', { name: /^Portland —/ })
    expect(box).toBeDisabled()
    expect(box).not.toBeChecked()
    expect(box).toHaveAccessibleDescription(
      'Cannot be compared: Location: Portland is in more than one state: type it with its state, e.g. Portland, OR. Edit',
    )
    await user.click(screen.getByRole('button', { name: 'Edit Portland to fix it' }))
    expect(onEditOffer).toHaveBeenCalledWith('portland')
  })

  it('says so when fewer than two offers can be compared', async () => {
    await saveOffers([SEATTLE, PORTLAND])
    const checkOffer = vi.fn(async ({ offer }: { offer: { id: string } }) => ({
      ok: true as const,
      value: { problems: offer.id === 'portland' ? [PORTLAND_PROBLEM] : [] },
    }))
    render(<CompareView settingsStore={memoryDraftStore()} checkOffer={checkOffer} />)
    await statusShows(
      'Worth can compare only one of your saved offers: fix the offer marked in the list, or save another.',
    )
    expect(mockedCompare).not.toHaveBeenCalled()
  })
})

describe('CompareView: negotiate a compared offer', () => {
  it('opens Negotiate with the offer and, as the alternative, the best other offer by year-1 total', async () => {
    await saveOffers([SEATTLE, SAN_FRANCISCO, AUSTIN])
    const onOpenNegotiate = vi.fn()
    const user = setupUser()
    render(
      <CompareView chartWidth={720} settingsStore={memoryDraftStore()} onOpenNegotiate={onOpenNegotiate} />,
    )
    const card = await screen.findByRole('region', { name: 'Negotiate an offer' }, SLOW)
    const buttons = within(card).getAllByRole('button', { name: /^Negotiate this offer/ })
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Negotiate this offer (Seattle)',
      'Negotiate this offer (San Francisco)',
      'Negotiate this offer (Austin)',
    ])
    // Year 1 ranks Seattle first ($271,500), then San Francisco ($231,000: back-loaded vesting, split sign-on).
    expect(card).toHaveTextContent('best alternative: San Francisco, $290,000 a year')
    expect(card).toHaveTextContent('best alternative: Seattle, $239,000 a year')

    await user.click(screen.getByRole('button', { name: 'Negotiate this offer (Seattle)' }))
    expect(onOpenNegotiate).toHaveBeenLastCalledWith({ ...savedOfferPrefill(SEATTLE), alternative: 290000 })
    // Keyboard: Tab to the next button and press Enter.
    await user.tab()
    await user.keyboard('{Enter}')
    expect(onOpenNegotiate).toHaveBeenLastCalledWith({
      ...savedOfferPrefill(SAN_FRANCISCO),
      alternative: 239000,
    })
    expect(onOpenNegotiate).toHaveBeenCalledTimes(2)
  })

  it('shows no negotiate buttons when the view cannot open Negotiate', async () => {
    await renderCompared()
    expect(screen.queryByRole('region', { name: 'Negotiate an offer' })).toBeNull()
  })
})
