// Employee-paid state payroll programs: disability insurance, paid family and medical leave, long-term care,
// and the few states where employees pay into unemployment insurance. Employers may choose to pay some of these
// for their staff; Worth assumes the employer withholds the largest employee share the law allows.
import type { Citation, StateCode, TaxYear } from './types'

export interface PayrollYear {
  rate: number
  /** Wages above this are not charged (annual). */
  wageCap?: number
  /** Largest yearly contribution. */
  maxAmount?: number
}

export interface PayrollProgram {
  state: StateCode
  program: string
  years: Partial<Record<TaxYear, PayrollYear>>
  citation: Citation
}

/** Social Security wage base, which several leave programs use as their cap. */
const SS_BASE: Record<TaxYear, number> = { 2025: 176_100, 2026: 184_500 }

export const PAYROLL_PROGRAMS: PayrollProgram[] = [
  {
    state: 'AK',
    program: 'Alaska unemployment insurance (employee share)',
    years: { 2025: { rate: 0.005, wageCap: 51_700 } },
    citation: {
      title: 'Alaska DOLWD, 2025 Unemployment Insurance Tax Rates',
      url: 'https://labor.alaska.gov/estax/2025-experience-rates.html',
    },
  },
  {
    state: 'CA',
    program: 'California SDI',
    // No wage cap since 2024 (SB 951).
    years: { 2025: { rate: 0.012 }, 2026: { rate: 0.013 } },
    citation: {
      title: 'California EDD, Contribution Rates, Withholding Schedules, and Meals and Lodging Values',
      url: 'https://edd.ca.gov/en/payroll_taxes/rates_and_withholding/',
    },
  },
  {
    state: 'CO',
    program: 'Colorado FAMLI (employee share)',
    years: { 2025: { rate: 0.0045, wageCap: SS_BASE[2025] }, 2026: { rate: 0.0044, wageCap: SS_BASE[2026] } },
    citation: { title: 'Colorado FAMLI, Premiums', url: 'https://famli.colorado.gov/employers/premiums' },
  },
  {
    state: 'CT',
    program: 'Connecticut Paid Leave',
    years: { 2025: { rate: 0.005, wageCap: SS_BASE[2025] }, 2026: { rate: 0.005, wageCap: SS_BASE[2026] } },
    citation: {
      title: 'CT Paid Leave Authority, Remit Contributions',
      url: 'https://www.ctpaidleave.org/remit-contributions',
    },
  },
  {
    state: 'DE',
    program: 'Delaware Paid Leave (employee share)',
    // 0.8% in all for employers of 25 or more (0.4% medical, 0.32% parental, 0.08% caregiver); up to half withheld.
    years: { 2025: { rate: 0.004, wageCap: SS_BASE[2025] }, 2026: { rate: 0.004, wageCap: SS_BASE[2026] } },
    citation: {
      title: 'Delaware Department of Labor, Delaware Paid Leave',
      url: 'https://labor.delaware.gov/delaware-paid-leave/',
    },
  },
  {
    state: 'MA',
    program: 'Massachusetts PFML (employee share)',
    // 0.88% in all: family 0.18% (all employee) + medical 0.70% (up to 40% employee) = 0.46%.
    years: { 2025: { rate: 0.0046, wageCap: SS_BASE[2025] }, 2026: { rate: 0.0046, wageCap: SS_BASE[2026] } },
    citation: {
      title: 'Mass.gov, Paid Family and Medical Leave contribution rates and calculator',
      url: 'https://www.mass.gov/info-details/paid-family-and-medical-leave-employer-contribution-rates-and-calculator',
    },
  },
  {
    state: 'ME',
    program: 'Maine PFML (employee share)',
    years: { 2025: { rate: 0.005, wageCap: SS_BASE[2025] }, 2026: { rate: 0.005, wageCap: SS_BASE[2026] } },
    citation: {
      title: 'Maine Department of Labor, Paid Family and Medical Leave',
      url: 'https://www.maine.gov/paidleave/',
    },
  },
  {
    state: 'MN',
    program: 'Minnesota Paid Leave (employee share)',
    // Premiums start January 1, 2026: 0.88% in all, up to half withheld.
    years: { 2026: { rate: 0.0044, wageCap: SS_BASE[2026] } },
    citation: {
      title: 'Minnesota Statutes section 268B.14',
      url: 'https://www.revisor.mn.gov/statutes/cite/268B.14',
    },
  },
  {
    state: 'NJ',
    program: 'New Jersey TDI',
    years: { 2025: { rate: 0.0023, wageCap: 165_400 }, 2026: { rate: 0.0019, wageCap: 171_100 } },
    citation: {
      title: 'NJ Department of Labor, TDI and FLI rate information for employers',
      url: 'https://www.nj.gov/labor/myleavebenefits/employer/index.shtml',
    },
  },
  {
    state: 'NJ',
    program: 'New Jersey FLI',
    years: { 2025: { rate: 0.0033, wageCap: 165_400 }, 2026: { rate: 0.0023, wageCap: 171_100 } },
    citation: {
      title: 'NJ Department of Labor, TDI and FLI rate information for employers',
      url: 'https://www.nj.gov/labor/myleavebenefits/employer/index.shtml',
    },
  },
  {
    state: 'NJ',
    program: 'New Jersey UI/WF/SWF (employee share)',
    // 0.3825% unemployment + 0.0425% workforce funds.
    years: { 2025: { rate: 0.00425, wageCap: 43_300 } },
    citation: {
      title: 'NJ Department of Labor, Employer Contribution Rates',
      url: 'https://www.nj.gov/labor/ea/employer-services/rate-info/',
    },
  },
  {
    state: 'NY',
    program: 'New York SDI',
    // 0.5% of wages, at most $0.60 a week.
    years: { 2025: { rate: 0.005, maxAmount: 31.2 }, 2026: { rate: 0.005, maxAmount: 31.2 } },
    citation: {
      title: "NY Workers' Compensation Board, Disability Benefits for employees",
      url: 'https://www.wcb.ny.gov/content/main/DisabilityBenefits/employee-disability-benefits.jsp',
    },
  },
  {
    state: 'NY',
    program: 'New York Paid Family Leave',
    years: { 2025: { rate: 0.00388, maxAmount: 354.53 }, 2026: { rate: 0.00432, maxAmount: 411.91 } },
    citation: {
      title: 'NY Paid Family Leave, Updates for 2025 and 2026 (payroll deduction notices)',
      url: 'https://paidfamilyleave.ny.gov/cost',
    },
  },
  {
    state: 'OR',
    program: 'Paid Leave Oregon (employee share)',
    years: { 2025: { rate: 0.006, wageCap: SS_BASE[2025] }, 2026: { rate: 0.006, wageCap: SS_BASE[2026] } },
    citation: {
      title: 'Paid Leave Oregon, Contributions calculator',
      url: 'https://paidleave.oregon.gov/employers/contributions-calculator.html',
    },
  },
  {
    state: 'OR',
    program: 'Oregon statewide transit tax',
    years: { 2025: { rate: 0.001 }, 2026: { rate: 0.001 } },
    citation: {
      title: 'Oregon DOR, Statewide Transit Tax',
      url: 'https://www.oregon.gov/dor/programs/businesses/pages/statewide-transit-tax.aspx',
    },
  },
  {
    state: 'PA',
    program: 'Pennsylvania unemployment compensation (employee share)',
    years: { 2025: { rate: 0.0007 }, 2026: { rate: 0.0007 } },
    citation: {
      title: 'Pennsylvania DLI, Employee Withholding',
      url: 'https://www.pa.gov/agencies/dli/resources/for-employers-and-educators/how-to-file/uc-tax/employee-withholding',
    },
  },
  {
    state: 'RI',
    program: 'Rhode Island TDI',
    years: { 2025: { rate: 0.012, wageCap: 89_200 }, 2026: { rate: 0.011, wageCap: 100_000 } },
    citation: {
      title: 'RI DLT, 2026 tax rates for unemployment insurance and temporary disability insurance',
      url: 'https://dlt.ri.gov/press-releases/2026-tax-rates-unemployment-insurance-and-temporary-disability-insurance',
    },
  },
  {
    state: 'VT',
    program: 'Vermont Child Care Contribution (employee share)',
    years: { 2025: { rate: 0.0011 }, 2026: { rate: 0.0011 } },
    citation: {
      title: 'Vermont Department of Taxes, Child Care Contribution guidance (GB-1326)',
      url: 'https://tax.vermont.gov/sites/tax/files/documents/GB-1326.pdf',
    },
  },
  {
    state: 'WA',
    program: 'WA Cares Fund',
    years: { 2025: { rate: 0.0058 }, 2026: { rate: 0.0058 } },
    citation: { title: 'WA Cares Fund, Employer information', url: 'https://wacaresfund.wa.gov/employers' },
  },
  {
    state: 'WA',
    program: 'Washington Paid Family and Medical Leave (employee share)',
    // 2025: 0.92% in all, employee share 71.52%; 2026: 1.13%, employee share 71.43%.
    years: {
      2025: { rate: 0.0092 * 0.7152, wageCap: SS_BASE[2025] },
      2026: { rate: 0.0113 * 0.7143, wageCap: SS_BASE[2026] },
    },
    citation: {
      title: 'Washington Paid Leave, Updates (premium rates)',
      url: 'https://paidleave.wa.gov/updates/',
    },
  },
]

export interface PayrollCharge {
  program: string
  amount: number
  citation: Citation
  /** Set when the year's figures were not at hand and an earlier year's were used. */
  carriedFrom?: TaxYear
}

/** The employee-paid programs of a state for a year, charged on gross wages. */
export function statePayroll(state: StateCode, year: TaxYear, wages: number): PayrollCharge[] {
  const out: PayrollCharge[] = []
  for (const p of PAYROLL_PROGRAMS) {
    if (p.state !== state) continue
    let y = p.years[year]
    let carriedFrom: TaxYear | undefined
    // Minnesota's program starts in 2026; other programs missing a 2026 entry reuse 2025 and say so.
    if (!y && year === 2026 && p.years[2025]) {
      y = p.years[2025]
      carriedFrom = 2025
    }
    if (!y) continue
    const base = y.wageCap === undefined ? wages : Math.min(wages, y.wageCap)
    const raw = base * y.rate
    const amount = y.maxAmount === undefined ? raw : Math.min(raw, y.maxAmount)
    out.push({ program: p.program, amount, citation: p.citation, ...(carriedFrom ? { carriedFrom } : {}) })
  }
  return out
}
