// Another tab or window changes the saved offers while this one is open: the list follows, and a save of an offer
// changed or deleted there asks instead of overwriting. "Another tab" writes to the same database directly.
import { render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { worthDb } from '../../../db/db'
import { memoryDraftStore } from '../../../db/drafts'
import { deleteOffer, listOffers, saveEditedOffer, saveOffer } from '../../../db/offers'
import { AUSTIN, SEATTLE } from '../../../../../../test/fixtures/offers'
import { OffersView } from './OffersView'
import { setupUser, retype } from '../../../test/clock'
import { textsOf } from '../../../test/shown'
import { startEachTestWithEmptyDatabase, saveOffers } from '../../../test/emptyDatabase'

vi.mock('../../../lib/api', () => import('../../../test/apiMock'))

startEachTestWithEmptyDatabase()

async function openSeattleForEditing() {
  await saveOffers([SEATTLE, AUSTIN])
  const user = setupUser()
  render(<OffersView draftStore={memoryDraftStore()} />)
  const table = await screen.findByRole('table', { name: 'Saved offers' })
  await user.click(within(table).getByRole('button', { name: 'Edit Seattle' }))
  await retype(user, screen.getByLabelText('Base salary'), '190000')
  return { user, table }
}

const otherTab = { ...SEATTLE, notes: 'Changed in the other tab', updatedAt: '2026-11-29T08:00:00.000Z' }
const rowNames = (table: HTMLElement) => textsOf(table, 'rowheader')

describe('two tabs on the same saved offers', () => {
  it('shows another tab’s changes in the list without a reload', async () => {
    await saveOffer(SEATTLE)
    render(<OffersView draftStore={memoryDraftStore()} />)
    const table = await screen.findByRole('table', { name: 'Saved offers' })
    expect(rowNames(table)).toEqual(['Seattle'])
    await saveOffer(AUSTIN)
    await waitFor(() => expect(rowNames(table)).toEqual(['Seattle', 'Austin']))
    await deleteOffer('seattle')
    await waitFor(() => expect(rowNames(table)).toEqual(['Austin']))
  })

  it('asks before overwriting a change made elsewhere; "Keep both" keeps both', async () => {
    const { user, table } = await openSeattleForEditing()
    expect((await saveEditedOffer(otherTab, SEATTLE.updatedAt)).ok).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('“Seattle” was changed in another tab or window')
    expect(alert).toHaveTextContent('that version has base $165,000, different notes')
    // Nothing was written yet.
    expect(await listOffers()).toEqual([otherTab, AUSTIN])
    await user.click(within(alert).getByRole('button', { name: 'Keep both' }))
    await screen.findByText(/^Saved your version as “Seattle \(copy\)”/)
    await waitFor(() => expect(rowNames(table)).toEqual(['Seattle', 'Austin', 'Seattle (copy)']))
    const saved = await listOffers()
    expect(saved.find((o) => o.id === 'seattle')).toEqual(otherTab)
    expect(saved.find((o) => o.label === 'Seattle (copy)')).toMatchObject({
      base: 190000,
      notes: SEATTLE.notes,
    })
  })

  it('"Keep mine" saves over the other version; "Take theirs" loads it into the editor', async () => {
    const { user } = await openSeattleForEditing()
    await saveEditedOffer(otherTab, SEATTLE.updatedAt)
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Keep mine' }))
    await screen.findByText('Saved “Seattle”, replacing the version from the other tab.')
    const mine = (await listOffers()).find((o) => o.id === 'seattle')!
    expect(mine).toMatchObject({ base: 190000, notes: SEATTLE.notes })
    expect(mine.updatedAt > otherTab.updatedAt).toBe(true)

    await user.click(screen.getByRole('button', { name: 'Edit Seattle' }))
    await retype(user, screen.getByLabelText('Base salary'), '95000')
    const again = { ...mine, notes: 'Third version', updatedAt: '2030-01-01T00:00:00.000Z' }
    await saveEditedOffer(again, mine.updatedAt)
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Take theirs' }))
    expect(screen.getByLabelText('Base salary')).toHaveValue(String(mine.base))
    expect(screen.getByLabelText('Notes')).toHaveValue('Third version')
    expect((await listOffers()).find((o) => o.id === 'seattle')).toEqual(again)
  })

  it('does not re-create an offer deleted in another tab unless asked to', async () => {
    const { user, table } = await openSeattleForEditing()
    await deleteOffer('seattle')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('“Seattle” was deleted in another tab or window')
    await waitFor(() => expect(rowNames(table)).toEqual(['Austin']))
    expect(await worthDb().offers.get('seattle')).toBeUndefined()
    await user.click(within(alert).getByRole('button', { name: 'Save mine again' }))
    await waitFor(() => expect(rowNames(table)).toEqual(['Seattle', 'Austin']))
    expect((await listOffers()).find((o) => o.id === 'seattle')?.base).toBe(190000)
  })
})
