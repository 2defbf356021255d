// Every schema of the contract, channel by channel, with good and bad inputs: what it accepts (and the defaults and
// conversions it adds) and, for what it refuses, every message in order — the first is what the user is shown. The
// expected lines were recorded from the schemas as they were, so a change of zod build, locale or wording that
// alters a message, a default or the strictness fails here.
import { describe, expect, it } from 'vitest'
import { parseOutcome as outcome } from '../../test/parseOutcome'
import { SEATTLE } from '../../test/fixtures/offers'
import { STARTUP } from '../../test/fixtures/startupVsPublic'
import {
  channels,
  CompareInputSchema,
  DatasetInfoInputSchema,
  EquivalentSalaryInputSchema,
  EstimateInputSchema,
  InsightsInputSchema,
  LocationSearchInputSchema,
  NegotiateInputSchema,
  OfferCheckInputSchema,
  TaxInputSchema,
  TitleSearchInputSchema,
} from './contract'
import { FileKindSchema, OpenTextInputSchema, SavePdfInputSchema, SaveTextInputSchema } from './desktop'
import {
  BenefitsSchema,
  EquitySchema,
  EsppSchema,
  ExitScenarioSchema,
  HistoryEntrySchema,
  OffersExportSchema,
  OfferSchema,
  RefreshSchema,
  RsuGrantSchema,
  VestingScheduleSchema,
  type Offer,
} from './offer'

const long = (n: number) => 'x'.repeat(n)
const role = { title: 'Software Developer', location: 'Seattle, WA' }
const pay = { ...role, base: 150_000 }
const offer = (patch: Record<string, unknown>) => ({ ...SEATTLE, ...patch })
const options = STARTUP.equity as Extract<Offer['equity'], { kind: 'options' }>

describe('search channels (titles:search, locations:search)', () => {
  it('accepts a query and a whole limit from 1 to 50', () => {
    expect(channels['locations:search'].input).toBe(LocationSearchInputSchema)
    const s = TitleSearchInputSchema
    expect(outcome(s, { query: 'dev' })).toBe('accepted')
    expect(outcome(s, { query: '', limit: 50 })).toBe('accepted')
    expect(outcome(s, { query: long(200), limit: 1 })).toBe('accepted')
  })

  it('refuses the rest', () => {
    const s = TitleSearchInputSchema
    expect(outcome(s, { query: long(201) })).toBe('refused query: must be at most 200 characters')
    expect(outcome(s, {})).toBe('refused query: Invalid input: expected string, received undefined')
    expect(outcome(s, { query: 5 })).toBe('refused query: Invalid input: expected string, received number')
    expect(outcome(s, { query: 'dev', limit: 0 })).toBe('refused limit: Too small: expected number to be >=1')
    expect(outcome(s, { query: 'dev', limit: 51 })).toBe('refused limit: Too big: expected number to be <=50')
    expect(outcome(s, { query: 'dev', limit: 2.5 })).toBe(
      'refused limit: Invalid input: expected int, received number',
    )
    expect(outcome(s, { query: 'dev', limit: '5' })).toBe(
      'refused limit: Invalid input: expected number, received string',
    )
    expect(outcome(s, { query: 'dev', limit: Infinity })).toBe(
      'refused limit: Invalid input: expected number, received Infinity',
    )
    expect(outcome(s, { query: 'dev', limit: NaN })).toBe(
      'refused limit: Invalid input: expected number, received NaN',
    )
    expect(outcome(s, { query: 'dev', sneaky: 1 })).toBe('refused (input): Unrecognized key: "sneaky"')
    expect(outcome(s, null)).toBe('refused (input): Invalid input: expected object, received null')
    expect(outcome(s, 'dev')).toBe('refused (input): Invalid input: expected object, received string')
    expect(outcome(s, [])).toBe('refused (input): Invalid input: expected object, received array')
  })
})

