// The calculator with the user's saved offers: start from one, take one as the best alternative, and the
// alternative handed over from Compare.
import { act, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { NegotiateInput } from '../../../../../shared/contract'
import type { Offer } from '../../../../../shared/offer'
import { memoryDraftStore } from '../../../db/drafts'
import { listOffers, saveOffer } from '../../../db/offers'
import { AUSTIN, SAN_FRANCISCO, SEATTLE } from '../../../../../../test/fixtures/offers'
import * as api from '../../../lib/api'
import { SEATTLE_COUNTER_NEGOTIATION } from '../../../../../../test/fixtures/replies'
import { savedOfferPrefill } from '../fromSavedOffer'
import type { NegotiatePrefill } from '../negotiateForm'
import { NegotiateView } from './NegotiateView'
import { UNTIL_SHOWN } from '../../../test/waits'
import { setupUser, retype } from '../../../test/clock'
import { answerEachTest } from '../../../test/apiMock'
import { expectFields, textsOf } from '../../../test/shown'
import { startEachTestWithEmptyDatabase } from '../../../test/emptyDatabase'

vi.mock('../../../lib/api', () => import('../../../test/apiMock'))
vi.mock('../../../lib/files', () => import('../../../test/filesMock'))

const mockedApi = vi.mocked(api)
const SLOW = UNTIL_SHOWN
const SAVED: Offer[] = [SEATTLE, SAN_FRANCISCO, AUSTIN]
const loadSaved = async () => SAVED
const START = 'Start from a saved offer'
const ALTERNATIVE = 'Best alternative: one of my offers'

answerEachTest({ negotiateOffer: async () => ({ ok: true, value: SEATTLE_COUNTER_NEGOTIATION }) })
startEachTestWithEmptyDatabase()

const lastInput = (): NegotiateInput | undefined => mockedApi.negotiateOffer.mock.lastCall?.[0]
const select = (label: string) => screen.getByRole('combobox', { name: label }) as HTMLSelectElement
const optionTexts = (label: string) => textsOf(select(label), 'option')

function renderView(
  options: { prefill?: NegotiatePrefill | null; load?: () => Promise<Offer[]> } = { load: loadSaved },
) {
  const user = setupUser()
  const view = render(
    <NegotiateView
      draftStore={memoryDraftStore()}
      prefill={options.prefill ?? null}
      loadSavedOffers={options.load}
      chartWidth={640}
    />,
  )
  return { user, ...view }
}

describe('NegotiateView with saved offers', () => {
  it('starts from a saved offer: fills the offer, keeps the user’s terms, says so, and asks with it', async () => {
    const { user } = renderView()
    await screen.findByRole('combobox', { name: START }, SLOW)
    // First in the form, reached with Tab, and explains how the offer is turned into yearly figures.
    await user.tab()
    expect(select(START)).toHaveFocus()
    expect(select(START)).toHaveAccessibleDescription(
      /stock per year is the grant divided by its vesting years/,
    )
    expect(optionTexts(START)).toEqual([
      'Choose a saved offer…',
      'Seattle (Northwind, Seattle, WA)',
      'San Francisco (Contoso, San Francisco, CA)',
      'Austin (Fabrikam, Austin, TX)',
    ])

    await user.type(screen.getByLabelText('Walk-away total'), '200000')
    await user.selectOptions(select(START), 'Seattle (Northwind, Seattle, WA)')
    expectFields({
      'Job title': 'Software Developer',
      Location: 'Seattle, WA',
      'Years of experience': '5',
      'Base salary': '165000',
      'Annual bonus': '16500',
      'Stock per year': '50000',
      'Sign-on bonus': '30000',
      'Walk-away total': '200000',
    })
    expect(select(START)).toHaveValue('seattle')
    const note = screen.getByText(/^Filled in Seattle/)
    expect(note).toHaveAttribute('aria-live', 'polite')
    expect(note).toHaveTextContent(
      'Filled in Seattle (Northwind, Seattle, WA): Software Developer, base $165,000, bonus $16,500, stock $50,000 a year, sign-on $30,000. Your terms are unchanged.',
    )
    await waitFor(
      () =>
        expect(lastInput()).toMatchObject({
          title: 'Software Developer',
          location: 'Seattle, WA',
          years: 5,
          base: 165000,
          bonus: 16500,
          stock: 50000,
          signon: 30000,
          walkaway: 200000,
        }),
      SLOW,
    )
    await waitFor(
      () => expect(screen.getAllByRole('status')[0]).toHaveTextContent(/^Ask for a base of/),
      SLOW,
    )

    // Typing over a figure: the form no longer shows that saved offer, and the note goes.
    const base = screen.getByLabelText('Base salary')
    await retype(user, base, '170000')
    expect(select(START)).toHaveValue('')
    expect(screen.queryByText(/^Filled in Seattle/)).toBeNull()
  })

  it('takes one of the other saved offers as the best alternative, by its total pay a year', async () => {
    const { user } = renderView()
    await user.selectOptions(await screen.findByRole('combobox', { name: START }, SLOW), 'seattle')
    // The offer being negotiated is not offered as its own alternative.
    expect(optionTexts(ALTERNATIVE)).toEqual([
      'Choose one of my offers…',
      'San Francisco (Contoso, San Francisco, CA): $290,000 a year',
      'Austin (Fabrikam, Austin, TX): $174,000 a year',
    ])
    expect(select(ALTERNATIVE)).toHaveAccessibleDescription(
      'Fills in the offer’s total pay a year: base + bonus + stock per year + sign-on ÷ 4.',
    )
    await user.selectOptions(select(ALTERNATIVE), 'sf')
    expect(screen.getByLabelText('Best alternative offer')).toHaveValue('290000')
    expect(
      screen.getByText(
        'Best alternative offer set to $290,000 a year, the total pay of San Francisco (Contoso, San Francisco, CA).',
      ),
    ).toHaveAttribute('aria-live', 'polite')
    await waitFor(() => expect(lastInput()).toMatchObject({ base: 165000, alternative: 290000 }), SLOW)
  })

  it('shows the alternative handed over from Compare in its field and in the select', async () => {
    renderView({ prefill: { ...savedOfferPrefill(SEATTLE), alternative: 290000 }, load: loadSaved })
    expect(screen.getByLabelText('Best alternative offer')).toHaveValue('290000')
    await waitFor(() => expect(select(START)).toHaveValue('seattle'), SLOW)
    expect(select(ALTERNATIVE)).toHaveValue('sf')
    await waitFor(() => expect(lastInput()).toMatchObject({ base: 165000, alternative: 290000 }), SLOW)
  })

  it('reads the saved offers from the local database, and shows no pickers when there are none', async () => {
    // The real reader, watched so the test knows when it has answered.
    const fromDb = vi.fn(() => listOffers())
    const empty = renderView({ load: fromDb })
    await waitFor(() => expect(fromDb).toHaveBeenCalledTimes(1))
    await act(async () => {
      await fromDb.mock.results[0]!.value
    })
    expect(screen.queryByRole('combobox', { name: START })).toBeNull()
    expect(screen.queryByRole('combobox', { name: ALTERNATIVE })).toBeNull()
    empty.unmount()

    await saveOffer(AUSTIN)
    renderView({ load: undefined })
    await screen.findByRole('combobox', { name: START }, SLOW)
    expect(optionTexts(START)).toEqual(['Choose a saved offer…', 'Austin (Fabrikam, Austin, TX)'])
    // A single saved offer is also offered as the alternative, until it is the offer being negotiated.
    expect(optionTexts(ALTERNATIVE)).toHaveLength(2)
  })
})
