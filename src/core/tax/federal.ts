// Federal income tax and FICA on wages, tax years 2025 and 2026.
import { scheduleTax } from './schedule'
import type { Bracket, ByFiling, Citation, Filing, TaxYear } from './types'

export interface FederalYear {
  /** Ordinary income brackets (10% ... 37%). */
  brackets: ByFiling<Bracket[]>
  standardDeduction: ByFiling<number>
  socialSecurityRate: number
  socialSecurityWageBase: number
  medicareRate: number
  additionalMedicareRate: number
  additionalMedicareThreshold: ByFiling<number>
  /** Elective-deferral limit for a 401(k) (under-50 limit; catch-up contributions are not modelled). */
  k401Limit: number
  citations: Citation[]
}

/** Builds the seven-rate schedule from its six upper edges. */
function sevenRates(edges: [number, number, number, number, number, number]): Bracket[] {
  const rates = [0.1, 0.12, 0.22, 0.24, 0.32, 0.35, 0.37]
  return rates.map((rate, i) => ({ over: i === 0 ? 0 : edges[i - 1]!, rate }))
}

const OBBBA: Citation = {
  title: 'Public Law 119-21 (One Big Beautiful Bill Act), sec. 70102: standard deduction',
  url: 'https://www.congress.gov/bill/119th-congress/house-bill/1/text',
}
const SSA_BASE: Citation = {
  title: 'Social Security Administration, Contribution and Benefit Base',
  url: 'https://www.ssa.gov/oact/cola/cbb.html',
}
const ADDITIONAL_MEDICARE: Citation = {
  title: 'IRS, Questions and Answers for the Additional Medicare Tax',
  url: 'https://www.irs.gov/businesses/small-businesses-self-employed/questions-and-answers-for-the-additional-medicare-tax',
}

/** FICA's rates and the Additional Medicare thresholds are set by statute, not indexed: the same every year. */
const FICA_RATES = {
  socialSecurityRate: 0.062,
  medicareRate: 0.0145,
  additionalMedicareRate: 0.009,
  additionalMedicareThreshold: { single: 200_000, joint: 250_000, hoh: 200_000 },
}

/** A year's sources: its rate tables and retirement limits, with the law and pages every year shares. */
const yearCitations = (rateTables: Citation, retirementLimits: Citation): Citation[] => [
  rateTables,
  OBBBA,
  SSA_BASE,
  ADDITIONAL_MEDICARE,
  retirementLimits,
]

export const FEDERAL: Record<TaxYear, FederalYear> = {
  2025: {
    brackets: {
      single: sevenRates([11_925, 48_475, 103_350, 197_300, 250_525, 626_350]),
      joint: sevenRates([23_850, 96_950, 206_700, 394_600, 501_050, 751_600]),
      hoh: sevenRates([17_000, 64_850, 103_350, 197_300, 250_500, 626_350]),
    },
    // Raised by OBBBA in July 2025 from the 15,000 / 30,000 / 22,500 of Rev. Proc. 2024-40.
    standardDeduction: { single: 15_750, joint: 31_500, hoh: 23_625 },
    ...FICA_RATES,
    socialSecurityWageBase: 176_100,
    k401Limit: 23_500,
    citations: yearCitations(
      {
        title: 'IRS Rev. Proc. 2024-40 (2025 tax rate tables)',
        url: 'https://www.irs.gov/pub/irs-drop/rp-24-40.pdf',
      },
      {
        title: 'IRS Notice 2024-80 (2025 retirement plan limits)',
        url: 'https://www.irs.gov/pub/irs-drop/n-24-80.pdf',
      },
    ),
  },
  2026: {
    brackets: {
      single: sevenRates([12_400, 50_400, 105_700, 201_775, 256_225, 640_600]),
      joint: sevenRates([24_800, 100_800, 211_400, 403_550, 512_450, 768_700]),
      hoh: sevenRates([17_700, 67_450, 105_700, 201_750, 256_200, 640_600]),
    },
    standardDeduction: { single: 16_100, joint: 32_200, hoh: 24_150 },
    ...FICA_RATES,
    socialSecurityWageBase: 184_500,
    k401Limit: 24_500,
    citations: yearCitations(
      {
        title: 'IRS Rev. Proc. 2025-32 (2026 tax rate tables)',
        url: 'https://www.irs.gov/pub/irs-drop/rp-25-32.pdf',
      },
      {
        title: 'IRS Notice 2025-67 (2026 retirement plan limits)',
        url: 'https://www.irs.gov/pub/irs-drop/n-25-67.pdf',
      },
    ),
  },
}

export interface FederalTaxes {
  taxableIncome: number
  incomeTax: number
  socialSecurity: number
  medicare: number
  additionalMedicare: number
}

/** Federal income tax on wages less the 401(k) deferral and the standard deduction, plus the employee's FICA. */
export function federalTaxes(year: TaxYear, filing: Filing, wages: number, k401: number): FederalTaxes {
  const f = FEDERAL[year]
  const taxableIncome = Math.max(0, wages - k401 - f.standardDeduction[filing])
  return {
    taxableIncome,
    incomeTax: scheduleTax(taxableIncome, f.brackets[filing]),
    // FICA is charged on wages before the 401(k) deferral.
    socialSecurity: Math.min(wages, f.socialSecurityWageBase) * f.socialSecurityRate,
    medicare: wages * f.medicareRate,
    additionalMedicare: Math.max(0, wages - f.additionalMedicareThreshold[filing]) * f.additionalMedicareRate,
  }
}