describe('estimate:offer', () => {
  const s = EstimateInputSchema
  it('accepts a role, a place and a base, adding the other pay as $0', () => {
    expect(outcome(s, pay)).toBe('accepted with bonus=0, stock=0, signon=0')
    expect(outcome(s, { ...pay, years: null, bonus: 10_000, stock: 0, signon: 10_000_000 })).toBe('accepted')
    expect(outcome(s, { ...pay, years: 60, soc: '15-1252', areaCode: '42660' })).toBe(
      'accepted with bonus=0, stock=0, signon=0',
    )
    expect(outcome(s, { ...pay, years: undefined, areaCode: 'US' })).toBe(
      'accepted with bonus=0, stock=0, signon=0',
    )
    expect(outcome(s, { ...pay, base: 0.01, years: 0 })).toBe('accepted with bonus=0, stock=0, signon=0')
  })

  it('refuses bad amounts with the messages the user sees', () => {
    expect(outcome(s, { ...pay, base: 0 })).toBe('refused base: must be more than $0')
    expect(outcome(s, { ...pay, base: -1 })).toBe(
      'refused base: cannot be negative | base: must be more than $0',
    )
    expect(outcome(s, { ...pay, base: 10_000_001 })).toBe('refused base: must be at most $10,000,000 a year')
    expect(outcome(s, { ...pay, base: Infinity })).toBe('refused base: must be a number of US dollars')
    expect(outcome(s, { ...pay, base: -Infinity })).toBe('refused base: must be a number of US dollars')
    expect(outcome(s, { ...pay, base: NaN })).toBe('refused base: must be a number of US dollars')
    expect(outcome(s, { ...pay, base: '150000' })).toBe('refused base: must be a number of US dollars')
    expect(outcome(s, { ...pay, base: null })).toBe('refused base: must be a number of US dollars')
    expect(outcome(s, role)).toBe('refused base: must be a number of US dollars')
    expect(outcome(s, { ...pay, bonus: -5 })).toBe('refused bonus: cannot be negative')
    expect(outcome(s, { ...pay, stock: 10_000_001 })).toBe(
      'refused stock: must be at most $10,000,000 a year',
    )
    expect(outcome(s, { ...pay, signon: Infinity })).toBe('refused signon: must be a number of US dollars')
    expect(outcome(s, { ...pay, bonus: null })).toBe('refused bonus: must be a number of US dollars')
  })

  it('refuses bad years, codes, texts and keys', () => {
    expect(outcome(s, { ...pay, years: -1 })).toBe('refused years: cannot be negative')
    expect(outcome(s, { ...pay, years: 61 })).toBe('refused years: must be at most 60')
    expect(outcome(s, { ...pay, years: Infinity })).toBe('refused years: must be a number of years')
    expect(outcome(s, { ...pay, years: NaN })).toBe('refused years: must be a number of years')
    expect(outcome(s, { ...pay, years: '5' })).toBe('refused years: must be a number of years')
    expect(outcome(s, { ...pay, soc: '151252' })).toBe(
      'refused soc: Invalid string: must match pattern /^\\d{2}-\\d{4}$/',
    )
    expect(outcome(s, { ...pay, soc: 151252 })).toBe(
      'refused soc: Invalid input: expected string, received number',
    )
    expect(outcome(s, { ...pay, areaCode: 'Texas' })).toBe(
      'refused areaCode: Invalid string: must match pattern /^\\d{5,7}$|^US$|^[A-Z]{2}$/',
    )
    expect(outcome(s, { ...pay, title: long(201) })).toBe('refused title: must be at most 200 characters')
    expect(outcome(s, { ...pay, location: undefined })).toBe(
      'refused location: Invalid input: expected string, received undefined',
    )
    expect(outcome(s, { ...pay, ask: 1 })).toBe('refused (input): Unrecognized key: "ask"')
    expect(outcome(s, { ...pay, base: -1, years: 99, title: 7 })).toBe(
      'refused title: Invalid input: expected string, received number | years: must be at most 60 | base: cannot be negative | base: must be more than $0',
    )
  })
})

describe('dataset:info and insights:role', () => {
  it('dataset:info takes nothing', () => {
    expect(outcome(DatasetInfoInputSchema, {})).toBe('accepted')
    expect(outcome(DatasetInfoInputSchema, { x: 1 })).toBe('refused (input): Unrecognized key: "x"')
    expect(outcome(DatasetInfoInputSchema, null)).toBe(
      'refused (input): Invalid input: expected object, received null',
    )
  })

  it('insights:role takes a role in a place', () => {
    const s = InsightsInputSchema
    expect(outcome(s, role)).toBe('accepted')
    expect(outcome(s, { ...role, soc: '15-1252', areaCode: 'WA' })).toBe('accepted')
    expect(outcome(s, { ...role, soc: '' })).toBe(
      'refused soc: Invalid string: must match pattern /^\\d{2}-\\d{4}$/',
    )
    expect(outcome(s, { ...role, years: 5 })).toBe('refused (input): Unrecognized key: "years"')
    expect(outcome(s, { title: 'x' })).toBe(
      'refused location: Invalid input: expected string, received undefined',
    )
  })
})

