import { render, screen, waitFor } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { App } from '../../../app/App'
import { preloadViews } from '../../../app/views'
import * as api from '../../../lib/api'
import {
  SEATTLE_COUNTER_NEGOTIATION,
  SOFTWARE_ENGINEER_SEATTLE_OFFER_ESTIMATE,
} from '../../../../../../test/fixtures/replies'
import { UNTIL_SHOWN } from '../../../test/waits'
import { setupUser, typeFields } from '../../../test/clock'
import { expectFields } from '../../../test/shown'
import { answerEachTest } from '../../../test/apiMock'

vi.mock('../../../lib/api', () => import('../../../test/apiMock'))

const mockedApi = vi.mocked(api)
const SLOW = UNTIL_SHOWN

// The views other than My offer load on first use; load their code before the clock of any test starts.
beforeAll(() => preloadViews(), 60_000)

answerEachTest({
  estimateOffer: async () => ({ ok: true, value: SOFTWARE_ENGINEER_SEATTLE_OFFER_ESTIMATE }),
  negotiateOffer: async () => ({ ok: true, value: SEATTLE_COUNTER_NEGOTIATION }),
})

describe('"Negotiate this offer" in My offer', () => {
  it('opens the calculator with the offer on screen filled in, in one click', async () => {
    const user = setupUser()
    render(<App />)
    expect(screen.getByRole('button', { name: 'Negotiate' })).toBeVisible()
    await typeFields(user, {
      'Job title': 'Software engineer',
      Location: 'Seattle, WA',
      'Years of experience': '5',
      'Base salary': '150000',
      'Annual bonus': '15k',
    })
    const link = await screen.findByRole('button', { name: 'Negotiate this offer' }, SLOW)
    await waitFor(
      () =>
        expect(mockedApi.estimateOffer).toHaveBeenLastCalledWith(expect.objectContaining({ bonus: 15000 })),
      SLOW,
    )
    await user.click(link)

    expect(screen.getByRole('button', { name: 'Negotiate' })).toHaveAttribute('aria-current', 'page')
    await screen.findByRole('heading', { name: 'Your counter-offer' }, SLOW)
    expectFields({
      'Job title': 'Software engineer',
      Location: 'Seattle, WA',
      'Years of experience': '5',
      'Base salary': '150000',
      'Annual bonus': '15000',
      'Stock per year': '',
    })
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
