import { render, screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { NegotiateInput } from '../../../../../shared/contract'
import { memoryDraftStore } from '../../../db/drafts'
import * as api from '../../../lib/api'
import * as files from '../../../lib/files'
import {
  SEATTLE_ASK_BELOW_OFFER_NEGOTIATION,
  SEATTLE_COUNTER_NEGOTIATION,
} from '../../../../../../test/fixtures/replies'
import type { NegotiatePrefill } from '../negotiateForm'
import { NegotiateView } from './NegotiateView'
import { UNTIL_SHOWN } from '../../../test/waits'
import { setupUser, retype } from '../../../test/clock'
import { answerEachTest, failure } from '../../../test/apiMock'
import { ROLE_AND_PAY_LABELS } from '../../../test/formLabels'
import { expectFields, textsOf } from '../../../test/shown'

vi.mock('../../../lib/api', () => import('../../../test/apiMock'))
vi.mock('../../../lib/files', () => import('../../../test/filesMock'))

const mockedApi = vi.mocked(api)
const mockedFiles = vi.mocked(files)
const SLOW = UNTIL_SHOWN
const SENTENCE = /^Ask for a base of \$232,850: \$82,850 \(55\.2%\) more than the offer/
const BRIEF_DATE = new Date(2026, 10, 28, 10, 0)

const PREFILL: NegotiatePrefill = {
  title: 'Software engineer',
  location: 'Seattle, WA',
  soc: '15-1252',
  areaCode: '42660',
  years: 5,
  base: 150000,
  bonus: 15000,
  stock: 40000,
  signon: 20000,
}

answerEachTest({
  negotiateOffer: async (input) => ({
    ok: true,
    value:
      input.ask !== undefined && input.ask < input.base
        ? SEATTLE_ASK_BELOW_OFFER_NEGOTIATION
        : SEATTLE_COUNTER_NEGOTIATION,
  }),
})

function lastInput(): NegotiateInput | undefined {
  return mockedApi.negotiateOffer.mock.lastCall?.[0]
}

function renderView(prefill: NegotiatePrefill | null = null, store = memoryDraftStore()) {
  const user = setupUser()
  const view = render(
    <NegotiateView draftStore={store} prefill={prefill} chartWidth={640} now={() => BRIEF_DATE} />,
  )
  return { user, store, ...view }
}

async function showResult(prefill: NegotiatePrefill | null = PREFILL) {
  const rendered = renderView(prefill)
  await waitFor(() => expect(status()).toHaveTextContent(SENTENCE), SLOW)
  return rendered
}

function status(): HTMLElement {
  return screen.getAllByRole('status')[0]!
}

const region = (name: string) => screen.getByRole('region', { name })
const valueOf = (element: HTMLElement) => (element as HTMLTextAreaElement).value

describe('NegotiateView form', () => {
  it('labels every field and reaches each with Tab', async () => {
    const { user } = renderView()
    for (const label of [...ROLE_AND_PAY_LABELS, 'Worth’s pick for your level']) {
      await user.tab()
      expect(screen.getByLabelText(label)).toHaveFocus()
    }
    // Arrow keys move within the radio group; Tab goes on to the rest (Worth's pick has no input of its own).
    for (const label of [
      'Your ask',
      'Best alternative offer',
      'Walk-away total',
      'Tax filing status',
      'The job is remote',
      'Where you live now',
    ]) {
      await user.tab()
      expect(screen.getByLabelText(label)).toHaveFocus()
    }
    expect(screen.queryByLabelText('Target percentile')).toBeNull()
    await user.click(screen.getByLabelText('A market percentile'))
    expect(screen.getByLabelText('Target percentile')).toHaveValue('75')
  })

  it.each([
    ['Target percentile', '120', /^Target percentile must be a number from 1 to 99/],
    ['Your ask', 'a lot', /^Your ask must be a number of US dollars/],
    ['Best alternative offer', '-200000', /^Best alternative offer cannot be negative/],
    ['Walk-away total', '0', /^Walk-away total must be more than \$0/],
    ['Base salary', 'abc', /^Base salary must be a number of US dollars/],
  ])('shows an inline message naming %s', async (label, text, message) => {
    const { user } = renderView()
    if (label === 'Target percentile') await user.click(screen.getByLabelText('A market percentile'))
    const input = screen.getByLabelText(label)
    await retype(user, input, text)
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(message)
    expect(input).toHaveValue(text)
  })

  it('switches the target to a take-home amount and sends it', async () => {
    const { user } = renderView(PREFILL)
    await user.click(screen.getByLabelText('A take-home amount'))
    const takeHome = screen.getByLabelText('Target take-home pay')
    expect(takeHome).toHaveAccessibleDescription(/^Target take-home pay is required/)
    await user.type(takeHome, '175k')
    await waitFor(() => expect(lastInput()?.target).toEqual({ kind: 'takeHome', value: 175000 }), SLOW)
  })

  it('shows a backend error under the field it is about, with the closest matches', async () => {
    mockedApi.negotiateOffer.mockResolvedValue(
      failure('unknown-title', 'title', 'Job title “Zzqx” matches no occupation Worth knows.', [
        'Zoologists and Wildlife Biologists',
      ]),
    )
    renderView({ ...PREFILL, title: 'Zzqx', soc: null })
    const title = screen.getByRole('combobox', { name: 'Job title' })
    await waitFor(() => expect(title).toHaveAccessibleDescription(/matches no occupation/), SLOW)
    const choices = screen.getByRole('group', { name: 'Did you mean:' })
    expect(within(choices).getByRole('button', { name: 'Zoologists and Wildlife Biologists' })).toBeVisible()
  })

  it('asks which place is meant when where the user lives now is ambiguous, under that field', async () => {
    mockedApi.negotiateOffer.mockImplementation(async (input) =>
      input.currentLocation === 'Portland'
        ? failure(
            'ambiguous-location',
            'currentLocation',
            'Where you live now: “Portland” could be several places.',
            ['Portland, OR', 'Portland, ME'],
          )
        : { ok: true, value: SEATTLE_COUNTER_NEGOTIATION },
    )
    const { user } = renderView(PREFILL)
    const home = screen.getByRole('combobox', { name: 'Where you live now' })
    await user.type(home, 'Portland')
    await waitFor(() => expect(home).toHaveAccessibleDescription(/could be several places/), SLOW)
    expect(screen.queryByRole('group', { name: /Which .* do you mean/ })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Portland, ME' }))
    expect(home).toHaveValue('Portland, ME')
    await waitFor(() => expect(lastInput()?.currentLocation).toBe('Portland, ME'), SLOW)
  })

  it('saves a draft as the user types and restores it next time', async () => {
    const { user, store, unmount } = renderView()
    await user.type(screen.getByLabelText('Walk-away total'), '190000')
    await user.click(screen.getByLabelText('The job is remote'))
    await waitFor(() => expect(store.saved.length).toBeGreaterThan(0), SLOW)
    expect(store.saved.at(-1)).toMatchObject({ fields: { walkaway: '190000' }, remote: true })
    unmount()
    renderView(null, store)
    await waitFor(() => expect(screen.getByLabelText('Walk-away total')).toHaveValue('190000'), SLOW)
    expect(screen.getByLabelText('The job is remote')).toBeChecked()
  })
})

describe('NegotiateView prefill from the offer view', () => {
  it('fills the offer in and asks at once with the occupation and area chosen there', async () => {
    await showResult(PREFILL)
    expectFields({
      'Job title': 'Software engineer',
      Location: 'Seattle, WA',
      'Years of experience': '5',
      'Base salary': '150000',
      'Annual bonus': '15000',
      'Stock per year': '40000',
      'Sign-on bonus': '20000',
    })
    // The prefill is asked as handed over (its occupation and area included), with the form's defaults.
    expect(lastInput()).toEqual({ ...PREFILL, filing: 'single', remote: false })
  })
})

describe('NegotiateView results', () => {
  it('announces the ask and shows it in big type with its range, percentile and take-home gain', async () => {
    await showResult()
    expect(status()).toHaveAttribute('aria-live', 'polite')
    const ask = region('Ask for')
    expect(within(ask).getByTestId('ask-amount')).toHaveTextContent('$232,850')
    // The range to quote runs from the ask up (as the tips and scripts say); the low end is the floor, named as such.
    expect(ask).toHaveTextContent('Quote: $232,850 to $270,200')
    expect(ask).toHaveTextContent('Lowest base before turning to trade-offs: $207,750')
    expect(ask).not.toHaveTextContent('Supporting range')
    expect(ask).toHaveTextContent('The 75th percentile (the offer: the 34th percentile)')
    expect(ask).toHaveTextContent('+$82,850 (55.2%)')
    expect(ask).toHaveTextContent('+$52,663 after tax')
    expect(ask).not.toHaveTextContent(/NaN|undefined/)
    // The ask field says what leaving it empty means.
    expect(screen.getByLabelText('Your ask')).toHaveAccessibleDescription(/now \$232,850/)
    expect(screen.getByLabelText('Your ask')).toHaveAttribute('placeholder', '232850')
    // The backend's one check on this ask: a raise of more than a fifth is a big step.
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your ask of $232,850 is 55% above the offered base of $150,000.',
    )
  })

  it('flags the guard rails in an alert', async () => {
    const { user } = await showResult()
    await user.type(screen.getByLabelText('Your ask'), '140000')
    // A loaded machine may send "14000" on the way (it is below the offer too): wait for the whole ask.
    await waitFor(() => expect(lastInput()?.ask).toBe(140000), SLOW)
    const alert = await screen.findByRole('alert', {}, SLOW)
    expect(alert).toHaveTextContent(
      'Your ask of $140,000 is $10,000 below the base already offered ($150,000).',
    )
    expect(alert).toHaveTextContent('below your walk-away of $205,000')
  })

  it('shows the trade-offs with their after-tax take-home', async () => {
    await showResult()
    const table = within(region('If base pay is capped')).getByRole('table')
    const rows = within(table).getAllByRole('row')
    expect(rows.map((row) => row.textContent)).toEqual([
      'Ask instead forAmountMatches the raise’sExtra take-home after tax',
      'Sign-on bonus$82,850first-year value$52,663',
      'Equity grant$331,4004-year value$214,385',
      'Annual bonus target$82,850 (55.2% of base)4-year value$214,385',
    ])
  })

  it('draws the market with the offer and the ask marked, with a table alternative', async () => {
    const { container } = await showResult()
    const chart = region(
      'Your offer and your ask in the market for Software Developers in Seattle-Tacoma-Bellevue, WA',
    )
    await waitFor(() => expect(container.querySelector('.reference-line-ask')).not.toBeNull(), SLOW)
    expect(container.querySelector('.reference-line-offer')).not.toBeNull()
    // The calculator's taller chart labels both lines where they are.
    expect(chart.querySelector('svg.recharts-surface')?.textContent).toMatch(
      /Your base.*Your ask|Your ask.*Your base/,
    )
    expect(within(chart).getByRole('figure')).toHaveAccessibleName(/dashed green line your ask/)
    const table = within(chart).getByRole('table')
    expect(within(table).getByRole('row', { name: /Your ask \$232,850 the 75th percentile/ })).toBeVisible()
    expect(
      within(table).getByRole('row', { name: /The offer’s base \$150,000 the 34th percentile/ }),
    ).toBeVisible()
    expect(within(table).getByRole('row', { name: /90th percentile \$299,106 modelled/ })).toBeVisible()
  })

  it('shows each tip with its short citation and the full references under Sources', async () => {
    await showResult()
    const tips = region('Tips for your situation')
    const items = within(tips).getAllByRole('listitem')
    expect(items[0]).toHaveTextContent(/\$28,317 below the median of \$178,317\. Lead with that gap/)
    expect(items[2]).toHaveTextContent(
      /^Name the precise figure, \$232,850, not a round one: .* \(Mason, Lee, Wiley & Ames 2013\)$/,
    )
    const sources = within(tips).getByRole('group', { name: 'Sources' })
    expect(sources).toHaveTextContent('Journal of Experimental Social Psychology, 49(4), 759-763.')
    expect(sources).toHaveTextContent('Galinsky, A. D., & Mussweiler, T. (2001)')
    expect(within(sources).getAllByRole('listitem')).toHaveLength(7)
  })
})

describe('NegotiateView scripts', () => {
  async function scripts(user?: UserEvent) {
    const rendered = await showResult()
    return { ...rendered, user: user ?? rendered.user, section: region('Scripts for your counter-offer') }
  }

  it('fills the chosen channel and tone into an editable text box, and keeps edits across choices', async () => {
    const { user, section } = await scripts()
    const box = within(section).getByLabelText('Your script')
    expect(valueOf(box)).toMatch(/^Subject: Thank you for the Software Engineer offer\n+Hello,/)
    await user.click(within(section).getByLabelText('Phone call'))
    await user.click(within(section).getByLabelText('Direct'))
    const phoneDirect = SEATTLE_COUNTER_NEGOTIATION.scripts.find(
      (s) => s.channel === 'phone' && s.tone === 'direct',
    )
    expect(box).toHaveValue(phoneDirect!.body)
    await retype(user, box, 'My own words')
    await user.click(within(section).getByLabelText('Warm'))
    expect(valueOf(box)).toMatch(/^Thank you for the offer/)
    await user.click(within(section).getByLabelText('Direct'))
    expect(box).toHaveValue('My own words')
    await user.click(within(section).getByRole('button', { name: 'Undo my edits' }))
    expect(valueOf(box)).toMatch(/^Thanks for the offer\. I would like to talk about the base/)
  })

  it('drops edits when the inputs change, since their numbers no longer hold', async () => {
    const { user, section } = await scripts()
    const box = within(section).getByLabelText('Your script')
    await user.type(box, ' Thanks!')
    expect(valueOf(box)).toMatch(/Thanks!$/)
    const calls = mockedApi.negotiateOffer.mock.calls.length
    await user.type(screen.getByLabelText('Walk-away total'), '195000')
    await waitFor(() => expect(mockedApi.negotiateOffer.mock.calls.length).toBeGreaterThan(calls), SLOW)
    await waitFor(() => expect(valueOf(box)).toMatch(/Best regards,$/), SLOW)
  })

  it('copies the text as shown and confirms in a live region', async () => {
    const { user, section } = await scripts()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    const box = within(section).getByLabelText('Your script')
    await user.type(box, ' P.S.')
    await user.click(within(section).getByRole('button', { name: 'Copy' }))
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^Subject: .*Best regards, P\.S\.$/s))
    expect(await navigator.clipboard.readText()).toMatch(/Best regards, P\.S\.$/)
    expect(within(section).getByRole('status')).toHaveTextContent('Copied the email script to the clipboard.')
  })

  it('says what to do when the clipboard is unavailable', async () => {
    const { user, section } = await scripts()
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard')
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
    try {
      await user.click(within(section).getByRole('button', { name: 'Copy' }))
      expect(within(section).getByRole('status')).toHaveTextContent(
        'Copying is not available here. Select the text in the box and press Ctrl+C',
      )
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original)
    }
  })
})

