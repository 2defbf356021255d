import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { setupUser, retype } from '../../../test/clock'
import { describe, expect, it, vi } from 'vitest'
import { readOffersExport, type Offer } from '../../../../../shared/offer'
import { memoryDraftStore } from '../../../db/drafts'
import { getOffer, saveOffer } from '../../../db/offers'
import { UNTIL_SHOWN } from '../../../test/waits'
import offersFile from '../../../../../../test/fixtures/startup-vs-public.json'
import { OffersView } from './OffersView'
import { textsOf } from '../../../test/shown'
import { startEachTestWithEmptyDatabase } from '../../../test/emptyDatabase'

vi.mock('../../../lib/api', () => import('../../../test/apiMock'))

const file = readOffersExport(JSON.stringify(offersFile))
if (!file.ok) throw new Error(file.message)
const STARTUP: Offer = file.offers.find((o) => o.id === 'startup')!
const BIG_CO: Offer = file.offers.find((o) => o.id === 'bigco')!

startEachTestWithEmptyDatabase()

async function editStartup() {
  await saveOffer(STARTUP)
  const user = setupUser()
  const draftStore = memoryDraftStore()
  const extrasDraftStore = memoryDraftStore()
  const view = render(<OffersView draftStore={draftStore} extrasDraftStore={extrasDraftStore} />)
  await user.click(await screen.findByRole('button', { name: 'Edit Startup' }, UNTIL_SHOWN))
  return { user, draftStore, extrasDraftStore, ...view }
}

const field = (label: string) => screen.getByLabelText(label)