describe('compare:offers', () => {
  const s = CompareInputSchema
  const two = [SEATTLE, STARTUP]
  it('accepts 2 to 6 offers, adding the what-if defaults', () => {
    expect(outcome(s, { offers: two })).toBe(
      'accepted with filing="single", k401=0, stockChangePercent=0, bonusPayoutPercent=100, taxYear=2025',
    )
    expect(
      outcome(s, {
        offers: [...two, ...two, ...two],
        filing: 'hoh',
        k401: 100_000,
        stockChangePercent: -100,
        bonusPayoutPercent: 300,
        taxYear: 2026,
        exitChancePercent: 0,
      }),
    ).toBe('accepted')
    expect(outcome(s, { offers: [SEATTLE, offer({ id: 'b', base: '200k' })] })).toBe(
      'accepted with offers.1.base=200000, filing="single", k401=0, stockChangePercent=0, bonusPayoutPercent=100, taxYear=2025',
    )
  })

  it('refuses the rest', () => {
    expect(outcome(s, { offers: [SEATTLE] })).toBe('refused offers: compare at least 2 offers')
    expect(outcome(s, { offers: [...two, ...two, ...two, SEATTLE] })).toBe(
      'refused offers: compare at most 6 offers',
    )
    expect(outcome(s, { offers: 'all' })).toBe(
      'refused offers: Invalid input: expected array, received string',
    )
    expect(outcome(s, {})).toBe('refused offers: Invalid input: expected array, received undefined')
    expect(outcome(s, { offers: two, filing: 'married' })).toBe(
      'refused filing: Invalid option: expected one of "single"|"joint"|"hoh"',
    )
    expect(outcome(s, { offers: two, taxYear: 2024 })).toBe(
      'refused taxYear: Invalid option: expected one of 2025|2026',
    )
    expect(outcome(s, { offers: two, taxYear: '2025' })).toBe(
      'refused taxYear: Invalid option: expected one of 2025|2026',
    )
    expect(outcome(s, { offers: two, k401: -1 })).toBe('refused k401: cannot be negative')
    expect(outcome(s, { offers: two, k401: 100_001 })).toBe(
      'refused k401: Too big: expected number to be <=100000',
    )
    expect(outcome(s, { offers: two, k401: Infinity })).toBe(
      'refused k401: Invalid input: expected number, received Infinity',
    )
    expect(outcome(s, { offers: two, stockChangePercent: -101 })).toBe(
      'refused stockChangePercent: Too small: expected number to be >=-100',
    )
    expect(outcome(s, { offers: two, stockChangePercent: 1001 })).toBe(
      'refused stockChangePercent: Too big: expected number to be <=1000',
    )
    expect(outcome(s, { offers: two, bonusPayoutPercent: 301 })).toBe(
      'refused bonusPayoutPercent: Too big: expected number to be <=300',
    )
    expect(outcome(s, { offers: two, bonusPayoutPercent: NaN })).toBe(
      'refused bonusPayoutPercent: Invalid input: expected number, received NaN',
    )
    expect(outcome(s, { offers: two, exitChancePercent: 101 })).toBe(
      'refused exitChancePercent: Too big: expected number to be <=100',
    )
    expect(outcome(s, { offers: [SEATTLE, offer({ base: 0 })] })).toBe(
      'refused offers.1.base: must be more than $0',
    )
    expect(outcome(s, { offers: two, whatIf: true })).toBe('refused (input): Unrecognized key: "whatIf"')
  })
})

describe('negotiate:offer', () => {
  const s = NegotiateInputSchema
  it('accepts an offer with or without a target, adding the defaults', () => {
    expect(outcome(s, pay)).toBe('accepted with bonus=0, stock=0, signon=0, filing="single", remote=false')
    expect(
      outcome(s, {
        ...pay,
        years: 5,
        target: { kind: 'percentile', value: 75 },
        ask: 170_000,
        alternative: 0,
        walkaway: 160_000,
        filing: 'joint',
        remote: true,
        currentLocation: 'Austin, TX',
      }),
    ).toBe('accepted with bonus=0, stock=0, signon=0')
    expect(outcome(s, { ...pay, target: { kind: 'takeHome', value: 120_000 } })).toBe(
      'accepted with bonus=0, stock=0, signon=0, filing="single", remote=false',
    )
    expect(outcome(s, { ...pay, target: { kind: 'percentile', value: 1 } })).toBe(
      'accepted with bonus=0, stock=0, signon=0, filing="single", remote=false',
    )
    expect(outcome(s, { ...pay, target: { kind: 'percentile', value: 99 } })).toBe(
      'accepted with bonus=0, stock=0, signon=0, filing="single", remote=false',
    )
  })

  it('refuses the rest', () => {
    expect(outcome(s, { ...pay, target: { kind: 'percentile', value: 0 } })).toBe(
      'refused target.value: must be at least 1',
    )
    expect(outcome(s, { ...pay, target: { kind: 'percentile', value: 100 } })).toBe(
      'refused target.value: must be at most 99',
    )
    expect(outcome(s, { ...pay, target: { kind: 'percentile', value: Infinity } })).toBe(
      'refused target.value: Invalid input: expected number, received Infinity',
    )
    expect(outcome(s, { ...pay, target: { kind: 'percentile' } })).toBe(
      'refused target.value: Invalid input: expected number, received undefined',
    )
    expect(outcome(s, { ...pay, target: { kind: 'takeHome', value: 0 } })).toBe(
      'refused target.value: must be more than $0',
    )
    expect(outcome(s, { ...pay, target: { kind: 'median', value: 50 } })).toBe(
      "refused target.kind: Invalid discriminator value. Expected 'percentile' | 'takeHome'",
    )
    expect(outcome(s, { ...pay, target: { value: 50 } })).toBe(
      "refused target.kind: Invalid discriminator value. Expected 'percentile' | 'takeHome'",
    )
    expect(outcome(s, { ...pay, target: 75 })).toBe(
      'refused target: Invalid input: expected object, received number',
    )
    expect(outcome(s, { ...pay, target: { kind: 'percentile', value: 50, extra: 1 } })).toBe(
      'refused target: Unrecognized key: "extra"',
    )
    expect(outcome(s, { ...pay, ask: 0 })).toBe('refused ask: must be more than $0')
    expect(outcome(s, { ...pay, ask: 'more' })).toBe('refused ask: must be a number of US dollars')
    expect(outcome(s, { ...pay, alternative: -1 })).toBe('refused alternative: cannot be negative')
    expect(outcome(s, { ...pay, walkaway: 10_000_001 })).toBe(
      'refused walkaway: must be at most $10,000,000 a year',
    )
    expect(outcome(s, { ...pay, filing: 'Single' })).toBe(
      'refused filing: Invalid option: expected one of "single"|"joint"|"hoh"',
    )
    expect(outcome(s, { ...pay, remote: 'yes' })).toBe(
      'refused remote: Invalid input: expected boolean, received string',
    )
    expect(outcome(s, { ...pay, currentLocation: long(201) })).toBe(
      'refused currentLocation: must be at most 200 characters',
    )
    expect(outcome(s, { ...pay, k401: 0 })).toBe('refused (input): Unrecognized key: "k401"')
  })
})

