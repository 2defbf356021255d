import { render, screen, within } from '@testing-library/react'
import { setupUser } from '../../../test/clock'
import { describe, expect, it, vi } from 'vitest'
import type { CompareInput } from '../../../../../shared/contract'
import { readOffersExport } from '../../../../../shared/offer'
import { memoryDraftStore } from '../../../db/drafts'
import { saveOffer } from '../../../db/offers'
import * as api from '../../../lib/api'
import { UNTIL_SHOWN } from '../../../test/waits'
import { answerEachTest, refused } from '../../../test/apiMock'
import offersFile from '../../../../../../test/fixtures/startup-vs-public.json'
import { STARTUP_VS_PUBLIC, STARTUP_VS_PUBLIC_EXIT_25 } from '../../../../../../test/fixtures/replies'
import { INITIAL_WHAT_IF } from '../whatIf'
import { CompareView } from './CompareView'
import { textsOf, statusShows } from '../../../test/shown'
import { startEachTestWithEmptyDatabase } from '../../../test/emptyDatabase'

vi.mock('../../../lib/api', () => import('../../../test/apiMock'))

const NO_CHANCE = STARTUP_VS_PUBLIC
const CHANCE_25 = STARTUP_VS_PUBLIC_EXIT_25
const mockedCompare = vi.mocked(api.compareOffers)

/** The saved replies (startup-vs-public, a $10,000 401(k) contribution, without or with a 25% exit chance). */
async function fakeCompare(input: CompareInput): ReturnType<typeof api.compareOffers> {
  if (input.k401 === 10_000 && input.exitChancePercent === undefined) return { ok: true, value: NO_CHANCE }
  if (input.k401 === 10_000 && input.exitChancePercent === 25) return { ok: true, value: CHANCE_25 }
  return refused(undefined, 'No saved reply for this input.')
}

answerEachTest({ compareOffers: fakeCompare }, 'empty')
startEachTestWithEmptyDatabase()

async function renderStartupVsPublic() {
  const file = readOffersExport(JSON.stringify(offersFile))
  if (!file.ok) throw new Error(file.message)
  for (const offer of file.offers) await saveOffer(offer)
  const user = setupUser()
  // The what-ifs the replies were recorded with, restored as a saved draft.
  const settingsStore = memoryDraftStore({ whatIf: { ...INITIAL_WHAT_IF, k401: '10000' }, chosen: null })
  render(<CompareView chartWidth={720} settingsStore={settingsStore} />)
  await statusShows('Startup, Big Co compared')
  return user
}

const cellsOf = (row: HTMLElement) => textsOf(row, 'cell')

describe('Compare with a startup’s stock options', () => {
  it('values the options at each exit price before and after tax, with the words on exercising', async () => {
    await renderStartupVsPublic()
    const table = screen.getByRole('table', { name: 'Stock options by exit price: Startup' })
    expect(textsOf(table, 'columnheader')).toEqual([
      'Scenario',
      'Price a share',
      '4-year value before tax',
      '4-year value after tax',
      '4-year value after tax and cost of living',
    ])
    // After cost of living: after tax x 100 / 97.62, Austin's price parity.
    expect(cellsOf(within(table).getByRole('row', { name: /^409A/ }))).toEqual([
      '$1.50',
      '$12,000',
      '$9,120',
      '$9,342',
    ])
    expect(cellsOf(within(table).getByRole('row', { name: /^Preferred/ }))).toEqual([
      '$6.00',
      '$192,000',
      '$145,920',
      '$149,478',
    ])
    expect(cellsOf(within(table).getByRole('row', { name: /^Acquired/ }))).toEqual([
      '$20.00',
      '$752,000',
      '$528,385',
      '$541,267',
    ])
    expect(screen.getByText(/40,000 incentive options \(ISO\) at a \$1\.20 strike/)).toBeInTheDocument()
    for (const sentence of NO_CHANCE.offers[0]!.options!.explained)
      expect(screen.getByText(sentence)).toBeInTheDocument()
    // Only the options offer has the table.
    expect(screen.queryByRole('table', { name: /Stock options by exit price: Big Co/ })).toBeNull()
  })

  it('adds an expected value when the chance of an exit is set, and names a bad one', async () => {
    const user = await renderStartupVsPublic()
    const chance = screen.getByLabelText('Chance of an exit (%)')
    await user.type(chance, '25')
    const table = await screen.findByRole(
      'columnheader',
      { name: 'Expected value after tax (25% chance of an exit)' },
      UNTIL_SHOWN,
    )
    expect(mockedCompare.mock.lastCall?.[0]).toMatchObject({ k401: 10_000, exitChancePercent: 25 })
    const options = table.closest('table')!
    expect(cellsOf(within(options).getByRole('row', { name: /^Preferred/ }))).toEqual([
      '$6.00',
      '$192,000',
      '$145,920',
      '$149,478',
      '$36,480',
    ])
    await user.type(chance, '0')
    expect(await screen.findByText('Chance of an exit (%) must be from 0% to 100%.')).toBeInTheDocument()
    expect(chance).toHaveAttribute('aria-invalid', 'true')
  })

  it('shows refresh grants, ESPP, health premium and employer HSA rows, and the match-vesting risk', async () => {
    await renderStartupVsPublic()
    const average = screen.getByRole('table', { name: 'Average of years 1 to 4, in US dollars' })
    // Big Co's refreshers vest 0, 10,000, 20,000, 30,000: 15,000 a year on average.
    expect(cellsOf(within(average).getByRole('row', { name: /^Refresh grants vesting/ }))).toEqual([
      '$0',
      '$15,000',
    ])
    expect(cellsOf(within(average).getByRole('row', { name: /^ESPP gain/ }))).toEqual(['$0', '$3,265'])
    expect(cellsOf(within(average).getByRole('row', { name: /^Your health premium/ }))).toEqual([
      '$2,400',
      '$0',
    ])
    expect(cellsOf(within(average).getByRole('row', { name: /^Employer HSA money/ }))).toEqual(['$500', '$0'])
    const cliff = screen.getByRole('heading', { name: 'Cliff risk' }).closest('section')!
    expect(
      within(cliff)
        .getByText(/^Startup:/)
        .closest('li'),
    ).toHaveTextContent(
      'Startup: Leaving before month 12 forfeits 10,000 options. Leaving before 3 years gives up the employer’s 401(k) match so far: up to $13,500 (the match of years 1–3).',
    )
  })
})
