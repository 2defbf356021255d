import { act, render, screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EstimateInput } from '../../../../../shared/contract'
import { memoryDraftStore } from '../../../db/drafts'
import * as api from '../../../lib/api'
import {
  BACKEND_ARCHITECT_ESTIMATE,
  SOFTWARE_ENGINEER_SEATTLE_ESTIMATE,
  SOFTWARE_ENGINEER_SEATTLE_OFFER_ESTIMATE,
  SOFTWARE_ENGINEER_US_OFFER_ESTIMATE,
} from '../../../../../../test/fixtures/replies'
import { OfferView } from './OfferView'
import { UNTIL_SHOWN } from '../../../test/waits'
import { setupUser } from '../../../test/clock'
import { answerEachTest, failure } from '../../../test/apiMock'
import { ROLE_AND_PAY_LABELS } from '../../../test/formLabels'
import { textsOf } from '../../../test/shown'

vi.mock('../../../lib/api', () => import('../../../test/apiMock'))

const mockedApi = vi.mocked(api)
const NATIONAL_SENTENCE =
  'Your base of $150,000 is at the 63rd percentile for Software Developers in the United States'
const SEATTLE_SENTENCE =
  'Your base of $150,000 is at the 34th percentile for Software Developers in Seattle-Tacoma-Bellevue, WA'
const SLOW = UNTIL_SHOWN

answerEachTest({
  estimateOffer: async (input) => ({
    ok: true,
    value: input.location.startsWith('Seattle')
      ? SOFTWARE_ENGINEER_SEATTLE_OFFER_ESTIMATE
      : SOFTWARE_ENGINEER_US_OFFER_ESTIMATE,
  }),
})

afterEach(() => {
  vi.useRealTimers()
})

function lastEstimateInput(): EstimateInput | undefined {
  return mockedApi.estimateOffer.mock.lastCall?.[0]
}

function renderView() {
  const user = setupUser()
  const store = memoryDraftStore()
  const view = render(<OfferView draftStore={store} />)
  return { user, store, ...view }
}

async function fillOffer(user: UserEvent, values: { title?: string; location?: string; base?: string }) {
  const { title = 'Software engineer', location = 'United States', base = '150000' } = values
  await user.type(screen.getByRole('combobox', { name: 'Job title' }), title)
  await user.type(screen.getByRole('combobox', { name: 'Location' }), location)
  await user.type(screen.getByLabelText('Base salary'), base)
}

function status(): HTMLElement {
  return screen.getByRole('status')
}

describe('OfferView form', () => {
  it('has every field with its visible label, reachable in order with Tab', async () => {
    const { user } = renderView()
    for (const label of ROLE_AND_PAY_LABELS) {
      await user.tab()
      expect(screen.getByLabelText(label)).toHaveFocus()
      expect(screen.getByText(label, { selector: 'label' })).toBeVisible()
    }
  })

  it.each([
    ['Years of experience', 'lots', /^Years of experience must be a number of years/],
    ['Base salary', '-150000', /^Base salary cannot be negative/],
    ['Annual bonus', 'ten grand', /^Annual bonus must be a number of US dollars/],
    ['Stock per year', '99999999', /^Stock per year must be at most \$10,000,000/],
    ['Sign-on bonus', '5 k x', /^Sign-on bonus must be a number of US dollars/],
  ])('shows an inline message naming %s when it is wrong', async (label, text, message) => {
    const { user } = renderView()
    await user.type(screen.getByRole('combobox', { name: 'Job title' }), 'Software engineer')
    const input = screen.getByLabelText(label)
    await user.type(input, text)

    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(message)
    const describedBy = input.getAttribute('aria-describedby')?.split(' ') ?? []
    const error = screen.getByText(message)
    expect(describedBy).toContain(error.id)
    // The rest of the form keeps what was typed.
    expect(screen.getByRole('combobox', { name: 'Job title' })).toHaveValue('Software engineer')
    expect(input).toHaveValue(text)
  })

  it('asks for the base salary once it has been cleared', async () => {
    const { user } = renderView()
    const base = screen.getByLabelText('Base salary')
    await user.type(base, '1')
    await user.clear(base)
    expect(base).toHaveAccessibleDescription(/^Base salary is required/)
  })

  it('offers job titles from searchTitles as a combobox', async () => {
    const { user } = renderView()
    const title = screen.getByRole('combobox', { name: 'Job title' })
    await user.type(title, 'softw')
    await screen.findByRole('option', { name: /^Software Developer/ })
    expect(mockedApi.searchTitles).toHaveBeenLastCalledWith({ query: 'softw', limit: 8 })
    expect(title).toHaveAttribute('aria-expanded', 'true')
    // The backend's suggestions for "software" start "Software Developers", "Software Engineer".
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    expect(title).toHaveValue('Software Engineer')
    expect(title).toHaveAttribute('aria-expanded', 'false')
  })
})

