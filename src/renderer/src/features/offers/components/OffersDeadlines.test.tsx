import { act, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { memoryDraftStore } from '../../../db/drafts'
import { saveOffer } from '../../../db/offers'
import { AUSTIN, SAN_FRANCISCO, SEATTLE } from '../../../../../../test/fixtures/offers'
import { UNTIL_SHOWN } from '../../../test/waits'
import { OffersView } from './OffersView'
import { textsOf } from '../../../test/shown'
import { startEachTestWithEmptyDatabase } from '../../../test/emptyDatabase'

vi.mock('../../../lib/api', () => import('../../../test/apiMock'))

startEachTestWithEmptyDatabase()

afterEach(() => {
  vi.useRealTimers()
})

async function renderOnLocalTime(now: Date) {
  // The clock is fake (the day is the test's); timers still run, so the local database answers as usual.
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date', 'setTimeout', 'clearTimeout'] })
  vi.setSystemTime(now)
  await saveOffer({ ...SEATTLE, deadline: '2026-12-10' })
  await saveOffer(SAN_FRANCISCO)
  await saveOffer({ ...AUSTIN, deadline: '2026-11-29' })
  await saveOffer({ ...SEATTLE, id: 'startup', label: 'Startup', deadline: '2026-12-04' })
  render(<OffersView draftStore={memoryDraftStore()} />)
  return screen.findByRole('table', { name: 'Saved offers' }, UNTIL_SHOWN)
}

const rowOf = (table: HTMLElement, label: string) =>
  within(table).getByRole('row', { name: new RegExp(`^${label}`) })

describe('offer deadlines in My offers', () => {
  it('shows each deadline with the days left, soonest first, and a notice for one due within 2 days', async () => {
    const table = await renderOnLocalTime(new Date(2026, 11, 2, 9, 30))
    expect(within(table).getByRole('columnheader', { name: 'Deadline' })).toBeInTheDocument()
    expect(textsOf(table, 'rowheader')).toEqual(['Austin', 'Startup', 'Seattle', 'San Francisco'])
    expect(rowOf(table, 'Startup')).toHaveTextContent('Dec 4, 2026 (2 days left)')
    expect(rowOf(table, 'Seattle')).toHaveTextContent('Dec 10, 2026 (8 days left)')
    expect(rowOf(table, 'Austin')).toHaveTextContent('Nov 29, 2026 (passed 3 days ago)')
    const notice = screen.getByText('Deadline soon: Startup’s offer is due in 2 days.')
    expect(notice.closest('[aria-live="polite"]')).not.toBeNull()
  })

  it('has no notice when nothing is due within 2 days', async () => {
    await renderOnLocalTime(new Date(2026, 10, 20, 12, 0))
    expect(screen.queryByText(/Deadline soon/)).toBeNull()
  })

  it('moves the days on at local midnight while the app stays open', async () => {
    const table = await renderOnLocalTime(new Date(2026, 11, 2, 23, 59, 58))
    expect(rowOf(table, 'Startup')).toHaveTextContent('(2 days left)')
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000)
    })
    expect(rowOf(table, 'Startup')).toHaveTextContent('(1 day left)')
    expect(screen.getByText('Deadline soon: Startup’s offer is due tomorrow.')).toBeInTheDocument()
  })
})
