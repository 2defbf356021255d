import { render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { EquivalentSalaryInput } from '../../../../../shared/contract'
import * as api from '../../../lib/api'
import { THREE_CITIES, THREE_CITIES_JOINT_HALF_STOCK } from '../../../../../../test/fixtures/replies'
import { EquivalentSalary } from './EquivalentSalary'
import { UNTIL_SHOWN } from '../../../test/waits'
import { setupUser, retype } from '../../../test/clock'
import { answerEachTest, refused } from '../../../test/apiMock'

vi.mock('../../../lib/api', () => import('../../../test/apiMock'))

const mocked = vi.mocked(api)
const SLOW = UNTIL_SHOWN

answerEachTest({
  searchLocations: async ({ query }) => ({
    ok: true,
    value: {
      query,
      ambiguous: false,
      matches: query.startsWith('Aus')
        ? [{ label: 'Austin, TX', areaCode: '12420', areaName: 'Austin-Round Rock-San Marcos, TX' }]
        : [],
    } as never,
  }),
  equivalentSalary: async (input: EquivalentSalaryInput) => {
    if (input.to === 'Nowhere') return refused('to', 'To location: "Nowhere" is not a place Worth knows.')
    const from = input.from === 'Seattle, WA' ? 'Seattle, WA' : input.from
    return {
      ok: true,
      value: {
        wages: 146_913,
        fromAdjusted: 100_000,
        toAdjusted: 100_000,
        fromRpp: 112.99,
        toRpp: 100.12,
        fromPlace: from,
        toPlace: 'Austin, TX',
        sentence: `${input.wages === 165000 ? '$165,000' : '$120,000'} in ${from} is worth about $146,900 in Austin, TX after tax and cost of living.`,
        notes: [],
      },
    }
  },
})

describe('EquivalentSalary', () => {
  it('gives a compared offer’s equivalent wage in a place picked from the search, labelled modelled with its sources', async () => {
    const user = setupUser()
    render(<EquivalentSalary result={THREE_CITIES} />)
    expect(screen.getByRole('combobox', { name: 'Start from' })).toHaveDisplayValue(
      'Seattle: base $165,000 in Seattle, WA',
    )
    const to = screen.getByRole('combobox', { name: 'Equivalent in' })
    await user.type(to, 'Aus')
    const list = await screen.findByRole('listbox', {}, SLOW)
    await user.click(within(list).getByRole('option', { name: /^Austin, TX/ }))
    expect(to).toHaveValue('Austin, TX')
    const answer = screen.getByTestId('equivalent-answer')
    await waitFor(() => expect(answer).toHaveTextContent('$146,913 a year in Austin, TX (modelled)'), SLOW)
    expect(answer).toHaveAttribute('aria-live', 'polite')
    expect(answer).toHaveTextContent(
      '$165,000 in Seattle, WA is worth about $146,900 in Austin, TX after tax and cost of living.',
    )
    expect(answer).toHaveTextContent(
      'BEA 2023 regional price parities (RPP 113.0 for Seattle, WA, 100.1 for Austin, TX); Worth’s 2025 tax tables.',
    )
    expect(mocked.equivalentSalary).toHaveBeenLastCalledWith({
      wages: 165000,
      from: 'Seattle, WA',
      to: 'Austin, TX',
      filing: 'single',
      k401: 0,
      taxYear: 2025,
    })
  })

  it('takes a typed wage and place, uses the comparison’s filing, and names bad fields', async () => {
    const user = setupUser()
    render(<EquivalentSalary result={THREE_CITIES_JOINT_HALF_STOCK} />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Start from' }), 'A wage I type')
    await user.type(screen.getByLabelText('Yearly wage'), 'lots')
    expect(screen.getByLabelText('Yearly wage')).toHaveAccessibleDescription(
      /Yearly wage must be a number of US dollars/,
    )
    await retype(user, screen.getByLabelText('Yearly wage'), '10000001')
    expect(screen.getByLabelText('Yearly wage')).toHaveAccessibleDescription(
      /^Yearly wage must be at most \$10,000,000 a year\./,
    )
    await retype(user, screen.getByLabelText('Yearly wage'), '120k')
    await user.type(screen.getByRole('combobox', { name: 'Where that wage is paid' }), 'Denver, CO')
    const to = screen.getByRole('combobox', { name: 'Equivalent in' })
    await user.type(to, 'Nowhere')
    await waitFor(
      () => expect(to).toHaveAccessibleDescription(/To location: "Nowhere" is not a place Worth knows\./),
      SLOW,
    )
    expect(to).toHaveAttribute('aria-invalid', 'true')
    await retype(user, to, 'Austin, TX')
    await waitFor(
      () =>
        expect(mocked.equivalentSalary).toHaveBeenLastCalledWith({
          wages: 120000,
          from: 'Denver, CO',
          to: 'Austin, TX',
          filing: 'joint',
          k401: 0,
          taxYear: 2025,
        }),
      SLOW,
    )
    await waitFor(() => expect(screen.getByTestId('equivalent-answer')).toHaveTextContent('$146,913'), SLOW)
    expect(document.body.textContent).not.toMatch(/NaN|undefined/)
  })
})