describe('OfferView results', () => {
  it('announces the percentile sentence in a polite status region', async () => {
    const { user } = renderView()
    expect(status()).toHaveAttribute('aria-live', 'polite')
    expect(status()).toHaveTextContent(/Enter a job title, location and base salary/)
    await fillOffer(user, {})
    await waitFor(() => expect(status()).toHaveTextContent(NATIONAL_SENTENCE), SLOW)
    expect(lastEstimateInput()).toEqual({
      title: 'Software engineer',
      location: 'United States',
      years: null,
      base: 150000,
      bonus: 0,
      stock: 0,
      signon: 0,
    })
  })

  it('shows the match, total compensation, experience, notes and sources', async () => {
    const { user } = renderView()
    await fillOffer(user, {})
    await within(status()).findByText(NATIONAL_SENTENCE, {}, SLOW)

    expect(screen.getByText(/^Matched to/)).toHaveTextContent(
      'Matched to Software Developers (SOC 15-1252) from “Software Engineer”',
    )
    const total = screen.getByRole('region', { name: 'Total compensation per year' })
    expect(within(total).getByText('Sign-on bonus ÷ 4 (of $20,000)').nextSibling).toHaveTextContent('$5,000')
    expect(within(total).getByText('Total').nextSibling).toHaveTextContent('$210,000')
    expect(total).toHaveTextContent(
      'Total = base + bonus + stock per year + sign-on ÷ 4 (sign-on spread over four years)',
    )
    expect(screen.getByText(/typically pays at DOL wage Level II/)).toBeInTheDocument()
    expect(screen.getByText(/^Market figures are base pay as OEWS measures it/)).toBeInTheDocument()
    const sources = screen.getByRole('region', { name: 'Sources' })
    expect(sources).toHaveTextContent(
      'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), national cross-industry estimates (May 2024). Public domain',
    )
  })

  it('draws the chart and lists the five percentiles in the table alternative', async () => {
    const { user } = renderView()
    await fillOffer(user, {})
    await within(status()).findByText(NATIONAL_SENTENCE, {}, SLOW)

    const market = screen.getByRole('region', { name: /^Base pay for Software Developers/ })
    await waitFor(() => expect(market.querySelectorAll('svg .recharts-reference-line')).toHaveLength(6))
    const table = within(market).getByRole('table')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual([
      '10th percentile$79,850published',
      '25th percentile$103,050published',
      '50th percentile$133,080published',
      '75th percentile$169,000published',
      '90th percentile$211,450published',
      'Your base$150,000your offer, at the 63rd percentile',
    ])
    expect(market).toHaveTextContent('National figures from the Bureau of Labor Statistics.')
  })

  it('says area figures are modelled, with a link that opens “How Worth estimates”', async () => {
    const { user } = renderView()
    await fillOffer(user, { location: 'Seattle, WA' })
    await within(status()).findByText(SEATTLE_SENTENCE, {}, SLOW)

    const market = screen.getByRole('region', { name: /^Base pay for Software Developers/ })
    expect(market).toHaveTextContent(
      'Figures for Seattle-Tacoma-Bellevue, WA are modelled from DOL OFLC levels + BLS national shape.',
    )
    expect(within(market).getByRole('row', { name: /90th percentile/ })).toHaveTextContent('modelled')
    const details = document.getElementById('how-worth-estimates') as HTMLDetailsElement
    expect(details.open).toBe(false)
    await user.click(within(market).getByRole('link', { name: 'How Worth estimates' }))
    expect(details.open).toBe(true)
  })

  it('keeps the last result but marks it out of date while a field is wrong', async () => {
    // The clock moves only with the test (and with real time): the check below that no estimate is asked for
    // advances it past the debounce instead of sleeping.
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = setupUser()
    const { container } = render(<OfferView draftStore={memoryDraftStore()} />)
    await fillOffer(user, {})
    await within(status()).findByText(NATIONAL_SENTENCE, {}, SLOW)
    const calls = mockedApi.estimateOffer.mock.calls.length

    // One keystroke makes the field wrong, so no valid value in between is ever sent, however slow the machine.
    const base = screen.getByLabelText('Base salary')
    await user.type(base, 'x')

    expect(status()).toHaveTextContent('Out of date — fix the highlighted field')
    expect(status()).toHaveTextContent(NATIONAL_SENTENCE)
    expect(base).toHaveAttribute('aria-invalid', 'true')
    expect(container.querySelector('.offer-results')).toHaveClass('is-stale')
    expect(document.body.textContent).not.toMatch(/NaN|undefined/)
    await act(() => vi.advanceTimersByTimeAsync(2_000))
    expect(mockedApi.estimateOffer.mock.calls.length).toBe(calls)

    await user.type(base, '{Backspace}')
    await waitFor(() => expect(status()).not.toHaveTextContent('Out of date'), SLOW)
    expect(container.querySelector('.offer-results')).not.toHaveClass('is-stale')
    vi.useRealTimers()
  })

  it('re-estimates with the runner-up occupation in one click', async () => {
    const { user } = renderView()
    await fillOffer(user, {})
    await within(status()).findByText(NATIONAL_SENTENCE, {}, SLOW)

    await user.click(screen.getByRole('button', { name: 'Computer Programmers (SOC 15-1251)' }))
    await waitFor(() => expect(lastEstimateInput()?.soc).toBe('15-1251'), SLOW)
    expect(lastEstimateInput()).toMatchObject({ title: 'Software engineer', base: 150000 })
    await screen.findByRole('button', { name: 'Worth’s best match for your title' })
  })

  it('asks which place is meant when the location is ambiguous and sends the chosen areaCode', async () => {
    mockedApi.estimateOffer.mockImplementation(async (input) =>
      input.areaCode
        ? { ok: true, value: SOFTWARE_ENGINEER_US_OFFER_ESTIMATE }
        : failure('ambiguous-location', 'location', 'Location "Portland" could mean several places.', [
            'Portland, ME (Portland-South Portland, ME)',
            'Portland, OR (Portland-Vancouver-Hillsboro, OR-WA)',
          ]),
    )
    const { user } = renderView()
    await fillOffer(user, { location: 'Portland' })

    const question = await screen.findByRole('group', { name: 'Which Portland do you mean?' }, SLOW)
    await user.click(within(question).getByRole('button', { name: /^Portland, OR/ }))

    await waitFor(() => expect(lastEstimateInput()?.areaCode).toBe('38900'), SLOW)
    expect(lastEstimateInput()?.location).toBe('Portland, OR')
    await within(status()).findByText(NATIONAL_SENTENCE, {}, SLOW)
    expect(screen.queryByRole('group', { name: 'Which Portland do you mean?' })).not.toBeInTheDocument()
  })

  it('shows an unknown title under the Job title field with the closest matches', async () => {
    mockedApi.estimateOffer.mockImplementation(async (input) =>
      input.title === 'Sofware enginer'
        ? failure('unknown-title', 'title', 'Worth does not know the job title “Sofware enginer”.', [
            'Software Engineer',
          ])
        : { ok: true, value: SOFTWARE_ENGINEER_US_OFFER_ESTIMATE },
    )
    const { user } = renderView()
    await fillOffer(user, { title: 'Sofware enginer' })
    const title = screen.getByRole('combobox', { name: 'Job title' })
    await waitFor(() => expect(title).toHaveAccessibleDescription(/does not know the job title/), SLOW)
    expect(title).toHaveAttribute('aria-invalid', 'true')

    await user.click(screen.getByRole('button', { name: 'Software Engineer' }))
    await within(status()).findByText(NATIONAL_SENTENCE, {}, SLOW)
    expect(title).toHaveValue('Software Engineer')
  })
})

