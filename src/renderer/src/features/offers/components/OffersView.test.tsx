import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { writeOffersExport, type Offer } from '../../../../../shared/offer'
import { worthDb } from '../../../db/db'
import { memoryDraftStore } from '../../../db/drafts'
import { listOffers, saveOffer } from '../../../db/offers'
import { AUSTIN, SAN_FRANCISCO, SEATTLE } from '../../../../../../test/fixtures/offers'
import { EMPTY_EDITOR } from '../offerEditor'
import { OffersView } from './OffersView'
import { UNDO_MS } from './UndoNotice'
import { UNTIL_SHOWN } from '../../../test/waits'
import { passTime, setupUser, retype, typeFields } from '../../../test/clock'
import { textsOf } from '../../../test/shown'
import { startEachTestWithEmptyDatabase, saveOffers } from '../../../test/emptyDatabase'

vi.mock('../../../lib/api', () => import('../../../test/apiMock'))

const SLOW = UNTIL_SHOWN

startEachTestWithEmptyDatabase()

async function renderWithOffers() {
  await saveOffers([SEATTLE, SAN_FRANCISCO, AUSTIN])
  const user = setupUser()
  const store = memoryDraftStore()
  const view = render(<OffersView draftStore={store} />)
  const table = await screen.findByRole('table', { name: 'Saved offers' })
  return { user, store, table, ...view }
}

const rowNames = (table: HTMLElement) => textsOf(table, 'rowheader')
const status = (text: string | RegExp) => screen.findByText(text, {}, SLOW)

describe('the list of saved offers', () => {
  it('lists label, company, location and base', async () => {
    const { table } = await renderWithOffers()
    expect(rowNames(table)).toEqual(['Seattle', 'San Francisco', 'Austin'])
    const seattle = within(table).getByRole('row', { name: /^Seattle/ })
    expect(seattle).toHaveTextContent('Northwind')
    expect(seattle).toHaveTextContent('Seattle, WA')
    expect(seattle).toHaveTextContent('$165,000')
  })

  it('renames an offer with the keyboard, and Escape cancels', async () => {
    const { user, table } = await renderWithOffers()
    await user.click(screen.getByRole('button', { name: 'Rename Austin' }))
    const input = screen.getByLabelText('New name for Austin')
    expect(input).toHaveFocus()
    await user.clear(input)
    await user.keyboard('{Enter}')
    expect(screen.getByText('Offer name is required, e.g. Seattle.')).toBeInTheDocument()
    await user.type(input, 'Austin (remote){Enter}')
    await status('Renamed “Austin” to “Austin (remote)”.')
    await waitFor(() => expect(rowNames(table)).toEqual(['Seattle', 'San Francisco', 'Austin (remote)']))
    expect((await listOffers()).find((o) => o.id === 'austin')?.label).toBe('Austin (remote)')

    await user.click(screen.getByRole('button', { name: 'Rename Seattle' }))
    await user.type(screen.getByLabelText('New name for Seattle'), 'zzz{Escape}')
    expect(screen.queryByLabelText('New name for Seattle')).not.toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Rename Seattle' })).toHaveFocus())
    expect(rowNames(table)[0]).toBe('Seattle')
  })

  it('duplicates an offer', async () => {
    const { user, table } = await renderWithOffers()
    await user.click(screen.getByRole('button', { name: 'Duplicate Seattle' }))
    await status('Duplicated “Seattle” as “Seattle (copy)”.')
    await waitFor(() => expect(rowNames(table)).toContain('Seattle (copy)'))
    const copy = (await listOffers()).find((o) => o.label === 'Seattle (copy)')!
    expect({ ...copy, id: 'seattle', label: 'Seattle', createdAt: '', updatedAt: '' }).toEqual({
      ...SEATTLE,
      createdAt: '',
      updatedAt: '',
    })
  })

  it('deletes an offer and puts it back with Undo', async () => {
    const { user, table } = await renderWithOffers()
    await user.click(screen.getByRole('button', { name: 'Delete San Francisco' }))
    const undoRegion = (await status('Deleted “San Francisco”.')).closest('[role="status"]') as HTMLElement
    expect(undoRegion).toHaveAttribute('aria-live', 'polite')
    await waitFor(() => expect(rowNames(table)).toEqual(['Seattle', 'Austin']))
    expect((await listOffers()).map((o) => o.id)).toEqual(['seattle', 'austin'])

    const undo = within(undoRegion).getByRole('button', { name: 'Undo delete of San Francisco' })
    await waitFor(() => expect(undo).toHaveFocus())
    await user.keyboard('{Enter}')
    await status('Restored “San Francisco”.')
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete San Francisco' })).toHaveFocus())
    await waitFor(() => expect(rowNames(table)).toEqual(['Seattle', 'San Francisco', 'Austin']))
    expect(await listOffers()).toEqual([SEATTLE, SAN_FRANCISCO, AUSTIN])
  })

  it('stops offering Undo after ten seconds', async () => {
    const { user } = await renderWithOffers()
    await user.click(screen.getByRole('button', { name: 'Delete Austin' }))
    await status('Deleted “Austin”.')
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo delete of Austin' })).toHaveFocus())
    // The clock moves past the notice's time at once; nothing waits ten real seconds.
    await passTime(UNDO_MS - 100)
    expect(screen.getByRole('button', { name: 'Undo delete of Austin' })).toBeInTheDocument()
    await passTime(100)
    expect(screen.queryByRole('button', { name: /^Undo/ })).not.toBeInTheDocument()
    // Focus does not fall to the page's body when the notice ends.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'My offers' })).toHaveFocus())
    expect((await listOffers()).map((o) => o.id)).toEqual(['seattle', 'sf'])
  })

  it('reports a damaged record instead of failing, and keeps it', async () => {
    await worthDb().offers.put({ ...AUSTIN, id: 'broken', label: 'Broken', equity: { total: 1 } } as never)
    await renderWithOffers()
    expect(
      screen.getByText(/Saved offer "Broken" cannot be read: equity\.years .*It is kept as it is/),
    ).toBeInTheDocument()
    expect(await worthDb().offers.count()).toBe(4)
  })
})