describe('NegotiateView brief', () => {
  it('opens a one-page brief with the offer, ask, evidence, trade-offs, walk-away and top tips', async () => {
    const { user } = await showResult()
    await user.click(screen.getByRole('button', { name: 'Open the negotiation brief' }))
    const brief = screen.getByRole('article', { name: 'Negotiation brief' })
    expect(brief).toHaveTextContent(
      'Software Engineer offer: Software Developers in Seattle-Tacoma-Bellevue, WA',
    )
    expect(brief).toHaveTextContent('Generated November 28, 2026')
    const offer = within(brief).getByRole('region', { name: 'The offer' })
    expect(offer).toHaveTextContent('Base salary$150,000')
    expect(offer).toHaveTextContent('Base at the 34th percentile')
    const ask = within(brief).getByRole('region', { name: 'The ask' })
    expect(ask).toHaveTextContent('$232,850 base a year')
    expect(ask).toHaveTextContent('Quote: $232,850 to $270,200; the 75th percentile.')
    expect(ask).toHaveTextContent('Lowest base before turning to trade-offs: $207,750.')
    expect(ask).toHaveTextContent('Walk away below $200,000 total a year.')
    const evidence = within(brief).getByRole('region', { name: 'Evidence' })
    expect(evidence).toHaveTextContent('50th percentile$178,317modelled')
    expect(evidence).toHaveTextContent(
      'Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS)',
    )
    expect(within(brief).getByRole('region', { name: 'If base pay is capped' })).toHaveTextContent('$331,400')
    const tips = within(brief).getByRole('region', { name: 'Top tips' })
    expect(
      within(tips)
        .getAllByRole('listitem')
        .map((item) => item.dataset.tip ?? ''),
    ).toEqual(['precise-number', 'anchor-first', 'bolstering-range', '', '', ''])
    expect(tips).toHaveTextContent('(Galinsky & Mussweiler 2001)')
    expect(tips).toHaveTextContent('Ames, D. R., & Mason, M. F. (2015)')
    await waitFor(() => expect(brief.querySelector('.reference-line-ask')).not.toBeNull(), SLOW)
    // The brief's short chart names the offer and ask lines in a key, not in labels over the curve and P50.
    const svg = brief.querySelector('svg.recharts-surface')!
    expect(svg.textContent).not.toMatch(/Your base|Your ask/)
    expect(svg.textContent).toContain('P50')
    const key = within(brief).getByRole('list', { name: 'Lines on the chart' })
    expect(textsOf(key, 'listitem')).toEqual(['Your base $150,000', 'Your ask $232,850'])
    // The calculator form is gone while the brief shows; the view's focus moved to the brief.
    expect(screen.queryByLabelText('Base salary')).toBeNull()
    expect(brief.parentElement).toHaveFocus()
  })

  it('says why take-home is missing and puts the competing-offer tip among the top tips', async () => {
    const base = SEATTLE_COUNTER_NEGOTIATION
    const competing = {
      id: 'competing-offer-higher',
      text: 'Your other offer pays $230,000 a year, $20,000 more than this one’s total of $210,000.',
      cites: [],
    }
    mockedApi.negotiateOffer.mockImplementation(async () => ({
      ok: true,
      value: {
        ...base,
        current: { ...base.current, takeHome: null },
        ask: { ...base.ask, takeHome: null, takeHomeGain: null },
        tradeoffs: base.tradeoffs.map((tradeoff) => ({ ...tradeoff, takeHome: null })),
        alternative: 230000,
        tips: [...base.tips, competing],
      },
    }))
    const { user } = await showResult()
    const needsState = 'Take-home needs a state: type a city with its state, e.g. Kansas City, MO.'
    expect(region('Ask for')).toHaveTextContent(`Extra take-home pay, first year${needsState}`)
    expect(region('If base pay is capped')).toHaveTextContent(needsState)
    await user.click(screen.getByRole('button', { name: 'Open the negotiation brief' }))
    const brief = screen.getByRole('article', { name: 'Negotiation brief' })
    expect(within(brief).getByRole('region', { name: 'The ask' })).toHaveTextContent(needsState)
    const tips = within(brief).getByRole('region', { name: 'Top tips' })
    expect(tips).toHaveTextContent('Your other offer pays $230,000 a year')
    expect(brief).not.toHaveTextContent(/NaN|undefined/)
  })

  it('prints the brief in a browser and comes back to the calculator', async () => {
    const { user } = await showResult()
    await user.click(screen.getByRole('button', { name: 'Open the negotiation brief' }))
    await user.click(screen.getByRole('button', { name: 'Print' }))
    expect(mockedFiles.savePageAsPdf).toHaveBeenCalledWith(
      'Worth brief - Software Developers - Seattle-Tacoma-Bellevue, WA - 2026-11-28.pdf',
    )
    expect(await screen.findByText('Sent the brief to the print dialog.')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Back to the calculator' }))
    expect(screen.getByLabelText('Base salary')).toHaveValue('150000')
    expect(screen.getByRole('button', { name: 'Open the negotiation brief' })).toHaveFocus()
  })

  it('saves the brief as a PDF on the desktop and says where', async () => {
    mockedFiles.hasNativeDialogs.mockReturnValue(true)
    mockedFiles.savePageAsPdf.mockResolvedValue({
      ok: true,
      value: { saved: true, path: '/home/a/brief.pdf' },
    })
    const { user } = await showResult()
    await user.click(screen.getByRole('button', { name: 'Open the negotiation brief' }))
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }))
    expect(await screen.findByText('Saved the brief to /home/a/brief.pdf.')).toBeVisible()
  })
})