describe('OfferView and Market insights', () => {
  it('headlines the base percentile alone; the survey figure is shown apart, with its source and caveats', async () => {
    mockedApi.estimateOffer.mockImplementation(async () => ({ ok: true, value: BACKEND_ARCHITECT_ESTIMATE }))
    const { user } = renderView()
    await fillOffer(user, { title: 'Backend Architect', base: '120000' })
    await waitFor(
      () =>
        expect(status()).toHaveTextContent(
          'Your base of $120,000 is at the 39th percentile for Software Developers in the United States',
        ),
      SLOW,
    )
    expect(status()).not.toHaveTextContent('salary survey')
    const survey = screen.getByRole('region', { name: 'In the salary survey (total pay, as reported)' })
    expect(survey).toHaveTextContent(
      'Your total of $120,000 is at the 78th percentile of total pay for Backend Architect in the 2025 salary survey (reported).',
    )
    expect(survey).toHaveTextContent(
      'Source: Backend Architect Salary Insights for USA (2025), 2025 salary survey (reported).',
    )
    const caveats = textsOf(survey, 'listitem')
    expect(caveats[0]).toContain('They measure different things')
    expect(caveats).toEqual(
      expect.arrayContaining([expect.stringContaining('is below its own average base salary ($99,955)')]),
    )
  })

  it('shows the prevailing wage level the base meets, with the four levels and the source', async () => {
    mockedApi.estimateOffer.mockImplementation(async () => ({
      ok: true,
      value: SOFTWARE_ENGINEER_SEATTLE_ESTIMATE,
    }))
    const { user } = renderView()
    await fillOffer(user, { location: 'Seattle, WA', base: '175000' })
    const card = await screen.findByRole('region', { name: 'Prevailing wage level: Level II' }, SLOW)
    expect(card).toHaveTextContent(
      'Your base of $175,000 meets prevailing wage Level II (qualified, $149,240) but not Level III ($180,710)',
    )
    const rows = textsOf(card, 'row')
    expect(rows).toEqual([
      'LevelYearly wage',
      'Level I (entry)$117,749',
      'Level II (qualified)$149,240',
      'Level III (experienced)$180,710',
      'Level IV (fully competent)$212,202',
    ])
    expect(card).toHaveTextContent(
      'Source: DOL OFLC prevailing wage levels, wage year July 2025 - June 2026.',
    )
  })

  it('says when there is no prevailing wage level for the place', async () => {
    mockedApi.estimateOffer.mockImplementation(async () => ({ ok: true, value: BACKEND_ARCHITECT_ESTIMATE }))
    const { user } = renderView()
    await fillOffer(user, { title: 'Backend Architect', base: '120000' })
    const card = await screen.findByRole(
      'region',
      { name: 'Prevailing wage level: No level for this place' },
      SLOW,
    )
    expect(card).toHaveTextContent('choose a city to see which wage level your base meets')
    expect(within(card).queryByRole('table')).toBeNull()
  })

  it('shows no survey line when the estimate has none', async () => {
    const { user } = renderView()
    await fillOffer(user, {})
    await within(status()).findByText(NATIONAL_SENTENCE, {}, SLOW)
    expect(status()).not.toHaveTextContent('salary survey')
  })

  it('hands the shown title, place and chosen occupation to Market insights in one click', async () => {
    const onOpenInsights = vi.fn()
    const user = setupUser()
    render(<OfferView draftStore={memoryDraftStore()} onOpenInsights={onOpenInsights} />)
    await fillOffer(user, { location: 'Seattle, WA' })
    await within(status()).findByText(SEATTLE_SENTENCE, {}, SLOW)
    await user.click(
      screen.getByRole('button', {
        name: 'See market insights for Software Developers in Seattle-Tacoma-Bellevue, WA',
      }),
    )
    expect(onOpenInsights).toHaveBeenCalledWith({
      title: 'Software engineer',
      location: 'Seattle, WA',
      soc: null,
      areaCode: null,
    })
  })

  it('has no insights link when no view can open it', async () => {
    const { user } = renderView()
    await fillOffer(user, {})
    await within(status()).findByText(NATIONAL_SENTENCE, {}, SLOW)
    expect(screen.queryByRole('button', { name: /See market insights/ })).not.toBeInTheDocument()
  })
})

describe('OfferView drafts', () => {
  it('saves what is typed and restores it on the next start', async () => {
    const user = setupUser()
    const store = memoryDraftStore()
    const first = render(<OfferView draftStore={store} />)
    await user.type(screen.getByRole('combobox', { name: 'Job title' }), 'Data scientist')
    await user.type(screen.getByLabelText('Annual bonus'), '12k')
    await waitFor(() => expect(store.saved.length).toBeGreaterThan(0), SLOW)
    first.unmount()

    render(<OfferView draftStore={store} />)
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Job title' })).toHaveValue('Data scientist'),
    )
    expect(screen.getByLabelText('Annual bonus')).toHaveValue('12k')
  })
})
