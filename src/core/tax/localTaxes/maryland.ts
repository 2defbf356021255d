// Maryland: the 23 counties and Baltimore City charge a local income tax on Maryland taxable income, on the state
// return (Form 502 line 28), by where the person lives on December 31 — not where they work.
//
// 2025 rates: Comptroller of Maryland, 2025 Resident Tax Forms and Instructions, "Local tax rate chart" (also published
// as "Local Income Tax Rates for Tax Year 2025"). Anne Arundel and Frederick counties use brackets. 2026 rates were
// not at hand when this table was written: the 2025 rates are carried forward and every result says so.
//
// Checked (December 2026) against the Comptroller's withholding rate table for tax years 2023 and 2024
// (marylandtaxes.gov, percentage method) and a payroll provider's table "effective January 1, 2025": Allegany is
// 3.03% (not 3.05%) and Dorchester 3.20% (its rise to 3.30% is not in the 2025 tables). Calvert, St. Mary's and Cecil
// changed for 2025 and only the provider's table shows the new rate: they stay flagged (`unverified`).
import type { Citation } from '../types'
import { byFiling, place, sched, onTaxable, type StateLocals } from './build'
import type { LocalCharge, LocalTaxDef } from './types'

const CHART: Citation = {
  title:
    'Comptroller of Maryland, 2025 Maryland Resident Tax Booklet, local tax rate chart (Form 502 line 28)',
  url: 'https://www.marylandcomptroller.gov/content/dam/mdcomp/tax/instructions/2025/resident-booklet.pdf',
}

/** [id suffix, name, 2025 charge, what a user may type for it (towns in it, other spellings), unverified note] */
type County = [string, string, LocalCharge, string[], string?]

const PROVIDER_ONLY = (was: string) =>
  `2025 rate read from a payroll provider's January 2025 Maryland withholding table; the Comptroller's own 2025 chart could not be consulted (its 2024 rate was ${was}).`

