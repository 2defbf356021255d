import { render, screen, waitFor } from '@testing-library/react'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../app/App'
import { preloadViews } from '../../../app/views'
import * as api from '../../../lib/api'
import {
  SEATTLE_COUNTER_NEGOTIATION,
  SOFTWARE_ENGINEER_SEATTLE_OFFER_ESTIMATE,
} from '../../../../../../test/fixtures/replies'
import { UNTIL_SHOWN } from '../../../test/waits'
import { setupUser } from '../../../test/clock'
import { answerRoleSearches } from '../../../test/roleSearches'

vi.mock('../../../lib/api', () => ({
  searchTitles: vi.fn(),
  searchLocations: vi.fn(),
  estimateOffer: vi.fn(),
  datasetInfo: vi.fn(),
  roleInsights: vi.fn(),
  negotiateOffer: vi.fn(),
}))

const mockedApi = vi.mocked(api)
const SLOW = UNTIL_SHOWN

// The views other than My offer load on first use; load their code before the clock of any test starts.
beforeAll(() => preloadViews(), 60_000)

beforeEach(() => {
  vi.clearAllMocks()
  answerRoleSearches(mockedApi)
  mockedApi.estimateOffer.mockResolvedValue({ ok: true, value: SOFTWARE_ENGINEER_SEATTLE_OFFER_ESTIMATE })
  mockedApi.datasetInfo.mockResolvedValue({
    ok: false,
    error: { code: 'internal', message: 'not in this test' },
  })
  mockedApi.negotiateOffer.mockResolvedValue({ ok: true, value: SEATTLE_COUNTER_NEGOTIATION })
})

describe('"Negotiate this offer" in My offer', () => {
  it('opens the calculator with the offer on screen filled in, in one click', async () => {
    const user = setupUser()
    render(<App />)
    expect(screen.getByRole('button', { name: 'Negotiate' })).toBeVisible()
    await user.type(screen.getByRole('combobox', { name: 'Job title' }), 'Software engineer')
    await user.type(screen.getByRole('combobox', { name: 'Location' }), 'Seattle, WA')
    await user.type(screen.getByLabelText('Years of experience'), '5')
    await user.type(screen.getByLabelText('Base salary'), '150000')
    await user.type(screen.getByLabelText('Annual bonus'), '15k')
    const link = await screen.findByRole('button', { name: 'Negotiate this offer' }, SLOW)
    await waitFor(
      () =>
        expect(mockedApi.estimateOffer).toHaveBeenLastCalledWith(expect.objectContaining({ bonus: 15000 })),
      SLOW,
    )
    await user.click(link)

    expect(screen.getByRole('button', { name: 'Negotiate' })).toHaveAttribute('aria-current', 'page')
    expect(await screen.findByRole('combobox', { name: 'Job title' }, SLOW)).toHaveValue('Software engineer')
    expect(screen.getByRole('combobox', { name: 'Location' })).toHaveValue('Seattle, WA')
    expect(screen.getByLabelText('Years of experience')).toHaveValue('5')
    expect(screen.getByLabelText('Base salary')).toHaveValue('150000')
    expect(screen.getByLabelText('Annual bonus')).toHaveValue('15000')
    expect(screen.getByLabelText('Stock per year')).toHaveValue('')
    await waitFor(
      () =>
        expect(mockedApi.negotiateOffer).toHaveBeenLastCalledWith(
          expect.objectContaining({
            title: 'Software engineer',
            location: 'Seattle, WA',
            years: 5,
            base: 150000,
            bonus: 15000,
          }),
        ),
      SLOW,
    )
    expect(await screen.findByText(/^Ask for a base of \$232,850/, {}, SLOW)).toBeVisible()
  })
})