describe('offer:check, compare:equivalent and tax:compute', () => {
  it('offer:check takes one saved offer', () => {
    const s = OfferCheckInputSchema
    expect(outcome(s, { offer: SEATTLE })).toBe('accepted')
    expect(outcome(s, { offer: offer({ base: '$180,000' }) })).toBe('accepted with offer.base=180000')
    expect(outcome(s, { offer: offer({ base: -5 }) })).toBe(
      'refused offer.base: cannot be negative | offer.base: must be more than $0',
    )
    expect(outcome(s, {})).toBe('refused offer: Invalid input: expected object, received undefined')
    expect(outcome(s, { offer: SEATTLE, offers: [] })).toBe('refused (input): Unrecognized key: "offers"')
  })

  it('compare:equivalent takes wages and two places', () => {
    const s = EquivalentSalaryInputSchema
    const trip = { wages: 150_000, from: 'Austin, TX', to: 'Seattle, WA' }
    expect(outcome(s, trip)).toBe('accepted with filing="single", k401=0, taxYear=2025')
    expect(
      outcome(s, {
        ...trip,
        fromWork: 'Round Rock, TX',
        toWork: 'Bellevue, WA',
        filing: 'joint',
        k401: 5_000,
        taxYear: 2026,
      }),
    ).toBe('accepted')
    expect(outcome(s, { ...trip, wages: 0 })).toBe('refused wages: must be more than $0')
    expect(outcome(s, { ...trip, wages: '150000' })).toBe('refused wages: must be a number of US dollars')
    expect(outcome(s, { ...trip, from: long(201) })).toBe('refused from: must be at most 200 characters')
    expect(outcome(s, { ...trip, to: undefined })).toBe(
      'refused to: Invalid input: expected string, received undefined',
    )
    expect(outcome(s, { ...trip, toWork: 5 })).toBe(
      'refused toWork: Invalid input: expected string, received number',
    )
    expect(outcome(s, { ...trip, k401: -1 })).toBe('refused k401: cannot be negative')
    expect(outcome(s, { ...trip, taxYear: '2026' })).toBe(
      'refused taxYear: Invalid option: expected one of 2025|2026',
    )
    expect(outcome(s, { ...trip, filing: null })).toBe(
      'refused filing: Invalid option: expected one of "single"|"joint"|"hoh"',
    )
  })

  it('tax:compute takes wages in a place', () => {
    const s = TaxInputSchema
    const at = { wages: 150_000, location: 'Seattle, WA' }
    expect(outcome(s, at)).toBe('accepted with filing="single", taxYear=2025, k401=0')
    expect(
      outcome(s, { ...at, workLocation: 'Bellevue, WA', filing: 'hoh', taxYear: 2026, k401: 23_500 }),
    ).toBe('accepted')
    expect(outcome(s, { ...at, wages: -1 })).toBe(
      'refused wages: cannot be negative | wages: must be more than $0',
    )
    expect(outcome(s, { ...at, wages: 10_000_001 })).toBe('refused wages: must be at most $10,000,000 a year')
    expect(outcome(s, { ...at, k401: 10_000_001 })).toBe('refused k401: must be at most $10,000,000 a year')
    expect(outcome(s, { ...at, k401: NaN })).toBe('refused k401: must be a number of US dollars')
    expect(outcome(s, { ...at, location: '' })).toBe('accepted with filing="single", taxYear=2025, k401=0')
    expect(outcome(s, { ...at, workLocation: long(201) })).toBe(
      'refused workLocation: must be at most 200 characters',
    )
    expect(outcome(s, { ...at, filing: 'separate' })).toBe(
      'refused filing: Invalid option: expected one of "single"|"joint"|"hoh"',
    )
    expect(outcome(s, { ...at, state: 'WA' })).toBe('refused (input): Unrecognized key: "state"')
  })
})