describe('the editor', () => {
  it('names each bad field and saves nothing until it is fixed', async () => {
    const { user, table } = await renderWithOffers()
    await user.type(screen.getByLabelText('Base salary'), 'lots')
    await user.type(screen.getByLabelText('Equity grant (total value)'), '-5')
    expect(
      screen.getByText('Base salary must be a number of US dollars, e.g. 150000, 150k or 45/hr.'),
    ).toBeInTheDocument()
    expect(screen.getByText('Equity grant (total value) cannot be negative.')).toBeInTheDocument()
    await user.click(screen.getByLabelText('custom percentages per year'))
    await user.type(screen.getByLabelText('Percent vesting each year'), '10-20-30')
    await user.click(screen.getByRole('button', { name: 'Save offer' }))
    await status('Not saved: fix the 6 fields marked below.')
    expect(screen.getByLabelText('Offer name')).toHaveFocus()
    expect(screen.getByLabelText('Offer name')).toHaveAttribute('aria-invalid', 'true')
    expect(
      screen.getByText(
        'Percent vesting each year needs one percentage for each of the 4 vesting years; it has 3.',
      ),
    ).toBeInTheDocument()
    expect(document.body.textContent).not.toContain('NaN')
    expect(rowNames(table)).toHaveLength(3)
    expect(await worthDb().offers.count()).toBe(3)
  })

  it('saves a new offer with every field, then edits it', async () => {
    const { user, table } = await renderWithOffers()
    await typeFields(user, {
      'Offer name': 'Denver',
      Company: 'Tailspin',
      'Job title': 'Data Scientist',
      Location: 'Denver, CO',
      'Years of experience': '4',
      'Base salary': '150k',
    })
    await user.click(screen.getByLabelText('a percentage of base'))
    await user.type(screen.getByLabelText('Annual bonus'), '15')
    await user.type(screen.getByLabelText('Sign-on bonus'), '10000')
    await user.click(screen.getByLabelText('half in year 1, half in year 2'))
    await user.type(screen.getByLabelText('Relocation'), '5000')
    await user.type(screen.getByLabelText('Equity grant (total value)'), '120k')
    await retype(user, screen.getByLabelText('Vesting years'), '3')
    await user.click(screen.getByLabelText('a cliff, then monthly or quarterly'))
    await user.click(screen.getByLabelText('quarterly'))
    await typeFields(user, {
      '401(k) match (%)': '100',
      'Match up to (% of base)': '4',
      'Annual raise (%)': '3.5',
      Notes: 'Fully remote',
    })
    await user.click(screen.getByRole('button', { name: 'Save offer' }))
    await status('Saved “Denver”.')
    await waitFor(() => expect(rowNames(table)).toContain('Denver'))
    expect(screen.getByLabelText('Offer name')).toHaveValue('')

    const denver = (await listOffers()).find((o) => o.label === 'Denver')!
    expect(denver).toMatchObject({
      company: 'Tailspin',
      title: 'Data Scientist',
      location: 'Denver, CO',
      years: 4,
      base: 150000,
      bonus: { kind: 'percent', value: 15 },
      equity: { total: 120000, years: 3, schedule: { kind: 'cliff', cliffMonths: 12, then: 'quarterly' } },
      signon: { amount: 10000, paid: 'split' },
      relocation: 5000,
      match401k: { matchPercent: 100, upToPercent: 4 },
      raisePercent: 3.5,
      notes: 'Fully remote',
    })

    await user.click(screen.getByRole('button', { name: 'Edit Denver' }))
    expect(screen.getByRole('heading', { name: 'Edit “Denver”' })).toBeInTheDocument()
    expect(screen.getByLabelText('Base salary')).toHaveValue('150000')
    await retype(user, screen.getByLabelText('Base salary'), '160000')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await status('Saved “Denver”.')
    await waitFor(async () => expect((await listOffers()).find((o) => o.id === denver.id)?.base).toBe(160000))
    expect((await listOffers()).find((o) => o.id === denver.id)?.createdAt).toBe(denver.createdAt)
    expect(await worthDb().offers.count()).toBe(4)
  })

  it('keeps what was typed as a draft and restores it', async () => {
    const user = setupUser()
    const store = memoryDraftStore()
    const first = render(<OffersView draftStore={store} />)
    await user.type(screen.getByLabelText('Offer name'), 'Half typed')
    await user.type(screen.getByLabelText('Base salary'), '99k')
    await waitFor(() =>
      expect(store.saved.at(-1)).toMatchObject({
        text: { label: 'Half typed', base: '99k' },
        editingId: null,
      }),
    )
    first.unmount()

    render(<OffersView draftStore={store} />)
    await waitFor(() => expect(screen.getByLabelText('Offer name')).toHaveValue('Half typed'))
    expect(screen.getByLabelText('Base salary')).toHaveValue('99k')
  })

  it('starts from what My offer handed over, whatever the draft held', async () => {
    const store = memoryDraftStore({
      text: { ...EMPTY_EDITOR, label: 'Old draft' },
      editingId: null,
      createdAt: null,
    })
    render(
      <OffersView
        draftStore={store}
        prefill={{
          title: 'SRE',
          location: 'Austin, TX',
          years: 3,
          base: 150000,
          bonus: 10000,
          stock: 25000,
          signon: 0,
        }}
      />,
    )
    await screen.findByText('No saved offers yet. Fill in the form to save your first one.')
    expect(screen.getByLabelText('Offer name')).toHaveValue('Austin, TX')
    expect(screen.getByLabelText('Equity grant (total value)')).toHaveValue('100000')
    expect(screen.getByLabelText('the same each year')).toBeChecked()
  })
})

