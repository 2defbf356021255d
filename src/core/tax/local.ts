// The local income taxes Worth models: New York City (residents), Yonkers, and the Philadelphia wage tax.
import { scheduleTax } from './schedule'
import type { Bracket, ByFiling, Citation, Filing, Locality, StateCode, TaxYear } from './types'

export const LOCALITY_STATE: Record<Locality, StateCode> = { nyc: 'NY', yonkers: 'NY', philadelphia: 'PA' }
export const LOCALITY_NAME: Record<Locality, string> = {
  nyc: 'New York City',
  yonkers: 'Yonkers',
  philadelphia: 'Philadelphia',
}

const nycSchedule = (a: number, b: number, c: number): Bracket[] => [
  { over: 0, rate: 0.03078 },
  { over: a, rate: 0.03762 },
  { over: b, rate: 0.03819 },
  { over: c, rate: 0.03876 },
]
/** NYC resident income tax on New York taxable income (unchanged in 2026). */
export const NYC_BRACKETS: ByFiling<Bracket[]> = {
  single: nycSchedule(12_000, 25_000, 50_000),
  joint: nycSchedule(21_600, 45_000, 90_000),
  hoh: nycSchedule(14_400, 30_000, 60_000),
}

/** Yonkers: residents pay a surcharge on their New York State tax; people who only work there pay on wages. */
export const YONKERS = { residentSurcharge: 0.1675, nonresidentRate: 0.005 }

/**
 * Philadelphia wage tax. Rates change each July 1 with the city's fiscal year. For a calendar year Worth charges
 * half the wages at each rate in force that year (pay is assumed to be even over the year).
 */
const PHILADELPHIA_RATES: { from: string; resident: number; nonresident: number }[] = [
  { from: '2024-07-01', resident: 0.0375, nonresident: 0.0344 },
  { from: '2025-07-01', resident: 0.0374, nonresident: 0.0343 },
]

function philadelphiaRate(year: TaxYear, resident: boolean): { rate: number; carried: boolean } {
  const at = (date: string) => {
    let pick = PHILADELPHIA_RATES[0]!
    for (const r of PHILADELPHIA_RATES) if (r.from <= date) pick = r
    return resident ? pick.resident : pick.nonresident
  }
  const firstHalf = at(`${year}-01-01`)
  const secondHalf = at(`${year}-07-01`)
  const known = PHILADELPHIA_RATES.some((r) => r.from === `${year}-07-01`)
  return { rate: (firstHalf + secondHalf) / 2, carried: !known }
}

export const LOCAL_CITATIONS: Record<Locality, Citation> = {
  nyc: {
    title: 'New York State DTF, 2025 Form IT-201 Instructions (NYC tax rate schedule)',
    url: 'https://www.tax.ny.gov/pdf/current_forms/it/it201i.pdf',
  },
  yonkers: {
    title: 'New York State DTF, New York City and Yonkers income taxes',
    url: 'https://www.tax.ny.gov/pit/file/nyc_yonkers_residents.htm',
  },
  philadelphia: {
    title: 'City of Philadelphia, Wage Tax (employers)',
    url: 'https://www.phila.gov/services/payments-assistance-taxes/taxes/business-taxes/business-taxes-by-type/wage-tax-employers/',
  },
}

export interface LocalTax {
  amount: number
  notes: string[]
}

export function localTax(input: {
  locality: Locality
  resident: boolean
  year: TaxYear
  filing: Filing
  wages: number
  /** New York taxable income (NYC uses the state's). */
  stateTaxable: number
  /** New York State income tax (Yonkers surcharge base). */
  stateTax: number
}): LocalTax {
  const { locality, resident } = input
  if (locality === 'nyc') {
    return resident
      ? {
          amount: scheduleTax(input.stateTaxable, NYC_BRACKETS[input.filing]),
          notes: [
            'New York City: resident tax only; the NYC household and school tax credits are not included.',
          ],
        }
      : {
          amount: 0,
          notes: ['New York City taxes only its residents; people who only work there pay no city tax.'],
        }
  }
  if (locality === 'yonkers') {
    return resident
      ? { amount: input.stateTax * YONKERS.residentSurcharge, notes: [] }
      : {
          amount: input.wages * YONKERS.nonresidentRate,
          notes: ['Yonkers nonresident earnings tax: the small exclusion for lower earnings is not applied.'],
        }
  }
  const { rate, carried } = philadelphiaRate(input.year, resident)
  // Charged on gross wages: Philadelphia does not exclude 401(k) deferrals.
  return {
    amount: input.wages * rate,
    notes: [
      `Philadelphia wage tax at the ${resident ? 'resident' : 'nonresident'} rate, half the year at each rate in force (${(rate * 100).toFixed(4).replace(/0+$/, '')}% on average).`,
      ...(carried
        ? [`Philadelphia: the rate from July ${input.year} was not at hand; the earlier rate is used.`]
        : []),
    ],
  }
}