describe('desktop file channels (file:saveText, file:openText, file:savePdf)', () => {
  const save = { suggestedName: 'worth-offers.json', kind: 'json', text: '{}' }
  it('accepts plain file names', () => {
    expect(outcome(SaveTextInputSchema, save)).toBe('accepted')
    expect(outcome(SaveTextInputSchema, { ...save, kind: 'csv', suggestedName: long(120) })).toBe('accepted')
    expect(outcome(SavePdfInputSchema, { suggestedName: 'Worth brief — Seattle.pdf' })).toBe('accepted')
    expect(outcome(OpenTextInputSchema, { kind: 'json' })).toBe('accepted')
    expect(outcome(FileKindSchema, 'pdf')).toBe('accepted')
  })

  it('refuses folders, control characters, wrong kinds and oversized text', () => {
    const named = (suggestedName: unknown) => outcome(SaveTextInputSchema, { ...save, suggestedName })
    expect(named('')).toBe(
      'refused suggestedName: must not be empty | suggestedName: must be a plain file name without folders',
    )
    expect(named(long(121))).toBe('refused suggestedName: must be at most 120 characters')
    expect(named('a/b.json')).toBe('refused suggestedName: must be a plain file name without folders')
    expect(named('..\\b.json')).toBe('refused suggestedName: must be a plain file name without folders')
    expect(named('C:offers.json')).toBe('refused suggestedName: must be a plain file name without folders')
    expect(named('..')).toBe('refused suggestedName: must be a plain file name without folders')
    expect(named('.')).toBe('refused suggestedName: must be a plain file name without folders')
    expect(named('a\u0001b.json')).toBe('refused suggestedName: must not contain control characters')
    expect(named('tab\there.json')).toBe('refused suggestedName: must not contain control characters')
    expect(named(42)).toBe('refused suggestedName: Invalid input: expected string, received number')
    expect(outcome(SaveTextInputSchema, { ...save, kind: 'pdf' })).toBe(
      'refused kind: Invalid option: expected one of "json"|"csv"',
    )
    expect(outcome(SaveTextInputSchema, { ...save, text: long(5_000_001) })).toBe(
      'refused text: is too large to save',
    )
    expect(outcome(SaveTextInputSchema, { suggestedName: 'a.json', kind: 'json' })).toBe(
      'refused text: Invalid input: expected string, received undefined',
    )
    expect(outcome(SavePdfInputSchema, { suggestedName: 'a|b.pdf' })).toBe(
      'refused suggestedName: must be a plain file name without folders',
    )
    expect(outcome(SavePdfInputSchema, { suggestedName: 'a.pdf', path: '/tmp' })).toBe(
      'refused (input): Unrecognized key: "path"',
    )
    expect(outcome(OpenTextInputSchema, { kind: 'csv' })).toBe('refused kind: Invalid input: expected "json"')
    expect(outcome(OpenTextInputSchema, {})).toBe('refused kind: Invalid input: expected "json"')
    expect(outcome(FileKindSchema, 'txt')).toBe(
      'refused (input): Invalid option: expected one of "json"|"csv"|"pdf"',
    )
  })
})

