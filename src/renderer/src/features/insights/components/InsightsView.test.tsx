import { render, screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { InsightsInput } from '../../../../../shared/contract'
import { memoryDraftStore } from '../../../db/drafts'
import * as api from '../../../lib/api'
import {
  AMBIGUOUS_PORTLAND_ERROR,
  BACKEND_ARCHITECT_SEATTLE,
  BACKEND_ARCHITECT_US,
  DATABASE_ARCHITECTS_US,
  REGISTERED_NURSE_CLEVELAND,
  SOFTWARE_DEVELOPER_SEATTLE,
  UNKNOWN_TITLE_ERROR,
} from '../../../../../../test/fixtures/replies'
import type { InsightsPrefill } from '../insightsForm'
import { InsightsView } from './InsightsView'
import { UNTIL_SHOWN } from '../../../test/waits'
import { setupUser } from '../../../test/clock'
import { answerEachTest } from '../../../test/apiMock'
import { statusShows, textsOf } from '../../../test/shown'

vi.mock('../../../lib/api', () => import('../../../test/apiMock'))

const mockedApi = vi.mocked(api)
const SLOW = UNTIL_SHOWN
const BA_HEADLINE = 'Market insights for Backend Architect in the United States'

/** Answers like the real backend for the inputs the fixtures were recorded with. */
async function fakeInsights(input: InsightsInput): ReturnType<typeof api.roleInsights> {
  const title = input.title.toLowerCase()
  const place = input.location.toLowerCase()
  if (input.soc === '15-1243') return { ok: true, value: DATABASE_ARCHITECTS_US }
  if (place === 'portland' && !input.areaCode) return { ok: false, error: AMBIGUOUS_PORTLAND_ERROR }
  if (title === 'backend architect' && place.startsWith('seattle'))
    return { ok: true, value: BACKEND_ARCHITECT_SEATTLE }
  if (title === 'backend architect') return { ok: true, value: BACKEND_ARCHITECT_US }
  if (title.startsWith('software developer')) return { ok: true, value: SOFTWARE_DEVELOPER_SEATTLE }
  if (title.startsWith('registered nurse')) return { ok: true, value: REGISTERED_NURSE_CLEVELAND }
  return { ok: false, error: UNKNOWN_TITLE_ERROR }
}

answerEachTest({ roleInsights: fakeInsights })

function renderView(prefill?: InsightsPrefill) {
  const user = setupUser()
  const store = memoryDraftStore()
  const view = render(<InsightsView draftStore={store} prefill={prefill} chartWidth={720} />)
  return { user, store, ...view }
}

const status = () => screen.getByRole('status')
const region = (name: string) => screen.getByRole('region', { name })
const lastInput = () => mockedApi.roleInsights.mock.lastCall?.[0]

/** Fills both fields the way a paste does (one input event each: typing key by key is tested apart). */
async function ask(user: UserEvent, title: string, location: string, headline: string) {
  await user.click(screen.getByRole('combobox', { name: 'Job title' }))
  await user.paste(title)
  await user.click(screen.getByRole('combobox', { name: 'Location' }))
  await user.paste(location)
  await statusShows(headline)
}

async function showBackendArchitect() {
  const rendered = renderView()
  await ask(rendered.user, 'Backend Architect', 'United States', BA_HEADLINE)
  return rendered
}

/** The body rows of a table, as text (the header row left out). */
const rowTexts = (table: HTMLElement) => textsOf(table, 'row').slice(1)

describe('InsightsView form', () => {
  it('has labelled Job title and Location comboboxes and a polite live region', () => {
    renderView()
    expect(screen.getByText('Job title', { selector: 'label' })).toBeVisible()
    expect(screen.getByText('Location', { selector: 'label' })).toBeVisible()
    expect(screen.getByRole('combobox', { name: 'Job title' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Location' })).toBeInTheDocument()
    expect(status()).toHaveAttribute('aria-live', 'polite')
    expect(status()).toHaveTextContent('Type a job title and a location')
    expect(mockedApi.roleInsights).not.toHaveBeenCalled()
  })

  it('asks the backend when the fields change and announces what it shows', async () => {
    const { user } = await showBackendArchitect()
    expect(lastInput()).toEqual({ title: 'Backend Architect', location: 'United States' })
    const location = screen.getByRole('combobox', { name: 'Location' })
    // Pasted, not typed key by key: each keystroke redraws the charts, which on a loaded 2-core machine took
    // longer than the test's time; what is checked is that a change of the fields asks the backend.
    await user.clear(location)
    await user.paste('Cleveland, OH')
    const title = screen.getByRole('combobox', { name: 'Job title' })
    await user.clear(title)
    await user.paste('Registered Nurse')
    await statusShows('Market insights for Registered Nurses in Cleveland, OH')
    expect(lastInput()).toEqual({ title: 'Registered Nurse', location: 'Cleveland, OH' })
  })

  it('starts from a prefill with its occupation and area', async () => {
    renderView({ title: 'Registered Nurse', location: 'Cleveland, OH', soc: '29-1141', areaCode: '17410' })
    expect(screen.getByRole('combobox', { name: 'Job title' })).toHaveValue('Registered Nurse')
    expect(screen.getByRole('combobox', { name: 'Location' })).toHaveValue('Cleveland, OH')
    await statusShows('Market insights for Registered Nurses in Cleveland, OH')
    expect(lastInput()).toEqual({
      title: 'Registered Nurse',
      soc: '29-1141',
      location: 'Cleveland, OH',
      areaCode: '17410',
    })
  })

  it('shows an unknown title under the Job title field, with the closest matches', async () => {
    const { user } = renderView()
    await user.type(screen.getByRole('combobox', { name: 'Job title' }), 'Zzqx blorf')
    await user.type(screen.getByRole('combobox', { name: 'Location' }), 'United States')
    const title = screen.getByRole('combobox', { name: 'Job title' })
    await waitFor(() => expect(title).toHaveAccessibleDescription(/is not a job title Worth knows/), SLOW)
    expect(title).toHaveAttribute('aria-invalid', 'true')
    const choices = screen.getByRole('group', { name: 'Did you mean:' })
    expect(within(choices).getByRole('button', { name: 'Zoologists and Wildlife Biologists' })).toBeVisible()
  })

  it('asks which place is meant when the location is ambiguous, then sends the chosen area', async () => {
    const { user } = renderView()
    await user.type(screen.getByRole('combobox', { name: 'Job title' }), 'Registered Nurse')
    await user.type(screen.getByRole('combobox', { name: 'Location' }), 'Portland')
    const question = await screen.findByRole('group', { name: 'Which Portland do you mean?' }, SLOW)
    await user.click(within(question).getByRole('button', { name: /^Portland, OR/ }))
    await waitFor(
      () => expect(lastInput()).toMatchObject({ location: 'Portland, OR', areaCode: '38900' }),
      SLOW,
    )
  })
})

describe('InsightsView sections for Backend Architect in the United States', () => {
  it('shows the pay summary with badges and sources', async () => {
    await showBackendArchitect()
    const summary = region('Pay summary')
    const item = (key: string) => within(summary).getByTestId(`summary-${key}`)
    expect(item('total')).toHaveTextContent('Median total pay$93,599Range $60,008 (P10) to $139,901 (P90)')
    expect(item('base')).toHaveTextContent('Base pay range$60,000–$140,000Average $99,955')
    expect(item('bonus')).toHaveTextContent('Annual bonus$17,000–$23,000')
    expect(item('stock')).toHaveTextContent('Stock per year$22,000–$43,000')
    expect(item('additional')).toHaveTextContent('Additional pay$25,875')
    for (const key of ['total', 'base', 'bonus', 'stock', 'additional']) {
      expect(item(key)).toHaveTextContent('2025 salary survey (reported)')
      expect(item(key)).toHaveTextContent('Source: Backend Architect Salary Insights for USA (2025)')
    }
  })

  it('shows the survey contradictions prominently, before the figures', async () => {
    await showBackendArchitect()
    const notes = region('Read before using these figures')
    expect(notes).toHaveTextContent(
      "The survey's median total pay ($93,599) is below its own average base salary ($99,955)",
    )
    expect(notes).toHaveTextContent('are above its own 90th percentile of total pay ($139,901)')
    expect(notes.compareDocumentPosition(region('Pay summary'))).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
  })

  it('shows the survey total-pay percentiles beside the BLS base pay of the nearest occupation', async () => {
    await showBackendArchitect()
    const section = region('Pay percentiles')
    const [survey, bls] = within(section).getAllByRole('table')
    expect(rowTexts(survey as HTMLElement)).toEqual([
      '10th percentile$60,008',
      '50th percentile$93,599',
      '90th percentile$139,901',
    ])
    expect(rowTexts(bls as HTMLElement)).toEqual([
      '10th percentile$79,850published',
      '25th percentile$103,050published',
      '50th percentile$133,080published',
      '75th percentile$169,000published',
      '90th percentile$211,450published',
    ])
    expect(section).toHaveTextContent('Nearest BLS occupation: Software Developers (SOC 15-1252)')
    expect(section).toHaveTextContent(BACKEND_ARCHITECT_US.role.nearest?.why ?? 'missing')
    // The offer view's chart, without an offer line.
    await waitFor(() => expect(section.querySelectorAll('.recharts-reference-line')).toHaveLength(5))
    expect(section.querySelector('.reference-line-offer')).toBeNull()
  })

  it('draws pay by experience with a table alternative', async () => {
    await showBackendArchitect()
    const section = region('Pay by experience')
    await waitFor(() => expect(section.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(4))
    expect(section.querySelector('svg title, svg desc')).not.toBeNull()
    expect(rowTexts(within(section).getByRole('table'))).toEqual([
      '0-2 years$90,0002025 salary survey (reported)',
      '3-5 years$120,0002025 salary survey (reported)',
      '6-10 years$150,0002025 salary survey (reported)',
      'More than 10 years$180,0002025 salary survey (reported)',
    ])
  })

  it('draws pay by city sorted, with ranges kept as ranges, and adjusts it for cost of living', async () => {
    const { user } = await showBackendArchitect()
    const section = region('Pay by city')
    await waitFor(() => expect(section.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(9))
    expect(rowTexts(within(section).getByRole('table')).map((row) => row.replace(/2025 .*$/, ''))).toEqual([
      'San Francisco$150,000',
      'New York$140,000',
      'Seattle$135,000',
      'Boston$120,000–$130,000',
      'Los Angeles$120,000–$130,000',
      'Washington, DC$120,000–$130,000',
      'Dallas$105,000–$115,000',
      'Chicago$105,000–$115,000',
      'Atlanta$105,000–$115,000',
    ])
    const toggle = within(section).getByRole('checkbox', { name: 'Adjust for cost of living' })
    expect(toggle).toBeEnabled()
    await user.click(toggle)
    // San Francisco: $150,000 x 100 / its BEA 2023 price parity of 118.23 = $126,871.
    await waitFor(() =>
      expect(rowTexts(within(section).getByRole('table'))[0]).toMatch(/^San Francisco\$126,871/),
    )
  })

  it('describes the role, its skills and its career path', async () => {
    await showBackendArchitect()
    const section = region('About the role and career path')
    expect(section).toHaveTextContent(BACKEND_ARCHITECT_US.about.description ?? 'missing')
    expect(section).toHaveTextContent('— Worth’s summary')
    for (const skill of [
      'System Design',
      'Scalability',
      'API Development',
      'Database Management',
      'Cloud Computing',
    ])
      expect(within(section).getByText(skill)).toBeInTheDocument()
    expect(section).toHaveTextContent('Skills as listed by Backend Architect Salary Insights for USA (2025).')
    const steps = within(within(section).getByRole('list', { name: 'Career path' })).getAllByRole('listitem')
    expect(steps.map((step) => step.textContent)).toEqual([
      'Software Engineer0-2 years$90,0002025 salary survey (reported)',
      'Senior Software Engineer3-5 years$120,0002025 salary survey (reported)',
      'Lead Software Engineer5-8 yearspay not known',
      'Principal Architect8+ yearspay not known',
    ])
  })

  it('lists the factors, measured or not, with the backend’s sentences', async () => {
    await showBackendArchitect()
    const section = region('Factors that move pay')
    expect(section).toHaveTextContent(
      'The survey reports a median of $90,000 at 0-2 years and $180,000 after 10 years (100% more).',
    )
    expect(section).toHaveTextContent('Pay from $90,000 to $180,000')
    expect(within(section).getAllByText('Not measured')).toHaveLength(3)
    expect(section).toHaveTextContent('OEWS reports pay by occupation, not by degree.')
  })

  it('highlights the experience band picked in the what-if', async () => {
    const { user } = await showBackendArchitect()
    const factors = region('Factors that move pay')
    await user.click(within(factors).getByRole('radio', { name: '6-10 years' }))
    expect(factors).toHaveTextContent('Median pay with 6-10 years: $150,000')
    const experience = region('Pay by experience')
    expect(within(experience).getByRole('row', { name: /^6-10 years/ })).toHaveAttribute(
      'aria-current',
      'true',
    )
    await waitFor(() => expect(experience.querySelectorAll('.experience-bar.is-selected')).toHaveLength(1))
  })

  it('compares another place by asking the backend for it', async () => {
    const { user } = await showBackendArchitect()
    const factors = region('Factors that move pay')
    await user.type(within(factors).getByRole('combobox', { name: 'Compare another place' }), 'Seattle, WA')
    await waitFor(
      () =>
        expect(factors).toHaveTextContent(
          'Median base pay for Software Developers: $133,080 in the United States, $178,317 in Seattle-Tacoma-Bellevue, WA — $45,237 (34%) more in Seattle-Tacoma-Bellevue, WA.',
        ),
      SLOW,
    )
    expect(lastInput()).toEqual({ title: 'Backend Architect', location: 'Seattle, WA' })
    // The page itself still shows the United States.
    expect(status()).toHaveTextContent(BA_HEADLINE)
  })

  it('answers the guidance questions under their own headings', async () => {
    await showBackendArchitect()
    const section = region('Guidance')
    for (const entry of BACKEND_ARCHITECT_US.guidance) {
      expect(within(section).getByRole('heading', { name: entry.question })).toBeInTheDocument()
      expect(section).toHaveTextContent(entry.answer)
    }
  })

  it('lists the sources with publisher, title, release and licence', async () => {
    await showBackendArchitect()
    const sources = region('Sources')
    expect(sources).toHaveTextContent(
      'Commercial salary-insights page (user-reported salaries and a proprietary total-pay model), Backend Architect Salary Insights for USA (2025) (2025 salary survey (reported)). Figures cited as facts; none of its text is reused.',
    )
    expect(sources).toHaveTextContent('U.S. Bureau of Labor Statistics')
    expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/)
  })

  it('loads a related occupation by its SOC in one click', async () => {
    const { user } = await showBackendArchitect()
    const related = region('Related titles')
    await user.click(
      within(related).getByRole('button', { name: /^Database Architects \(median \$135,980\)/ }),
    )
    await statusShows('Market insights for Database Architects in the United States')
    expect(lastInput()).toEqual({ title: 'Database Architects', soc: '15-1243', location: 'United States' })
    expect(screen.getByRole('combobox', { name: 'Job title' })).toHaveValue('Database Architects')
  })

  it('loads another title of the same occupation without pinning the SOC', async () => {
    const { user } = await showBackendArchitect()
    const related = region('Related titles')
    const other = BACKEND_ARCHITECT_US.relatedTitles.find((entry) => entry.kind === 'title')
    if (!other) throw new Error('fixture has no title')
    await user.click(within(related).getByRole('button', { name: new RegExp(`^${other.title} \\(median`) }))
    await waitFor(() => expect(lastInput()).toEqual({ title: other.title, location: 'United States' }), SLOW)
  })
})

describe('InsightsView for BLS profiles', () => {
  it('says "No data" for total pay, bonus, stock and additional pay, never $0', async () => {
    const { user } = renderView()
    await ask(
      user,
      'Software Developer',
      'Seattle, WA',
      'Market insights for Software Developers in Seattle-Tacoma-Bellevue, WA',
    )
    const summary = region('Pay summary')
    for (const key of ['total', 'bonus', 'stock', 'additional']) {
      const item = within(summary).getByTestId(`summary-${key}`)
      expect(within(item).getAllByText('No data').length).toBeGreaterThan(0)
      expect(item).not.toHaveTextContent('$0')
    }
    expect(within(summary).getByTestId('summary-base')).toHaveTextContent('$100,783–$299,106Median $178,317')
    expect(within(summary).getByTestId('summary-base')).toHaveTextContent('modelled')
    expect(screen.queryByRole('region', { name: 'Read before using these figures' })).toHaveTextContent(
      'modelled from DOL',
    )
    // No survey: the percentiles section shows the BLS view only.
    expect(within(region('Pay percentiles')).getAllByRole('table')).toHaveLength(1)
    expect(within(region('Pay by city')).getByRole('row', { name: /^Seattle\W+your place/ })).toHaveClass(
      'is-selected',
    )
    expect(region('About the role and career path')).toHaveTextContent(
      '— O*NET 27.0 Database, USDOL/ETA (CC BY 4.0), quoted',
    )
    expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/)
  })

  it('draws the percentiles and the city chart for Registered Nurses in Cleveland', async () => {
    const { user } = renderView()
    await ask(
      user,
      'Registered Nurse',
      'Cleveland, OH',
      'Market insights for Registered Nurses in Cleveland, OH',
    )
    const percentiles = region('Pay percentiles')
    await waitFor(() => expect(percentiles.querySelectorAll('.recharts-reference-line')).toHaveLength(5))
    expect(within(percentiles).getByRole('row', { name: /50th percentile/ })).toHaveTextContent('$91,004')
    const city = region('Pay by city')
    await waitFor(() =>
      expect(city.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(
        REGISTERED_NURSE_CLEVELAND.byCity.length,
      ),
    )
    expect(within(city).getByRole('row', { name: /^Cleveland, OH\W+your place/ })).toHaveTextContent(
      '$91,004',
    )
  })
})