describe('the backend check before saving', () => {
  async function typeOffer(user: ReturnType<typeof userEvent.setup>, location: string, title: string) {
    await user.type(screen.getByLabelText('Offer name'), 'Elsewhere')
    await user.type(screen.getByRole('combobox', { name: 'Job title' }), title)
    await user.type(screen.getByRole('combobox', { name: 'Location' }), location)
    await user.type(screen.getByLabelText('Base salary'), '150k')
  }

  it('shows the problems on the named fields and saves only once they are fixed', async () => {
    const checkOffer = vi.fn(async ({ offer }: { offer: Offer }) => {
      const problems = []
      if (offer.location === 'Portland')
        problems.push({
          field: 'location',
          message: 'Location “Portland” is in more than one state: add it, e.g. Portland, OR.',
        })
      if (offer.title === 'Qwertyuiop')
        problems.push({ field: 'title', message: 'Job title “Qwertyuiop” is not one Worth knows.' })
      return { ok: true as const, value: { problems } }
    })
    const user = setupUser()
    render(<OffersView draftStore={memoryDraftStore()} checkOffer={checkOffer} />)
    await screen.findByText('No saved offers yet. Fill in the form to save your first one.')
    await typeOffer(user, 'Portland', 'Qwertyuiop')
    await user.click(screen.getByRole('button', { name: 'Save offer' }))
    await status('Not saved: fix the 2 fields marked below.')
    expect(checkOffer).toHaveBeenCalledTimes(1)
    const title = screen.getByRole('combobox', { name: 'Job title' })
    const place = screen.getByRole('combobox', { name: 'Location' })
    await waitFor(() => expect(title).toHaveFocus())
    expect(title).toHaveAttribute('aria-invalid', 'true')
    expect(title).toHaveAccessibleDescription(/Qwertyuiop” is not one Worth knows/)
    expect(place).toHaveAccessibleDescription(/add it, e\.g\. Portland, OR/)
    expect(await worthDb().offers.count()).toBe(0)

    // Changing a field takes its message away; the check runs again on the next save.
    await retype(user, title, 'Software Developer')
    expect(title).not.toHaveAttribute('aria-invalid')
    await user.type(place, ', OR')
    await user.click(screen.getByRole('button', { name: 'Save offer' }))
    await status('Saved “Elsewhere”.')
    expect(checkOffer).toHaveBeenCalledTimes(2)
    expect((await listOffers()).map((o) => o.location)).toEqual(['Portland, OR'])
  })

  it('saves anyway, and says so, when the check cannot be made', async () => {
    const checkOffer = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'internal' as const, message: 'Worth could not reach its data.' },
    }))
    const user = setupUser()
    render(<OffersView draftStore={memoryDraftStore()} checkOffer={checkOffer} />)
    await screen.findByText('No saved offers yet. Fill in the form to save your first one.')
    await typeOffer(user, 'Seattle, WA', 'Software Developer')
    await user.click(screen.getByRole('button', { name: 'Save offer' }))
    await status(
      'Saved “Elsewhere”. Worth could not check that Compare can use its title and place (Worth could not reach its data.), so it was saved without that check.',
    )
    expect(await worthDb().offers.count()).toBe(1)
  })

  it('opens the offer another view asks to edit', async () => {
    await saveOffers([SEATTLE, AUSTIN])
    render(<OffersView draftStore={memoryDraftStore()} editId="austin" />)
    expect(await screen.findByRole('heading', { name: 'Edit “Austin”' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Location' })).toHaveValue('Austin, TX')
    await waitFor(() => expect(screen.getByLabelText('Offer name')).toHaveFocus())
  })
})

describe('import', () => {
  it('refuses a broken file whole and changes nothing saved', async () => {
    const { user, table } = await renderWithOffers()
    const text = writeOffersExport(
      [
        { ...SEATTLE, id: 'new-1', label: 'New one' },
        { ...AUSTIN, id: 'new-2', label: 'Bad one', base: 0 },
      ],
      new Date('2026-11-28T12:00:00Z'),
    )
    await user.upload(
      screen.getByLabelText('Import offers from a JSON export'),
      new File([text], 'offers.json', { type: 'application/json' }),
    )
    await status(
      'offers.json was not imported. Offer 2 (Bad one): base must be more than $0. Nothing was imported.',
    )
    expect(rowNames(table)).toEqual(['Seattle', 'San Francisco', 'Austin'])
    expect(await listOffers()).toEqual([SEATTLE, SAN_FRANCISCO, AUSTIN])

    await user.upload(
      screen.getByLabelText('Import offers from a JSON export'),
      new File([text.slice(0, 200)], 'cut.json', { type: 'application/json' }),
    )
    await status(/cut\.json was not imported\. The file is not valid JSON/)
    expect(await listOffers()).toEqual([SEATTLE, SAN_FRANCISCO, AUSTIN])
  })

  it('adds the offers of a good file and replaces those with the same id', async () => {
    const { user, table } = await renderWithOffers()
    const text = writeOffersExport(
      [
        { ...SEATTLE, label: 'Seattle again' },
        { ...AUSTIN, id: 'denver', label: 'Denver', location: 'Denver, CO' },
      ],
      new Date('2026-11-28T12:00:00Z'),
    )
    await user.upload(
      screen.getByLabelText('Import offers from a JSON export'),
      new File([text], 'backup.json', { type: 'application/json' }),
    )
    // It lists the saved offer it would replace, and writes nothing until asked.
    const replaced = await screen.findByRole('list', { name: 'Saved offers the import replaces' })
    expect(textsOf(replaced, 'listitem')).toEqual([
      expect.stringMatching(/^“Seattle”, saved .* — the file’s copy is from /),
    ])
    expect(screen.getByText('It also adds 1 new offer.')).toBeInTheDocument()
    expect(rowNames(table)).toEqual(['Seattle', 'San Francisco', 'Austin'])
    await user.click(screen.getByRole('button', { name: 'Import and replace' }))
    await status(/^Imported backup\.json: 1 offer added, 1 saved offer with the same id replaced\./)
    await waitFor(() =>
      expect(rowNames(table)).toEqual(['Seattle again', 'San Francisco', 'Austin', 'Denver']),
    )
    // And it can be undone.
    await user.click(screen.getByRole('button', { name: 'Undo import' }))
    await status('Undid the import of backup.json.')
    await waitFor(() => expect(rowNames(table)).toEqual(['Seattle', 'San Francisco', 'Austin']))
    expect(await listOffers()).toEqual([SEATTLE, SAN_FRANCISCO, AUSTIN])
  })

  it('marks saved offers newer than the file’s copy, and Cancel changes nothing', async () => {
    const { user, table } = await renderWithOffers()
    const edited = { ...AUSTIN, notes: 'Edited after the backup', updatedAt: '2026-12-01T09:00:00.000Z' }
    await saveOffer(edited)
    const text = writeOffersExport([SEATTLE, AUSTIN], new Date('2026-11-28T12:00:00Z'))
    await user.upload(
      screen.getByLabelText('Import offers from a JSON export'),
      new File([text], 'old-backup.json', { type: 'application/json' }),
    )
    const replaced = await screen.findByRole('list', { name: 'Saved offers the import replaces' })
    const items = within(replaced).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0]).not.toHaveTextContent('newer')
    expect(items[1]).toHaveTextContent(/^“Austin”, saved .* — newer than the file’s copy .*: importing loses/)
    await user.click(screen.getByRole('button', { name: 'Cancel import' }))
    await status('old-backup.json was not imported; nothing changed.')
    expect(rowNames(table)).toEqual(['Seattle', 'San Francisco', 'Austin'])
    expect((await listOffers()).find((o) => o.id === 'austin')).toEqual(edited)
  })
})