describe('saved offers', () => {
  it('accepts the saved fixtures unchanged and reads pay written as text', () => {
    expect(outcome(OfferSchema, SEATTLE)).toBe('accepted')
    expect(outcome(OfferSchema, STARTUP)).toBe('accepted')
    expect(outcome(OfferSchema, offer({ base: '150k', relocation: '$5,000', years: null }))).toBe(
      'accepted with base=150000, relocation=5000',
    )
    expect(outcome(OfferSchema, offer({ base: '45/hr' }))).toBe('accepted with base=93600')
    expect(outcome(OfferSchema, offer({ bonus: { kind: 'amount', value: '10k' } }))).toBe(
      'accepted with bonus.value=10000',
    )
    expect(outcome(OfferSchema, offer({ workLocation: 'Bellevue, WA', deadline: '2028-02-29' }))).toBe(
      'accepted',
    )
  })

  it('refuses bad pay', () => {
    expect(outcome(OfferSchema, offer({ base: 'lots' }))).toBe(
      'refused base: Invalid input: expected number, received string',
    )
    expect(outcome(OfferSchema, offer({ base: 0 }))).toBe('refused base: must be more than $0')
    expect(outcome(OfferSchema, offer({ base: -5 }))).toBe(
      'refused base: cannot be negative | base: must be more than $0',
    )
    expect(outcome(OfferSchema, offer({ base: 10_000_001 }))).toBe(
      'refused base: must be at most $10,000,000',
    )
    expect(outcome(OfferSchema, offer({ base: '20m' }))).toBe('refused base: must be at most $10,000,000')
    expect(outcome(OfferSchema, offer({ base: Infinity }))).toBe(
      'refused base: Invalid input: expected number, received Infinity',
    )
    expect(outcome(OfferSchema, offer({ base: NaN }))).toBe(
      'refused base: Invalid input: expected number, received NaN',
    )
    expect(outcome(OfferSchema, offer({ relocation: -1 }))).toBe('refused relocation: cannot be negative')
    expect(outcome(OfferSchema, offer({ bonus: { kind: 'percent', value: 501 } }))).toBe(
      'refused bonus.value: Too big: expected number to be <=500',
    )
    expect(outcome(OfferSchema, offer({ bonus: { kind: 'percent', value: '10%' } }))).toBe(
      'refused bonus.value: Invalid input: expected number, received string',
    )
    expect(outcome(OfferSchema, offer({ bonus: { kind: 'share', value: 1 } }))).toBe(
      "refused bonus.kind: Invalid discriminator value. Expected 'amount' | 'percent'",
    )
    expect(outcome(OfferSchema, offer({ signon: { amount: 1, paid: 'later' } }))).toBe(
      'refused signon.paid: Invalid option: expected one of "year1"|"split"',
    )
    expect(outcome(OfferSchema, offer({ match401k: { matchPercent: 201, upToPercent: 101 } }))).toBe(
      'refused match401k.matchPercent: Too big: expected number to be <=200 | match401k.upToPercent: Too big: expected number to be <=100',
    )
    expect(outcome(OfferSchema, offer({ raisePercent: -51 }))).toBe(
      'refused raisePercent: Too small: expected number to be >=-50',
    )
    expect(outcome(OfferSchema, offer({ raisePercent: 101 }))).toBe(
      'refused raisePercent: Too big: expected number to be <=100',
    )
  })

  it('refuses bad texts, years, stamps and keys', () => {
    expect(outcome(OfferSchema, offer({ id: '' }))).toBe(
      'refused id: Too small: expected string to have >=1 characters',
    )
    expect(outcome(OfferSchema, offer({ id: long(65) }))).toBe(
      'refused id: Too big: expected string to have <=64 characters',
    )
    expect(outcome(OfferSchema, offer({ label: long(121) }))).toBe(
      'refused label: must be at most 120 characters',
    )
    expect(outcome(OfferSchema, offer({ title: long(201), location: long(201) }))).toBe(
      'refused title: must be at most 200 characters | location: must be at most 200 characters',
    )
    expect(outcome(OfferSchema, offer({ workLocation: long(201) }))).toBe(
      'refused workLocation: must be at most 200 characters',
    )
    expect(outcome(OfferSchema, offer({ notes: long(5001) }))).toBe(
      'refused notes: must be at most 5000 characters',
    )
    expect(outcome(OfferSchema, offer({ years: undefined }))).toBe(
      'refused years: Invalid input: expected number, received undefined',
    )
    expect(outcome(OfferSchema, offer({ years: 61 }))).toBe(
      'refused years: Too big: expected number to be <=60',
    )
    expect(outcome(OfferSchema, offer({ years: -Infinity }))).toBe(
      'refused years: Invalid input: expected number, received -Infinity',
    )
    expect(outcome(OfferSchema, offer({ createdAt: long(41) }))).toBe(
      'refused createdAt: Too big: expected string to have <=40 characters',
    )
    expect(outcome(OfferSchema, offer({ updatedAt: undefined }))).toBe(
      'refused updatedAt: Invalid input: expected string, received undefined',
    )
    expect(outcome(OfferSchema, offer({ deadline: '2026-02-30' }))).toBe(
      'refused deadline: is not a real date',
    )
    expect(outcome(OfferSchema, offer({ deadline: '2026-2-3' }))).toBe(
      'refused deadline: must be a date written YYYY-MM-DD | deadline: is not a real date',
    )
    expect(outcome(OfferSchema, offer({ script: '<script>' }))).toBe(
      'refused (input): Unrecognized key: "script"',
    )
    expect(outcome(OfferSchema, 'offer')).toBe(
      'refused (input): Invalid input: expected object, received string',
    )
  })

  it('checks equity: RSU vesting, options, exits', () => {
    const rsu = SEATTLE.equity
    expect(outcome(OfferSchema, offer({ equity: { ...rsu, kind: 'stock' } }))).toBe(
      'refused equity.kind: must be "rsu" (a grant in dollars, the default) or "options"',
    )
    expect(outcome(OfferSchema, offer({ equity: { ...rsu, kind: 'rsu' } }))).toBe('accepted')
    expect(outcome(OfferSchema, offer({ equity: { ...rsu, total: '200k' } }))).toBe(
      'accepted with equity.total=200000',
    )
    expect(outcome(OfferSchema, offer({ equity: { ...rsu, years: 11 } }))).toBe(
      'refused equity.years: Too big: expected number to be <=10',
    )
    expect(outcome(OfferSchema, offer({ equity: { ...rsu, years: 0.5 } }))).toBe(
      'refused equity.years: Invalid input: expected int, received number',
    )
    expect(
      outcome(
        OfferSchema,
        offer({ equity: { ...rsu, schedule: { kind: 'custom', percents: [10, 20, 30, 40] } } }),
      ),
    ).toBe('accepted')
    expect(
      outcome(
        OfferSchema,
        offer({ equity: { ...rsu, schedule: { kind: 'custom', percents: [25, 25, 25] } } }),
      ),
    ).toBe(
      'refused equity.schedule.percents: must be 4 yearly percentages (one per vesting year) adding up to 100; got 3 (25-25-25) adding up to 75',
    )
    expect(
      outcome(OfferSchema, offer({ equity: { ...rsu, schedule: { kind: 'custom', percents: [] } } })),
    ).toBe(
      'refused equity.schedule.percents: Too small: expected array to have >=1 items | equity.schedule.percents: must be 4 yearly percentages (one per vesting year) adding up to 100; got 0 () adding up to 0',
    )
    expect(
      outcome(OfferSchema, offer({ equity: { ...rsu, schedule: { kind: 'custom', percents: [101, -1] } } })),
    ).toBe(
      'refused equity.schedule.percents.0: Too big: expected number to be <=100 | equity.schedule.percents.1: Too small: expected number to be >=0 | equity.schedule.percents: must be 4 yearly percentages (one per vesting year) adding up to 100; got 2 (101--1) adding up to 100',
    )
    expect(
      outcome(
        OfferSchema,
        offer({ equity: { ...rsu, schedule: { kind: 'cliff', cliffMonths: 121, then: 'daily' } } }),
      ),
    ).toBe(
      'refused equity.schedule.cliffMonths: Too big: expected number to be <=120 | equity.schedule.then: Invalid option: expected one of "monthly"|"quarterly"',
    )
    expect(outcome(OfferSchema, offer({ equity: { ...rsu, schedule: { kind: 'front' } } }))).toBe(
      "refused equity.schedule.kind: Invalid discriminator value. Expected 'even' | 'cliff' | 'custom'",
    )
    expect(outcome(OfferSchema, offer({ equity: { ...rsu, schedule: { kind: 'even', x: 1 } } }))).toBe(
      'refused equity.schedule: Unrecognized key: "x"',
    )
    expect(outcome(EquitySchema, { ...options, shares: 1.5 })).toBe('refused shares: must be a whole number')
    expect(outcome(EquitySchema, { ...options, shares: 0, strike: -1, fmv: 100_001 })).toBe(
      'refused shares: must be at least 1 | strike: cannot be negative | fmv: must be at most $100,000 a share',
    )
    expect(outcome(EquitySchema, { ...options, preferred: undefined, expiryYears: 16 })).toBe(
      'refused expiryYears: Too big: expected number to be <=15',
    )
    expect(outcome(EquitySchema, { ...options, exercise: 'rsu' })).toBe(
      'refused exercise: Invalid option: expected one of "iso"|"nso"',
    )
    expect(outcome(EquitySchema, { ...options, exitScenarios: [] })).toBe(
      'refused exitScenarios: Too small: expected array to have >=1 items',
    )
    expect(
      outcome(EquitySchema, {
        ...options,
        exitScenarios: Array.from({ length: 7 }, (_, i) => ({ name: `E${i}`, pricePerShare: i })),
      }),
    ).toBe('refused exitScenarios: Too big: expected array to have <=6 items')
    expect(
      outcome(EquitySchema, {
        ...options,
        exitScenarios: [
          { name: 'IPO', pricePerShare: 10 },
          { name: 'IPO', pricePerShare: 20 },
          { name: ' IPO ', pricePerShare: 30 },
        ],
      }),
    ).toBe('refused exitScenarios.1.name: repeats "IPO" | exitScenarios.2.name: repeats "IPO"')
    expect(outcome(ExitScenarioSchema, { name: '  Acquired  ', pricePerShare: 20 })).toBe(
      'accepted with name="Acquired"',
    )
    expect(outcome(ExitScenarioSchema, { name: '   ', pricePerShare: 20 })).toBe('refused name: needs a name')
    expect(outcome(ExitScenarioSchema, { name: long(61), pricePerShare: Infinity })).toBe(
      'refused name: must be at most 60 characters | pricePerShare: Invalid input: expected number, received Infinity',
    )
    expect(outcome(EquitySchema, { kind: 'options' })).toBe(
      'refused shares: Invalid input: expected number, received undefined | strike: Invalid input: expected number, received undefined | fmv: Invalid input: expected number, received undefined | exercise: Invalid option: expected one of "iso"|"nso" | years: Invalid input: expected number, received undefined | schedule: Invalid input: expected object, received undefined | exitScenarios: Invalid input: expected array, received undefined',
    )
    expect(outcome(EquitySchema, null)).toBe(
      'refused (input): must be "rsu" (a grant in dollars, the default) or "options"',
    )
    expect(outcome(RsuGrantSchema, { total: 1, years: 4, schedule: { kind: 'even' } })).toBe('accepted')
    expect(outcome(VestingScheduleSchema, { kind: 'cliff', cliffMonths: 12 })).toBe(
      'refused then: Invalid option: expected one of "monthly"|"quarterly"',
    )
  })

  it('checks refreshers, ESPP, benefits and the history', () => {
    const refresh = { everyYears: 1, vestYears: 4 }
    expect(outcome(RefreshSchema, { ...refresh, amount: '10k' })).toBe('accepted with amount=10000')
    expect(outcome(RefreshSchema, { ...refresh, shares: 1000 })).toBe('accepted')
    expect(outcome(RefreshSchema, refresh)).toBe(
      'refused (input): needs one of an amount, a number of options (shares) or a percent of the initial grant',
    )
    expect(outcome(RefreshSchema, { ...refresh, amount: 1, percentOfGrant: 5 })).toBe(
      'refused (input): needs one of an amount, a number of options (shares) or a percent of the initial grant',
    )
    expect(outcome(RefreshSchema, { ...refresh, shares: 10.5 })).toBe(
      'refused shares: Invalid input: expected int, received number',
    )
    expect(outcome(RefreshSchema, { ...refresh, percentOfGrant: 501, everyYears: 0 })).toBe(
      'refused percentOfGrant: Too big: expected number to be <=500 | everyYears: Too small: expected number to be >=1',
    )
    expect(outcome(EsppSchema, { percent: 10, discount: 15, lookback: true })).toBe('accepted')
    expect(outcome(EsppSchema, { percent: 101, discount: 16, lookback: 'no' })).toBe(
      'refused percent: Too big: expected number to be <=100 | discount: must be at most 15 (the most a qualified plan gives) | lookback: Invalid input: expected boolean, received string',
    )
    expect(outcome(BenefitsSchema, { healthPremium: 0, hsaEmployer: 100_000 })).toBe('accepted')
    expect(outcome(BenefitsSchema, { healthPremium: -1, hsaEmployer: 100_001, matchVestingYears: 7 })).toBe(
      'refused healthPremium: cannot be negative | hsaEmployer: must be at most $100,000 | matchVestingYears: Too big: expected number to be <=6',
    )
    const step = { date: '2026-11-20', side: 'them', note: '' }
    expect(outcome(HistoryEntrySchema, { ...step, base: '120k' })).toBe('accepted with base=120000')
    expect(outcome(HistoryEntrySchema, { ...step, base: 'abc' })).toBe(
      'refused base: Invalid input: expected number, received string',
    )
    expect(outcome(HistoryEntrySchema, { ...step, base: 0 })).toBe('accepted')
    expect(outcome(HistoryEntrySchema, { ...step, date: '2026-13-01' })).toBe(
      'refused date: is not a real date',
    )
    expect(outcome(HistoryEntrySchema, { ...step, date: 'yesterday' })).toBe(
      'refused date: must be a date written YYYY-MM-DD | date: is not a real date',
    )
    expect(outcome(HistoryEntrySchema, { ...step, date: 20261120 })).toBe(
      'refused date: Invalid input: expected string, received number',
    )
    expect(outcome(HistoryEntrySchema, { ...step, side: 'you', note: long(1001) })).toBe(
      'refused side: Invalid option: expected one of "me"|"them" | note: must be at most 1000 characters',
    )
    expect(outcome(HistoryEntrySchema, { date: '2026-11-20', side: 'me' })).toBe(
      'refused note: Invalid input: expected string, received undefined',
    )
    expect(outcome(OfferSchema, offer({ history: Array.from({ length: 101 }, () => step) }))).toBe(
      'refused history: Too big: expected array to have <=100 items',
    )
    expect(outcome(OfferSchema, offer({ refresh: {}, espp: {}, benefits: {} }))).toBe(
      'refused refresh.everyYears: Invalid input: expected number, received undefined | refresh.vestYears: Invalid input: expected number, received undefined | espp.percent: Invalid input: expected number, received undefined | espp.discount: Invalid input: expected number, received undefined | espp.lookback: Invalid input: expected boolean, received undefined | benefits.healthPremium: Invalid input: expected number, received undefined | benefits.hsaEmployer: Invalid input: expected number, received undefined',
    )
  })

  it('checks an export file', () => {
    const file = {
      format: 'worth-offers',
      version: 2,
      exportedAt: '2026-12-01T10:00:00.000Z',
      offers: [SEATTLE],
    }
    expect(outcome(OffersExportSchema, file)).toBe('accepted')
    expect(outcome(OffersExportSchema, { ...file, version: 1, offers: [] })).toBe('accepted')
    expect(outcome(OffersExportSchema, { ...file, version: 3 })).toBe(
      'refused version: Too big: expected number to be <=2',
    )
    expect(outcome(OffersExportSchema, { ...file, version: 1.5 })).toBe(
      'refused version: Invalid input: expected int, received number',
    )
    expect(outcome(OffersExportSchema, { ...file, format: 'worth' })).toBe(
      'refused format: Invalid input: expected "worth-offers"',
    )
    expect(outcome(OffersExportSchema, { ...file, exportedAt: long(41) })).toBe(
      'refused exportedAt: Too big: expected string to have <=40 characters',
    )
    expect(outcome(OffersExportSchema, { ...file, offers: Array.from({ length: 501 }, () => SEATTLE) })).toBe(
      'refused offers: Too big: expected array to have <=500 items',
    )
    expect(outcome(OffersExportSchema, { ...file, offers: [SEATTLE, offer({ equity: {} })] })).toBe(
      'refused offers.1.equity.total: Invalid input: expected number, received undefined | offers.1.equity.years: Invalid input: expected number, received undefined | offers.1.equity.schedule: Invalid input: expected object, received undefined',
    )
  })
})
