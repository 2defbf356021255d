// Negotiate with a saved offer's counter history: it starts from the employer's latest figure and says so, and
// "I sent this counter" adds the ask to the history through My offers' concurrency-checked save.
import { render, screen, waitFor } from '@testing-library/react'
import { setupUser } from '../../../test/clock'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Offer } from '../../../../../shared/offer'
import { worthDb } from '../../../db/db'
import { memoryDraftStore } from '../../../db/drafts'
import { getOffer, listOffers, saveOffer } from '../../../db/offers'
import { sampleOffer } from '../../../../../../test/fixtures/offers'
import * as api from '../../../lib/api'
import { SEATTLE_COUNTER_NEGOTIATION } from '../../../../../../test/fixtures/replies'
import { UNTIL_SHOWN } from '../../../test/waits'
import { answerEachTest } from '../../../test/apiMock'
import { NegotiateView } from './NegotiateView'

vi.mock('../../../lib/api', () => import('../../../test/apiMock'))
vi.mock('../../../lib/files', () => import('../../../test/filesMock'))

const mockedApi = vi.mocked(api)
const COUNTERED: Offer = sampleOffer({
  history: [
    { date: '2026-11-20', side: 'them', base: 165000, note: 'Written offer' },
    { date: '2026-11-26', side: 'them', base: 172000, note: 'Their counter' },
  ],
})
const ASK = SEATTLE_COUNTER_NEGOTIATION.ask.base

answerEachTest({ negotiateOffer: async () => ({ ok: true, value: SEATTLE_COUNTER_NEGOTIATION }) })
beforeEach(async () => {
  await worthDb().offers.clear()
  await saveOffer(COUNTERED)
})

async function startFromSaved() {
  const user = setupUser()
  render(
    <NegotiateView
      draftStore={memoryDraftStore()}
      loadSavedOffers={listOffers}
      chartWidth={640}
      now={() => new Date(2026, 11, 2, 10, 0)}
    />,
  )
  const start = await screen.findByRole('combobox', { name: 'Start from a saved offer' }, UNTIL_SHOWN)
  await user.selectOptions(start, 'Seattle (Northwind, Seattle, WA)')
  return user
}

describe('Negotiate with the counter history', () => {
  it('starts from the employer’s latest figure and says where it came from', async () => {
    await startFromSaved()
    expect(screen.getByLabelText('Base salary')).toHaveValue('172000')
    expect(screen.getByText(/^Filled in Seattle/)).toHaveTextContent(
      'base $172,000, bonus $16,500, stock $50,000 a year, sign-on $30,000. The base is the employer’s latest figure, $172,000 on 2026-11-26, from the offer’s history (the offer itself says $165,000).',
    )
    await waitFor(() => expect(mockedApi.negotiateOffer.mock.lastCall?.[0]).toMatchObject({ base: 172000 }))
  })

  it('adds the counter sent to the offer’s history', async () => {
    const user = await startFromSaved()
    const sent = await screen.findByRole('button', { name: 'I sent this counter' }, UNTIL_SHOWN)
    await user.click(sent)
    const ask = `$${ASK.toLocaleString('en-US')}`
    expect(
      await screen.findByText(
        `Added your counter of ${ask} on 2026-12-02 to the history of “Seattle”.`,
        {},
        UNTIL_SHOWN,
      ),
    ).toHaveAttribute('aria-live', 'polite')
    expect((await getOffer('seattle'))!.history).toEqual([
      ...COUNTERED.history!,
      { date: '2026-12-02', side: 'me', base: ASK, note: `Countered at ${ask}` },
    ])
  })

  it('adds nothing when the offer changed in another tab since it was read', async () => {
    const user = await startFromSaved()
    const sent = await screen.findByRole('button', { name: 'I sent this counter' }, UNTIL_SHOWN)
    await saveOffer({ ...COUNTERED, notes: 'Changed elsewhere', updatedAt: '2026-12-01T09:00:00.000Z' })
    await user.click(sent)
    expect(
      await screen.findByText(/^Not added: “Seattle” was changed in another tab or window/, {}, UNTIL_SHOWN),
    ).toBeInTheDocument()
    expect((await getOffer('seattle'))!.history).toEqual(COUNTERED.history)
  })
})