describe('the deadline, benefits and counter history in the offer editor', () => {
  it('shows a saved offer’s, and saves the user’s changes over them, keeping its options', async () => {
    const { user } = await editStartup()
    expect(field('Answer by (deadline)')).toHaveValue('2026-12-04')
    expect(field('Your health premium per year')).toHaveValue('2400')
    expect(field('Employer HSA money per year')).toHaveValue('500')
    expect(field('Years before the 401(k) match is yours')).toHaveValue('3')
    const history = screen.getByRole('list', { name: 'Counter history' })
    expect(within(history).getByRole('listitem')).toHaveTextContent(
      'Nov 20, 2026: The employer named $150,000 — Written offer',
    )

    fireEvent.change(field('Answer by (deadline)'), { target: { value: '2026-12-08' } })
    await user.clear(field('Employer HSA money per year'))
    await user.clear(field('Years before the 401(k) match is yours'))
    fireEvent.change(field('Date of the step'), { target: { value: '2026-11-25' } })
    await user.click(screen.getByLabelText('Me'))
    await user.type(field('Base salary named'), '172k')
    await user.type(field('What was said'), 'Asked for the 75th percentile')
    await user.click(screen.getByRole('button', { name: 'Add to history' }))
    expect(within(history).getAllByRole('listitem')[1]).toHaveTextContent(
      'Nov 25, 2026: You named $172,000 — Asked for the 75th percentile',
    )
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByText('Saved “Startup”.', {}, UNTIL_SHOWN)
    const saved = await getOffer('startup')
    expect(saved).toMatchObject({
      deadline: '2026-12-08',
      benefits: { healthPremium: 2400, hsaEmployer: 0 },
      history: [
        { date: '2026-11-20', side: 'them', base: 150000, note: 'Written offer' },
        { date: '2026-11-25', side: 'me', base: 172000, note: 'Asked for the 75th percentile' },
      ],
      equity: STARTUP.equity,
    })
    expect(saved!.benefits).not.toHaveProperty('matchVestingYears')
  })

  it('drops a deadline the user empties instead of carrying the saved one over', async () => {
    const { user } = await editStartup()
    fireEvent.change(field('Answer by (deadline)'), { target: { value: '' } })
    await user.click(screen.getByRole('button', { name: 'Remove the step of Nov 20, 2026' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByText('Saved “Startup”.', {}, UNTIL_SHOWN)
    const saved = await getOffer('startup')
    expect(saved).not.toHaveProperty('deadline')
    expect(saved).not.toHaveProperty('history')
  })

  it('names a field it cannot use and saves nothing', async () => {
    const { user } = await editStartup()
    await retype(user, field('Your health premium per year'), 'lots')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByText(/Not saved: fix the field marked below/)).toBeInTheDocument()
    expect(field('Your health premium per year')).toHaveAttribute('aria-invalid', 'true')
    expect(field('Your health premium per year')).toHaveAccessibleDescription(/Your health premium per year/)
    expect(await getOffer('startup')).toEqual(STARTUP)
    await user.click(screen.getByRole('button', { name: 'Add to history' }))
    expect(screen.getByText('Date of the step is required, e.g. 2026-11-20.')).toBeInTheDocument()
    expect(field('Date of the step')).toHaveFocus()
  })

  it('keeps what was typed as a draft for the offer it was typed for', async () => {
    const { user, draftStore, extrasDraftStore, unmount } = await editStartup()
    await retype(user, field('Your health premium per year'), '3100')
    await waitFor(
      () =>
        expect(extrasDraftStore.saved.at(-1)).toMatchObject({
          forId: 'startup',
          text: { healthPremium: '3100' },
        }),
      UNTIL_SHOWN,
    )
    await waitFor(() => expect(draftStore.saved.at(-1)).toMatchObject({ editingId: 'startup' }), UNTIL_SHOWN)
    unmount()
    render(<OffersView draftStore={draftStore} extrasDraftStore={extrasDraftStore} />)
    await waitFor(() => expect(field('Your health premium per year')).toHaveValue('3100'), UNTIL_SHOWN)
  })

  it('edits stock options and their exit prices, the 409A and preferred prices being scenarios', async () => {
    const { user } = await editStartup()
    expect(screen.getByLabelText('Stock options')).toBeChecked()
    expect(field('Number of options')).toHaveValue('40000')
    expect(field('Strike price a share')).toHaveValue('1.2')
    expect(field('Latest 409A price a share')).toHaveValue('1.5')
    expect(field('Last round’s preferred price a share')).toHaveValue('6')
    const exits = screen.getByRole('list', { name: 'Exit scenarios' })
    expect(textsOf(exits, 'listitem')).toEqual([
      '409A: $1.50 (the 409A price)',
      'Preferred: $6.00 (the last round’s price)',
      'Acquired: $20.00 Remove',
    ])
    await user.click(screen.getByRole('button', { name: 'Remove the exit Acquired' }))
    await user.type(field('Exit scenario name'), '409A')
    await user.type(field('Exit price a share'), 'twelve')
    await user.click(screen.getByRole('button', { name: 'Add exit price' }))
    expect(screen.getByText('Exit scenario name “409A” is already used.')).toBeInTheDocument()
    expect(screen.getByText('Exit price a share must be US dollars a share, e.g. 1.20.')).toBeInTheDocument()
    await retype(user, field('Exit scenario name'), 'IPO')
    await retype(user, field('Exit price a share'), '$12')
    await user.click(screen.getByRole('button', { name: 'Add exit price' }))
    await retype(user, field('Latest 409A price a share'), '1.75')
    await user.click(screen.getByLabelText('Non-qualified (NSO)'))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByText('Saved “Startup”.', {}, UNTIL_SHOWN)
    expect((await getOffer('startup'))!.equity).toEqual({
      kind: 'options',
      shares: 40000,
      strike: 1.2,
      fmv: 1.75,
      preferred: 6,
      exercise: 'nso',
      expiryYears: 10,
      years: 4,
      schedule: { kind: 'cliff', cliffMonths: 12, then: 'monthly' },
      exitScenarios: [
        { name: '409A', pricePerShare: 1.75 },
        { name: 'Preferred', pricePerShare: 6 },
        { name: 'IPO', pricePerShare: 12 },
      ],
    })
  })

  it('names a missing options field, and saves an RSU grant when the kind is switched back', async () => {
    const { user } = await editStartup()
    await user.clear(field('Strike price a share'))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(
      await screen.findByText('Strike price a share is required: US dollars a share, e.g. 1.20.'),
    ).toBeInTheDocument()
    expect(field('Strike price a share')).toHaveFocus()
    await user.click(screen.getByLabelText('RSU grant (a dollar value)'))
    await user.type(screen.getByLabelText('Equity grant (total value)'), '80000')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByText('Saved “Startup”.', {}, UNTIL_SHOWN)
    expect((await getOffer('startup'))!.equity).toEqual({
      total: 80000,
      years: 4,
      schedule: { kind: 'cliff', cliffMonths: 12, then: 'monthly' },
    })
  })

  it('edits refresh grants and the ESPP, naming a bad one, and drops the ESPP when emptied', async () => {
    await saveOffer(BIG_CO)
    const user = setupUser()
    render(<OffersView draftStore={memoryDraftStore()} extrasDraftStore={memoryDraftStore()} />)
    await user.click(await screen.findByRole('button', { name: 'Edit Big Co' }, UNTIL_SHOWN))
    expect(field('Refresh grant size')).toHaveValue('40000')
    expect(field('A refresh every (years)')).toHaveValue('1')
    expect(field('Each refresh vests over (years)')).toHaveValue('4')
    expect(field('ESPP: pay put in (%)')).toHaveValue('10')
    expect(field('ESPP discount (%)')).toHaveValue('15')
    const lookback = screen.getByLabelText(/The plan has a lookback/)
    expect(lookback).toBeChecked()
    await retype(user, field('Refresh grant size'), '25%')
    await retype(user, field('A refresh every (years)'), '2')
    await retype(user, field('ESPP discount (%)'), '20')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(
      await screen.findByText('ESPP discount (%) must be a percentage from 0 to 15, e.g. 15.'),
    ).toBeInTheDocument()
    expect(await getOffer('bigco')).toEqual(BIG_CO)
    await retype(user, field('ESPP discount (%)'), '10')
    await user.click(lookback)
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByText('Saved “Big Co”.', {}, UNTIL_SHOWN)
    expect(await getOffer('bigco')).toMatchObject({
      refresh: { percentOfGrant: 25, everyYears: 2, vestYears: 4 },
      espp: { percent: 10, discount: 10, lookback: false },
    })
    // A fresh visit (a save still finishing ignores another click on Save).
    cleanup()
    render(<OffersView draftStore={memoryDraftStore()} extrasDraftStore={memoryDraftStore()} />)
    await user.click(await screen.findByRole('button', { name: 'Edit Big Co' }, UNTIL_SHOWN))
    expect(field('ESPP: pay put in (%)')).toHaveValue('10')
    await user.clear(field('ESPP: pay put in (%)'))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByText('Saved “Big Co”.', {}, UNTIL_SHOWN)
    expect(await getOffer('bigco')).not.toHaveProperty('espp')
    expect(await getOffer('bigco')).toMatchObject({ refresh: { percentOfGrant: 25 } })
  })
})
