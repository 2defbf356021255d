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
import { setupUser, typeFields } from '../../../test/clock'
import { expectFields } from '../../../test/shown'

vi.mock('../../../lib/api', () => import('../../../test/apiMock'))

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
    await typeFields(user, {
      'Job title': 'Software engineer',
      Location: 'Austin, TX',
      'Years of experience': '5',
      'Base salary': '150000',
      'Annual bonus': '15000',
      'Stock per year': '40000',
      'Sign-on bonus': '20000',
    })
    // The link saves the offer as last shown: wait until the result with the sign-on bonus is on screen.
    await waitFor(() => expect(vi.mocked(api.estimateOffer).mock.lastCall?.[0].signon).toBe(20000), SLOW)
    await waitFor(() => expect(document.querySelector('[data-stale="true"]')).toBeNull(), SLOW)
    await user.click(await screen.findByRole('button', { name: 'Save to my offers' }, SLOW))

    expect(screen.getByRole('button', { name: 'My offers' })).toHaveAttribute('aria-current', 'page')
    expect(await screen.findByRole('heading', { name: 'New offer' }, SLOW)).toBeInTheDocument()
    expectFields({
      'Offer name': 'Austin, TX',
      'Job title': 'Software engineer',
      Location: 'Austin, TX',
      'Years of experience': '5',
      'Base salary': '150000',
      'Annual bonus': '15000',
      'Equity grant (total value)': '160000',
      'Vesting years': '4',
      'Sign-on bonus': '20000',
    })
    expect(screen.getByLabelText('the same each year')).toBeChecked()

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
