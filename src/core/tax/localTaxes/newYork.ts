// New York City and Yonkers, both charged on the New York State return.
// - New York City: residents only, a schedule on New York taxable income, less the NYC school tax credits (the fixed
//   credit, line 69, and the rate reduction credit, line 69a). The rates and credits are set in law and unchanged
//   for 2026.
// - Yonkers: residents pay a surcharge of 16.75% of their New York State tax; people who only work there pay 0.5% of
//   the wages earned there (the small exclusion for low earnings is not applied).
import type { Citation } from '../types'
import { byFiling, place, placeTax, sched, wages, type StateLocals } from './build'
import type { LocalFigures } from './types'

const IT201: Citation = {
  title:
    'New York State DTF, 2025 Form IT-201 Instructions: NYC tax rate schedule; NYC school tax credits (lines 69 and 69a)',
  url: 'https://www.tax.ny.gov/pdf/current_forms/it/it201i.pdf',
}

const nycSchedule = (a: number, b: number, c: number) =>
  sched([0, 0.03078], [a, 0.03762], [b, 0.03819], [c, 0.03876])

const NYC: LocalFigures = {
  resident: {
    kind: 'stateTaxable',
    brackets: byFiling(
      nycSchedule(12_000, 25_000, 50_000),
      nycSchedule(21_600, 45_000, 90_000),
      nycSchedule(14_400, 30_000, 60_000),
    ),
  },
  schoolTaxCredit: {
    // Line 69: $63 ($125 joint) when income is $250,000 or less.
    fixed: { amount: byFiling(63, 125, 63), maxAgi: 250_000 },
    // Line 69a worksheet: up to $12,000 ($21,600 joint, $14,400 head of household) 0.171% of NYC taxable income;
    // above it $21 ($37, $25) plus 0.228% of the excess; nothing above $500,000.
    rateReduction: {
      maxTaxable: 500_000,
      edge: byFiling(12_000, 21_600, 14_400),
      base: byFiling(21, 37, 25),
      lowRate: 0.00171,
      highRate: 0.00228,
    },
  },
}

const YONKERS: LocalFigures = {
  resident: { kind: 'stateTaxShare', share: 0.1675 },
  nonresident: wages(0.005),
}

export const NEW_YORK: StateLocals = {
  taxes: [
    placeTax(
      'NY',
      'ny-nyc',
      'New York City resident income tax',
      'residence',
      { 2025: NYC, 2026: NYC },
      IT201,
      {
        citation2026: IT201,
        skipped: ['New York City: the household credit and the NYC earned income and child care credits.'],
      },
    ),
    placeTax(
      'NY',
      'ny-yonkers',
      'Yonkers income tax',
      'both',
      { 2025: YONKERS, 2026: YONKERS },
      {
        title:
          'New York State DTF, New York City and Yonkers income taxes (Yonkers resident surcharge, nonresident earnings tax)',
        url: 'https://www.tax.ny.gov/pit/file/nyc_yonkers_residents.htm',
      },
      {
        skipped: ['Yonkers nonresident earnings tax: the small exclusion for lower earnings is not applied.'],
      },
    ),
  ],
  places: [
    place(
      'NY',
      'nyc',
      'New York City',
      ['ny-nyc'],
      [
        'new york',
        'nyc',
        'manhattan',
        'brooklyn',
        'queens',
        'bronx',
        'the bronx',
        'staten island',
        'new york county',
        'kings county',
        'queens county',
        'bronx county',
        'richmond county',
      ],
    ),
    place('NY', 'yonkers', 'Yonkers', ['ny-yonkers']),
  ],
}