const COUNTIES: County[] = [
  ['allegany', 'Allegany County', onTaxable(0.0303), ['cumberland', 'frostburg']],
  [
    'anne-arundel',
    'Anne Arundel County',
    // 2.70% on the first $50,000 ($75,000 joint or head of household), 2.94% to $400,000 ($480,000), 3.20% above.
    {
      kind: 'stateTaxable',
      brackets: byFiling(
        sched([0, 0.027], [50_000, 0.0294], [400_000, 0.032]),
        sched([0, 0.027], [75_000, 0.0294], [480_000, 0.032]),
        sched([0, 0.027], [75_000, 0.0294], [480_000, 0.032]),
      ),
    },
    ['annapolis', 'glen burnie', 'severna park', 'odenton', 'pasadena', 'crofton', 'arnold', 'severn'],
  ],
  [
    'baltimore-county',
    'Baltimore County',
    onTaxable(0.032),
    [
      'towson',
      'dundalk',
      'catonsville',
      'essex',
      'parkville',
      'pikesville',
      'owings mills',
      'randallstown',
      'cockeysville',
      'perry hall',
      'middle river',
      'reisterstown',
      'lutherville',
    ],
  ],
  [
    'calvert',
    'Calvert County',
    onTaxable(0.032),
    ['prince frederick', 'chesapeake beach', 'north beach'],
    PROVIDER_ONLY('3.00%'),
  ],
  ['caroline', 'Caroline County', onTaxable(0.032), ['denton', 'federalsburg']],
  ['carroll', 'Carroll County', onTaxable(0.0303), ['westminster', 'eldersburg', 'sykesville', 'taneytown']],
  ['cecil', 'Cecil County', onTaxable(0.0274), ['elkton', 'north east'], PROVIDER_ONLY('2.75%')],
  ['charles', 'Charles County', onTaxable(0.0303), ['waldorf', 'la plata', 'st charles', 'saint charles']],
  ['dorchester', 'Dorchester County', onTaxable(0.032), ['cambridge']],
  [
    'frederick',
    'Frederick County',
    // 2.25% to $25,000; 2.75% to $50,000 ($100,000 joint or head of household); 2.96% to $150,000 ($250,000); 3.20% above.
    {
      kind: 'stateTaxable',
      brackets: byFiling(
        sched([0, 0.0225], [25_000, 0.0275], [50_000, 0.0296], [150_000, 0.032]),
        sched([0, 0.0225], [25_000, 0.0275], [100_000, 0.0296], [250_000, 0.032]),
        sched([0, 0.0225], [25_000, 0.0275], [100_000, 0.0296], [250_000, 0.032]),
      ),
    },
    ['frederick', 'brunswick', 'thurmont', 'urbana', 'middletown'],
  ],
  ['garrett', 'Garrett County', onTaxable(0.0265), ['oakland']],
  [
    'harford',
    'Harford County',
    onTaxable(0.0306),
    ['bel air', 'aberdeen', 'havre de grace', 'edgewood', 'abingdon'],
  ],
  [
    'howard',
    'Howard County',
    onTaxable(0.032),
    ['columbia', 'ellicott city', 'elkridge', 'clarksville', 'laurel howard county'],
  ],
  ['kent', 'Kent County', onTaxable(0.032), ['chestertown']],
  [
    'montgomery',
    'Montgomery County',
    onTaxable(0.032),
    [
      'rockville',
      'gaithersburg',
      'germantown',
      'silver spring',
      'bethesda',
      'wheaton',
      'potomac',
      'olney',
      'takoma park',
      'chevy chase',
      'north bethesda',
      'aspen hill',
      'clarksburg',
      'damascus',
      'poolesville',
    ],
  ],
  [
    'prince-georges',
    "Prince George's County",
    onTaxable(0.032),
    [
      'prince georges county',
      'bowie',
      'college park',
      'greenbelt',
      'hyattsville',
      'upper marlboro',
      'laurel',
      'largo',
      'oxon hill',
      'clinton',
      'fort washington',
      'district heights',
      'capitol heights',
      'beltsville',
      'lanham',
      'national harbor',
    ],
  ],
  [
    'queen-annes',
    "Queen Anne's County",
    onTaxable(0.032),
    ['queen annes county', 'centreville', 'stevensville', 'kent island'],
  ],
  [
    'st-marys',
    "St. Mary's County",
    onTaxable(0.032),
    ['st marys county', 'saint marys county', 'lexington park', 'leonardtown', 'california md'],
    PROVIDER_ONLY('3.00%'),
  ],
  ['somerset', 'Somerset County', onTaxable(0.032), ['princess anne', 'crisfield']],
  ['talbot', 'Talbot County', onTaxable(0.024), ['easton', 'st michaels']],
  [
    'washington',
    'Washington County',
    onTaxable(0.0295),
    ['hagerstown', 'boonsboro', 'hancock', 'williamsport'],
  ],
  ['wicomico', 'Wicomico County', onTaxable(0.032), ['salisbury', 'fruitland', 'delmar']],
  [
    'worcester',
    'Worcester County',
    onTaxable(0.0225),
    ['ocean city', 'berlin', 'pocomoke city', 'snow hill'],
  ],
]

function countyTax(id: string, name: string, charge: LocalCharge, unverified?: string): LocalTaxDef {
  return {
    ...(unverified ? { unverified } : {}),
    id: `md-${id}`,
    name: `${name} income tax`,
    state: 'MD',
    basis: 'residence',
    years: { 2025: { resident: charge } },
    citation: CHART,
  }
}

const baltimoreCity = countyTax('baltimore-city', 'Baltimore City', onTaxable(0.032))

export const MARYLAND: StateLocals = {
  taxes: [
    baltimoreCity,
    ...COUNTIES.map(([id, name, charge, , unverified]) => countyTax(id, name, charge, unverified)),
  ],
  places: [
    place(
      'MD',
      'md-baltimore-city',
      'Baltimore City',
      ['md-baltimore-city'],
      ['baltimore', 'baltimore city'],
      'Baltimore City and Baltimore County are separate places with their own local tax; for the county (Towson, Dundalk, Catonsville ...) give "Baltimore County, MD".',
    ),
    ...COUNTIES.map(([id, name, , aliases]) => place('MD', `md-${id}`, name, [`md-${id}`], aliases)),
  ],
}
