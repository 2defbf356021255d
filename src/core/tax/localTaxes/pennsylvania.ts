// Pennsylvania local taxes on wages: the earned income tax (EIT) of the municipality and school district a person
// lives in, charged on all their earned income; under Act 32 the employer withholds the higher of that resident rate
// and the work place's nonresident rate. The local services tax (LST, at most $52 a year; up to $156 in a few
// distressed cities) is charged by the place of work. Philadelphia's wage tax replaces the EIT there. Pennsylvania's
// local taxes include 401(k) deferrals.
//
// EIT rates: Pennsylvania DCED, Municipal Statistics, EIT/LST register (resident and nonresident rates), 2025.
// Philadelphia: City of Philadelphia Department of Revenue, Wage Tax rates from July 1 each year. 2026 EIT rates were
// not at hand: the 2025 rates are carried forward. Philadelphia's rate from July 1, 2026 likewise.
import type { Citation } from '../types'
import { flatFee, place, placeTax, wages, type StateLocals } from './build'
import type { LocalTaxDef } from './types'

const DCED: Citation = {
  title: 'Pennsylvania DCED, Municipal Statistics: EIT, PIT and LST rates register, 2025',
  url: 'https://munstats.pa.gov/Public/ReportInformation2.aspx?report=EitWithCollector_Excel',
}
const PHILADELPHIA: Citation = {
  title: 'City of Philadelphia, Department of Revenue, Wage Tax (rates from July 1, 2024 and July 1, 2025)',
  url: 'https://www.phila.gov/services/payments-assistance-taxes/taxes/business-taxes/business-taxes-by-type/wage-tax-employers/',
}

const READING: Citation = {
  title:
    'City of Reading, Taxes and Tax Rates (earned income tax 3.6% residents, 1.3% nonresidents; local services tax $52)',
  url: 'https://www.readingpa.gov/content/2020-city-reading-taxes-tax-rates',
}
const BETHLEHEM: Citation = {
  title: 'City of Bethlehem, Earned Income Tax for individuals (1% for residents and nonresidents)',
  url: 'https://www.bethlehem-pa.gov/City-Government/Taxes/Individual-Earned-Income-Taxes',
}
const NOT_CHECKED =
  'rates from the DCED register as first entered; not confirmed against an official page in the December 2026 check.'

/**
 * [id suffix, municipality, combined resident EIT (municipal + school district), nonresident EIT, LST, source,
 * unverified note]
 */
const EIT: [string, string, number, number, number | null, Citation, string | undefined][] = [
  // 1% city + 2% Pittsburgh School District; nonresidents 1%; LST $52.
  ['pittsburgh', 'Pittsburgh', 0.03, 0.01, 52, DCED, NOT_CHECKED],
  // Scranton and Harrisburg charged a $156 LST as distressed (Act 47) cities; whether they still do in 2025 was not
  // confirmed, so no LST is applied there (said in the note).
  [
    'scranton',
    'Scranton',
    0.034,
    0.01,
    null,
    DCED,
    `${NOT_CHECKED} Its local services tax ($156 while a distressed city) is not applied.`,
  ],
  // City 2.1% + Reading School District 1.5%; nonresidents 1.3%; LST $52 (the city's published table, 2020).
  [
    'reading',
    'Reading',
    0.036,
    0.013,
    52,
    READING,
    "rates from the City of Reading's 2020 table (no change announced since); the 2025 table was not consulted.",
  ],
  [
    'harrisburg',
    'Harrisburg',
    0.02,
    0.01,
    null,
    DCED,
    `${NOT_CHECKED} Its local services tax ($156 while a distressed city) is not applied.`,
  ],
  ['bethlehem', 'Bethlehem', 0.01, 0.01, null, BETHLEHEM, undefined],
]

// Wages are charged half the year at each rate in force (the city's fiscal year starts July 1).
const half = (a: number, b: number) => Math.round(((a + b) / 2) * 1e6) / 1e6

const philadelphia: LocalTaxDef = placeTax(
  'PA',
  'pa-philadelphia-wage',
  'Philadelphia wage tax',
  'both',
  {
    // 3.75% to June 30, 2025, 3.74% from July 1, 2025; nonresidents 3.44% then 3.43%.
    2025: { resident: wages(half(0.0375, 0.0374)), nonresident: wages(half(0.0344, 0.0343)) },
    // 3.74% / 3.43% from July 1, 2025; the rate from July 1, 2026 was not at hand and is taken as unchanged.
    2026: { resident: wages(0.0374), nonresident: wages(0.0343) },
  },
  PHILADELPHIA,
  {
    citation2026: PHILADELPHIA,
    skipped: [
      'Philadelphia wage tax: half the year at each rate in force (the rate changes each July 1); for 2026 the rate from July 1, 2026 was not at hand and the earlier rate is used.',
      'Philadelphia: the reduced rate for people who qualify for PA income tax forgiveness.',
    ],
  },
)

export const PENNSYLVANIA: StateLocals = {
  taxes: [
    philadelphia,
    ...EIT.map(([id, name, res, nonres, , source, unverified]) =>
      placeTax(
        'PA',
        `pa-${id}-eit`,
        `${name} earned income tax`,
        'both',
        { 2025: { resident: wages(res), nonresident: wages(nonres) } },
        source,
        { creditsWorkPlace: true, ...(unverified ? { unverified } : {}) },
      ),
    ),
    ...EIT.filter(([, , , , lst]) => lst !== null).map(([id, name, , , lst, source]) =>
      placeTax(
        'PA',
        `pa-${id}-lst`,
        `${name} local services tax`,
        'workplace',
        // Charged to everyone who works there; people earning less than $12,000 a year from all work are exempt.
        {
          2025: { resident: flatFee(lst!, 12_000), nonresident: flatFee(lst!, 12_000) },
          2026: { resident: flatFee(lst!, 12_000), nonresident: flatFee(lst!, 12_000) },
        },
        source,
      ),
    ),
  ],
  places: [
    place('PA', 'philadelphia', 'Philadelphia', ['pa-philadelphia-wage'], ['philadelphia county']),
    ...EIT.map(([id, name, , , lst]) =>
      place('PA', `pa-${id}`, name, [`pa-${id}-eit`, ...(lst !== null ? [`pa-${id}-lst`] : [])], []),
    ),
  ],
}
