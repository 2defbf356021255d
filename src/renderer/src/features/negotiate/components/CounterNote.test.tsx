// The note saved with "I sent this counter": a labelled field prefilled with Worth's suggestion, which the user may
// rewrite; what they write goes into the offer's history, is kept as a draft for that offer until it is sent, and a
// note too long for the history is refused naming the field. The history already saved stays as it was.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Offer } from '../../../../../shared/offer'
import { sampleOffer } from '../../../../../../test/fixtures/offers'
import { worthDb } from '../../../db/db'
import { memoryDraftStore } from '../../../db/drafts'
import { getOffer, saveOffer } from '../../../db/offers'
import { UNTIL_SHOWN } from '../../../test/waits'
import { CounterSent } from './CounterSent'

const OFFER: Offer = sampleOffer({
  history: [
    { date: '2026-11-20', side: 'them', base: 165000, note: 'Written offer' },
    { date: '2026-11-26', side: 'them', base: 172000, note: 'Their counter' },
  ],
})

beforeEach(async () => {
  await worthDb().offers.clear()
  await saveOffer(OFFER)
})

function renderCounter(noteStore = memoryDraftStore(), onSaved = vi.fn()) {
  render(
    <CounterSent
      offer={OFFER}
      ask={185_000}
      today="2026-12-02"
      now={() => new Date(2026, 11, 2, 10, 0)}
      onSaved={onSaved}
      noteStore={noteStore}
    />,
  )
  return { noteStore, onSaved, note: screen.getByLabelText('Note for the history') }
}

describe('the note of a counter sent', () => {
  it('is prefilled with a suggestion the user rewrites, and what they wrote is saved in the history', async () => {
    const user = userEvent.setup()
    const { note, noteStore, onSaved } = renderCounter()
    expect(note).toHaveValue('Countered at $185,000')
    await user.clear(note)
    await user.type(note, 'Asked for 185k and a January start')
    await user.click(screen.getByRole('button', { name: 'I sent this counter' }))
    await screen.findByText(
      'Added your counter of $185,000 on 2026-12-02 to the history of “Seattle”.',
      {},
      UNTIL_SHOWN,
    )
    expect(onSaved).toHaveBeenCalledTimes(1)
    // The older entries are as they were; the new one is last, with the note as written.
    expect((await getOffer(OFFER.id))!.history).toEqual([
      ...OFFER.history!,
      { date: '2026-12-02', side: 'me', base: 185_000, note: 'Asked for 185k and a January start' },
    ])
    // Sent: the draft is emptied and the field offers the suggestion again.
    expect(noteStore.saved.at(-1)).toBeNull()
    expect(note).toHaveValue('Countered at $185,000')
  })

  it('keeps the note being written as a draft for its offer', async () => {
    const user = userEvent.setup()
    const { note, noteStore } = renderCounter()
    await user.clear(note)
    await user.type(note, 'Asked for more equity')
    await user.tab()
    expect(noteStore.saved.at(-1)).toEqual({ offerId: OFFER.id, note: 'Asked for more equity' })
  })

  it('restores a draft written for this offer', async () => {
    renderCounter(memoryDraftStore({ offerId: OFFER.id, note: 'Half written' }))
    expect(await screen.findByDisplayValue('Half written', {}, UNTIL_SHOWN)).toHaveAccessibleName(
      'Note for the history',
    )
  })

  it('ignores a draft written for another offer', async () => {
    const store = memoryDraftStore({ offerId: 'another', note: 'Not this one' })
    const load = vi.spyOn(store, 'load')
    const { note } = renderCounter(store)
    await vi.waitFor(() => expect(load).toHaveBeenCalled())
    await load.mock.results[0]!.value
    expect(note).toHaveValue('Countered at $185,000')
  })

  it('refuses a note longer than the history holds, naming the field, and saves nothing', async () => {
    const user = userEvent.setup()
    const { note } = renderCounter()
    await user.clear(note)
    await user.click(note)
    await user.paste('x'.repeat(1001))
    await user.click(screen.getByRole('button', { name: 'I sent this counter' }))
    expect(
      await screen.findByText('Note for the history must be at most 1,000 characters (it has 1,001).'),
    ).toBeInTheDocument()
    expect(note).toHaveAttribute('aria-invalid', 'true')
    expect(note).toHaveFocus()
    expect((await getOffer(OFFER.id))!.history).toEqual(OFFER.history)
  })
})
