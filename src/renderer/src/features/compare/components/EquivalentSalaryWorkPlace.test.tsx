// The equivalent-salary panel with a work place: a compared offer's work place goes with it, the "Work location
// there" field is sent as toWork, its error shows on that field, and one place is named once in the sources.
import { render, screen, waitFor } from '@testing-library/react'
import { setupUser, retype } from '../../../test/clock'
import { describe, expect, it, vi } from 'vitest'
import type { CompareResult } from '../../../../../shared/compare'
import type { EquivalentSalaryInput } from '../../../../../shared/contract'
import * as api from '../../../lib/api'
import { THREE_CITIES } from '../../../../../../test/fixtures/replies'
import { EquivalentSalary } from './EquivalentSalary'
import { UNTIL_SHOWN } from '../../../test/waits'
import { answerEachTest, refused } from '../../../test/apiMock'

vi.mock('../../../lib/api', () => import('../../../test/apiMock'))
const mocked = vi.mocked(api)

// The first compared offer lives in King of Prussia and works in Philadelphia.
const WORKS_IN_PHILADELPHIA: CompareResult = {
  ...THREE_CITIES,
  offers: THREE_CITIES.offers.map((o, i) =>
    i === 0
      ? {
          ...o,
          location: 'King of Prussia, PA',
          work: { location: 'Philadelphia, PA', locality: 'philadelphia' },
        }
      : o,
  ),
}

answerEachTest(
  {
    equivalentSalary: async (input: EquivalentSalaryInput) => {
      if (input.toWork === 'Austin, TX')
        return refused(
          'toWork',
          'To work location: "Austin, TX" is in TX, not PA: Worth computes taxes as if you live and work in one state.',
        )
      // The backend's answer (core equivalentSalary on the shipped dataset) for $165,000 living in King of Prussia and
      // working in Philadelphia, to the same place without the Philadelphia job.
      return {
        ok: true,
        value: {
          wages: 156_308,
          fromAdjusted: 108_992.52,
          toAdjusted: 108_992.21,
          fromRpp: 103.55,
          toRpp: 103.55,
          fromPlace: 'King of Prussia, PA',
          toPlace: 'King of Prussia, PA',
          sentence:
            '$165,000 in King of Prussia, PA is worth about $156,300 in King of Prussia, PA after tax and cost of living.',
          notes: [
            'King of Prussia, PA, working in Philadelphia, PA: Philadelphia wage tax included. Source: City of Philadelphia, Department of Revenue, Wage Tax (rates from July 1, 2024 and July 1, 2025).',
          ],
        },
      }
    },
  },
  'empty',
)

describe('EquivalentSalary with a work place', () => {
  it('sends the offer’s work place and the typed one, and names one place once', async () => {
    const user = setupUser()
    render(<EquivalentSalary result={WORKS_IN_PHILADELPHIA} />)
    const to = screen.getByRole('combobox', { name: 'Equivalent in' })
    await user.type(to, 'King of Prussia, PA')
    const answer = screen.getByTestId('equivalent-answer')
    await waitFor(
      () => expect(answer).toHaveTextContent('$156,308 a year in King of Prussia, PA'),
      UNTIL_SHOWN,
    )
    expect(mocked.equivalentSalary).toHaveBeenLastCalledWith(
      expect.objectContaining({
        from: 'King of Prussia, PA',
        fromWork: 'Philadelphia, PA',
        to: 'King of Prussia, PA',
      }),
    )
    expect(mocked.equivalentSalary.mock.lastCall![0]).not.toHaveProperty('toWork')
    expect(answer).toHaveTextContent(
      'regional price parities (RPP 103.5 for King of Prussia, PA); Worth’s 2025',
    )

    const work = screen.getByRole('combobox', { name: 'Work location there (if different)' })
    await user.type(work, 'Austin, TX')
    await waitFor(
      () => expect(work).toHaveAccessibleDescription(/To work location: "Austin, TX" is in TX, not PA/),
      UNTIL_SHOWN,
    )
    expect(work).toHaveAttribute('aria-invalid', 'true')
    await retype(user, work, 'Philadelphia, PA')
    await waitFor(
      () =>
        expect(mocked.equivalentSalary).toHaveBeenLastCalledWith(
          expect.objectContaining({ fromWork: 'Philadelphia, PA', toWork: 'Philadelphia, PA' }),
        ),
      UNTIL_SHOWN,
    )
  })
})
