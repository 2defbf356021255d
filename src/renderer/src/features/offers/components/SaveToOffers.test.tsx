// "Save to my offers" in My offer's results opens My offers with a new offer filled in from the form.
import { render, screen, waitFor } from '@testing-library/react'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../app/App'
import { preloadViews } from '../../../app/views'
import { worthDb } from '../../../db/db'
import { listOffers } from '../../../db/offers'
import * as api from '../../../lib/api'
import { SOFTWARE_ENGINEER_US_OFFER_ESTIMATE } from '../../../../../../test/fixtures/replies'
import { UNTIL_SHOWN } from '../../../test/waits'
import { setupUser } from '../../../test/clock'

vi.mock('../../../lib/api', () => ({
  checkOffer: vi.fn(async () => ({ ok: true, value: { problems: [] } })),
  searchTitles: vi.fn(async ({ query }: { query: string }) => ({
    ok: true,
    value: { query, suggestions: [], occupations: [] },
  })),
  searchLocations: vi.fn(async ({ query }: { query: string }) => ({
    ok: true,
    value: { query, matches: [], ambiguous: false },
  })),
  estimateOffer: vi.fn(),
  roleInsights: vi.fn(),
  compareOffers: vi.fn(),
  negotiateOffer: vi.fn(),
  datasetInfo: vi.fn(async () => ({ ok: false, error: { code: 'no-data', message: 'No data.' } })),
}))

const SLOW = UNTIL_SHOWN

// The views other than My offer load on first use; load their code before the clock of any test starts.
beforeAll(() => preloadViews(), 60_000)

beforeEach(async () => {
  vi.mocked(api.estimateOffer).mockResolvedValue({ ok: true, value: SOFTWARE_ENGINEER_US_OFFER_ESTIMATE })
  await worthDb().drafts.clear()
  await worthDb().offers.clear()
})

describe('Save to my offers', () => {
  it('opens My offers with the title, place, years and pay filled in, stock as a 4-year grant', async () => {
    const user = setupUser()
    render(<App />)
    await user.type(screen.getByRole('combobox', { name: 'Job title' }), 'Software engineer')
    await user.type(screen.getByRole('combobox', { name: 'Location' }), 'Austin, TX')
    await user.type(screen.getByLabelText('Years of experience'), '5')
    await user.type(screen.getByLabelText('Base salary'), '150000')
    await user.type(screen.getByLabelText('Annual bonus'), '15000')
    await user.type(screen.getByLabelText('Stock per year'), '40000')
    await user.type(screen.getByLabelText('Sign-on bonus'), '20000')
    // The link saves the offer as last shown: wait until the result with the sign-on bonus is on screen.
    await waitFor(() => expect(vi.mocked(api.estimateOffer).mock.lastCall?.[0].signon).toBe(20000), SLOW)
    await waitFor(() => expect(document.querySelector('[data-stale="true"]')).toBeNull(), SLOW)
    await user.click(await screen.findByRole('button', { name: 'Save to my offers' }, SLOW))

    expect(screen.getByRole('button', { name: 'My offers' })).toHaveAttribute('aria-current', 'page')
    expect(await screen.findByRole('heading', { name: 'New offer' }, SLOW)).toBeInTheDocument()
    expect(screen.getByLabelText('Offer name')).toHaveValue('Austin, TX')
    expect(screen.getByRole('combobox', { name: 'Job title' })).toHaveValue('Software engineer')
    expect(screen.getByRole('combobox', { name: 'Location' })).toHaveValue('Austin, TX')
    expect(screen.getByLabelText('Years of experience')).toHaveValue('5')
    expect(screen.getByLabelText('Base salary')).toHaveValue('150000')
    expect(screen.getByLabelText('Annual bonus')).toHaveValue('15000')
    expect(screen.getByLabelText('Equity grant (total value)')).toHaveValue('160000')
    expect(screen.getByLabelText('Vesting years')).toHaveValue('4')
    expect(screen.getByLabelText('the same each year')).toBeChecked()
    expect(screen.getByLabelText('Sign-on bonus')).toHaveValue('20000')

    await user.click(screen.getByRole('button', { name: 'Save offer' }))
    await waitFor(async () => expect(await listOffers()).toHaveLength(1), SLOW)
    expect((await listOffers())[0]).toMatchObject({
      label: 'Austin, TX',
      base: 150000,
      bonus: { kind: 'amount', value: 15000 },
      equity: { total: 160000, years: 4, schedule: { kind: 'even' } },
      signon: { amount: 20000, paid: 'year1' },
    })
  })
})
