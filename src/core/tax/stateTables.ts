// Worth's own table of state (and DC) income taxes on wages, tax year 2025, with 2026 figures where they were at
// hand. Each state lists its brackets, its basic deductions, exemptions or exemption credits, and the official
// source the figures were checked against. Rules particular to one state sit in its `adjust` function.
import { newYorkTax } from './newYorkRecapture'
import { bandValue, linearPhaseOut, scheduleTax, steppedAmount } from './schedule'
import type { Bracket, ByFiling, Citation, Filing, StateCode, TaxYear } from './types'

/** The figures of one state for one year. */
export interface StateYear {
  brackets: ByFiling<Bracket[]>
  /** A standard deduction, or 'federal' where the state starts from federal taxable income or copies its deduction. */
  deduction?: ByFiling<number> | 'federal'
  /** Personal exemptions for the filer (and spouse on a joint return), subtracted from income. */
  exemption?: ByFiling<number>
  /** Personal credits for the filer (and spouse), subtracted from the tax. */
  exemptionCredit?: ByFiling<number>
}

/** What a state's own rules see. */
export interface StateContext {
  year: TaxYear
  filing: Filing
  /** State adjusted gross income: wages less the 401(k) deferral where the state allows it. */
  agi: number
  /** Federal income tax (a few states let it be deducted). */
  federalIncomeTax: number
  /** Employee Social Security and Medicare tax (Massachusetts lets part of it be deducted). */
  fica: number
  federalStandardDeduction: number
}

/** Replacements or additions a state's own rules make to the generic computation. */
export interface StateAdjustment {
  deduction?: number
  exemption?: number
  /** Further subtraction from income (e.g. federal income tax in Alabama). */
  subtraction?: number
  /** Replaces the bracket computation. */
  tax?: (taxable: number) => number
  /** Further tax (surtaxes, flat fees), added after brackets. */
  addTax?: number
  /** Replaces the exemption credit. */
  exemptionCredit?: number
  /** Further credit, subtracted from the tax. */
  credit?: number
}

export interface StateRules {
  code: StateCode
  name: string
  /** False for the states with no tax on wages. */
  wageTax: boolean
  /** Whether a 401(k) deferral is left out of state taxable wages (false in Pennsylvania). */
  k401Deductible: boolean
  years: { 2025: StateYear; 2026?: Partial<StateYear> }
  /** When 2026 figures are partial: which ones were updated. */
  note2026?: string
  adjust?: (c: StateContext, y: StateYear) => StateAdjustment
  citation: Citation
  moreCitations?: Citation[]
  /** Parts of the state's law Worth leaves out, in plain words. */
  skipped: string[]
}

// Helpers to write the tables briefly.
const byFiling = <T>(single: T, joint: T, hoh: T): ByFiling<T> => ({ single, joint, hoh })
const same = <T>(v: T): ByFiling<T> => byFiling(v, v, v)
const flat = (rate: number): ByFiling<Bracket[]> => same([{ over: 0, rate }])
/** A schedule from pairs of [lower edge, rate]. */
const sched = (...pairs: [number, number][]): Bracket[] => pairs.map(([over, rate]) => ({ over, rate }))
/** Per-person amounts: the joint return counts two people. */
const perPerson = (amount: number): ByFiling<number> => byFiling(amount, amount * 2, amount)

const noWageTax = (
  code: StateCode,
  name: string,
  citation: Citation,
  skipped: string[] = [],
): StateRules => ({
  code,
  name,
  wageTax: false,
  k401Deductible: true,
  years: { 2025: { brackets: flat(0) } },
  citation,
  skipped,
})

const OBBBA_CONFORMITY =
  'Worth assumes the state follows the July 2025 federal standard deduction (15,750 / 31,500 / 23,625).'

export const STATE_RULES: Record<StateCode, StateRules> = {
  AL: {
    code: 'AL',
    name: 'Alabama',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched([0, 0.02], [500, 0.04], [3_000, 0.05]),
          sched([0, 0.02], [1_000, 0.04], [6_000, 0.05]),
          sched([0, 0.02], [500, 0.04], [3_000, 0.05]),
        ),
        exemption: byFiling(1_500, 3_000, 3_000),
      },
    },
    adjust: (c) => {
      // The standard deduction shrinks by a fixed amount for each $500 (or part) of AGI over $26,000.
      const max = byFiling(3_000, 8_500, 5_200)[c.filing]
      const min = byFiling(2_500, 5_000, 2_500)[c.filing]
      const perStep = byFiling(25, 175, 135)[c.filing]
      return {
        deduction: max - steppedAmount(c.agi, 26_000, 500, perStep, max - min),
        // Alabama lets residents deduct the federal income tax they pay.
        subtraction: c.federalIncomeTax,
      }
    },
    citation: {
      title: 'Alabama Department of Revenue, 2025 Form 40 Instructions',
      url: 'https://www.revenue.alabama.gov/wp-content/uploads/2026/01/25f40bk.pdf',
    },
    skipped: [
      "Alabama: dependent exemptions; city and county occupational taxes other than Birmingham's.",
      'Alabama: the federal income tax deduction uses the federal tax Worth computes, not the tax actually paid in the year.',
    ],
  },
  AK: noWageTax('AK', 'Alaska', {
    title: 'Alaska Department of Revenue, Tax Division (no individual income tax)',
    url: 'https://tax.alaska.gov/',
  }),
  AZ: {
    code: 'AZ',
    name: 'Arizona',
    wageTax: true,
    k401Deductible: true,
    years: { 2025: { brackets: flat(0.025), deduction: byFiling(15_750, 31_500, 23_625) } },
    citation: {
      title: 'Arizona Department of Revenue, 2025 Form 140 Instructions',
      url: 'https://azdor.gov/sites/default/files/document/FORMS_INDIVIDUAL_2025_140i.pdf',
    },
    skipped: ['Arizona: the charitable-contribution increase to the standard deduction; dependent credits.'],
  },
  AR: {
    code: 'AR',
    name: 'Arkansas',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: same(sched([0, 0], [5_600, 0.02], [11_200, 0.03], [16_000, 0.034], [26_400, 0.039])),
        deduction: byFiling(2_470, 4_940, 2_470),
        exemptionCredit: perPerson(29),
      },
    },
    adjust: (c, y) => ({
      // Above $95,000 the tax is 3.9% of all net taxable income less a bracket adjustment that falls by $10 for
      // each $100 of income, to $89 from $97,901.
      tax: (taxable) =>
        taxable <= 95_000
          ? scheduleTax(taxable, y.brackets[c.filing])
          : 0.039 * taxable - Math.max(89, 369 - 10 * Math.floor((taxable - 95_001) / 100)),
    }),
    citation: {
      title: 'Arkansas DFA, 2025 AR1000F/AR1000NR Instructions',
      url: 'https://www.dfa.arkansas.gov/wp-content/uploads/2025_AR1000F_and_AR1000NR_Instructions.pdf',
    },
    skipped: ['Arkansas: low-income tax tables; dependent credits.'],
  },
  CA: {
    code: 'CA',
    name: 'California',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched(
            [0, 0.01],
            [11_079, 0.02],
            [26_264, 0.04],
            [41_452, 0.06],
            [57_542, 0.08],
            [72_724, 0.093],
            [371_479, 0.103],
            [445_771, 0.113],
            [742_953, 0.123],
          ),
          sched(
            [0, 0.01],
            [22_158, 0.02],
            [52_528, 0.04],
            [82_904, 0.06],
            [115_084, 0.08],
            [145_448, 0.093],
            [742_958, 0.103],
            [891_542, 0.113],
            [1_485_906, 0.123],
          ),
          sched(
            [0, 0.01],
            [22_173, 0.02],
            [52_530, 0.04],
            [67_716, 0.06],
            [83_805, 0.08],
            [98_990, 0.093],
            [505_208, 0.103],
            [606_251, 0.113],
            [1_010_417, 0.123],
          ),
        ),
        deduction: byFiling(5_706, 11_412, 11_412),
        exemptionCredit: perPerson(153),
      },
    },
    adjust: (c, y) => {
      // Form 540 line 32 worksheet: each $153 exemption credit falls by $6 for every $2,500 (or part) of federal AGI
      // above $252,203 ($504,411 joint, $378,310 head of household), down to nothing.
      const start = byFiling(252_203, 504_411, 378_310)[c.filing]
      const credits = c.filing === 'joint' ? 2 : 1
      const each = 153 - steppedAmount(c.agi, start, 2_500, 6, 153)
      return {
        exemptionCredit: each * credits,
        // Mental Health Services Tax: 1% more on taxable income over $1,000,000.
        tax: (taxable) =>
          scheduleTax(taxable, y.brackets[c.filing]) + 0.01 * Math.max(0, taxable - 1_000_000),
      }
    },
    citation: {
      title: 'California FTB, 2025 California Tax Rate Schedules',
      url: 'https://www.ftb.ca.gov/forms/2025/2025-540-tax-rate-schedules.pdf',
    },
    moreCitations: [
      {
        title: 'California FTB, 2025 Form 540 (standard deduction, exemption credit)',
        url: 'https://www.ftb.ca.gov/forms/2025/2025-540.pdf',
      },
    ],
    skipped: ["California: renter's and dependent credits."],
  },
  CO: {
    code: 'CO',
    name: 'Colorado',
    wageTax: true,
    k401Deductible: true,
    years: { 2025: { brackets: flat(0.044), deduction: 'federal' } },
    citation: {
      title: 'Colorado Department of Revenue, 2025 Individual Income Tax Guide (Book 104)',
      url: 'https://tax.colorado.gov/sites/tax/files/documents/Book104_2025.pdf',
    },
    skipped: [
      'Colorado: the add-back of federal deductions for high incomes; TABOR refunds; occupational privilege taxes of cities other than Denver and Aurora.',
      `Colorado: ${OBBBA_CONFORMITY}`,
    ],
  },
  CT: {
    code: 'CT',
    name: 'Connecticut',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched(
            [0, 0.02],
            [10_000, 0.045],
            [50_000, 0.055],
            [100_000, 0.06],
            [200_000, 0.065],
            [250_000, 0.069],
            [500_000, 0.0699],
          ),
          sched(
            [0, 0.02],
            [20_000, 0.045],
            [100_000, 0.055],
            [200_000, 0.06],
            [400_000, 0.065],
            [500_000, 0.069],
            [1_000_000, 0.0699],
          ),
          sched(
            [0, 0.02],
            [16_000, 0.045],
            [80_000, 0.055],
            [160_000, 0.06],
            [320_000, 0.065],
            [400_000, 0.069],
            [800_000, 0.0699],
          ),
        ),
      },
    },
    adjust: (c) => {
      const f = c.filing
      // Personal exemption: $1,000 less for each $1,000 (or part) of AGI above the start.
      const exMax = byFiling(15_000, 24_000, 19_000)[f]
      const exemption = exMax - steppedAmount(c.agi, byFiling(30_000, 48_000, 38_000)[f], 1_000, 1_000, exMax)
      // Phase-out of the 2% bracket, then three recaptures of the lower brackets (Tables C and D).
      const addBack = steppedAmount(
        c.agi,
        byFiling(56_500, 100_500, 78_500)[f],
        byFiling(5_000, 5_000, 4_000)[f],
        byFiling(25, 50, 40)[f],
        byFiling(250, 500, 400)[f],
      )
      const inc = byFiling(5_000, 10_000, 8_000)[f]
      const low = steppedAmount(
        c.agi,
        byFiling(105_000, 210_000, 168_000)[f],
        inc,
        byFiling(25, 50, 40)[f],
        byFiling(250, 500, 400)[f],
      )
      const middle = steppedAmount(
        c.agi,
        byFiling(200_000, 400_000, 320_000)[f],
        inc,
        byFiling(90, 180, 140)[f],
        byFiling(2_700, 5_400, 4_200)[f],
      )
      const high = steppedAmount(
        c.agi,
        byFiling(500_000, 1_000_000, 800_000)[f],
        inc,
        byFiling(50, 100, 80)[f],
        byFiling(450, 900, 720)[f],
      )
      return { exemption, addTax: addBack + low + middle + high }
    },
    citation: {
      title: 'Connecticut DRS, 2025 Form CT-1040 Instructions',
      url: 'https://portal.ct.gov/-/media/drs/forms/2025/income/2025-ct-1040-instructions_1225.pdf',
    },
    skipped: ['Connecticut: the personal tax credit (Table E) for lower incomes; property tax credit.'],
  },
  DE: {
    code: 'DE',
    name: 'Delaware',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: same(
          sched(
            [0, 0],
            [2_000, 0.022],
            [5_000, 0.039],
            [10_000, 0.048],
            [20_000, 0.052],
            [25_000, 0.0555],
            [60_000, 0.066],
          ),
        ),
        deduction: byFiling(3_250, 6_500, 3_250),
        exemptionCredit: perPerson(110),
      },
    },
    citation: {
      title: 'Delaware Division of Revenue, 2025 Resident Income Tax Instructions',
      url: 'https://revenuefiles.delaware.gov/2025/PITForms_Instructions/Instructions/PIT-RES_Instructions_2025-01.pdf',
    },
    skipped: ['Delaware: separate filing on a combined return.'],
  },
  DC: {
    code: 'DC',
    name: 'District of Columbia',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: same(
          sched(
            [0, 0.04],
            [10_000, 0.06],
            [40_000, 0.065],
            [60_000, 0.085],
            [250_000, 0.0925],
            [500_000, 0.0975],
            [1_000_000, 0.1075],
          ),
        ),
        // DC kept the pre-July-2025 federal amounts.
        deduction: byFiling(15_000, 30_000, 22_500),
      },
    },
    citation: {
      title: 'DC Office of Tax and Revenue, 2025 D-40 Booklet',
      url: 'https://otr.cfo.dc.gov/sites/default/files/dc/sites/otr/publication/attachments/2025_D40_Book_Final_wLinks_021226_v1.0.pdf',
    },
    skipped: ['District of Columbia: the earned income and other credits.'],
  },
  FL: noWageTax('FL', 'Florida', {
    title: 'Florida Department of Revenue (no personal income tax)',
    url: 'https://floridarevenue.com/',
  }),
  GA: {
    code: 'GA',
    name: 'Georgia',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: { brackets: flat(0.0519), deduction: byFiling(12_000, 24_000, 12_000) },
      2026: { brackets: flat(0.0499), deduction: byFiling(15_000, 30_000, 15_000) },
    },
    citation: {
      title: 'Georgia DOR, 2025 IT-511 Individual Income Tax Booklet',
      url: 'https://dor.georgia.gov/document/document/2025-it-511-individual-income-tax-booklet/download',
    },
    moreCitations: [
      {
        title: 'Georgia General Assembly, HB 463 (2025-2026) rate and deduction changes',
        url: 'https://www.legis.ga.gov/api/legislation/document/20252026/249080',
      },
    ],
    skipped: ['Georgia: dependent exemptions; low-income credit.'],
  },
  HI: {
    code: 'HI',
    name: 'Hawaii',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched(
            [0, 0.014],
            [9_600, 0.032],
            [14_400, 0.055],
            [19_200, 0.064],
            [24_000, 0.068],
            [36_000, 0.072],
            [48_000, 0.076],
            [125_000, 0.079],
            [175_000, 0.0825],
            [225_000, 0.09],
            [275_000, 0.1],
            [325_000, 0.11],
          ),
          sched(
            [0, 0.014],
            [19_200, 0.032],
            [28_800, 0.055],
            [38_400, 0.064],
            [48_000, 0.068],
            [72_000, 0.072],
            [96_000, 0.076],
            [250_000, 0.079],
            [350_000, 0.0825],
            [450_000, 0.09],
            [550_000, 0.1],
            [650_000, 0.11],
          ),
          sched(
            [0, 0.014],
            [14_400, 0.032],
            [21_600, 0.055],
            [28_800, 0.064],
            [36_000, 0.068],
            [54_000, 0.072],
            [72_000, 0.076],
            [187_500, 0.079],
            [262_500, 0.0825],
            [337_500, 0.09],
            [412_500, 0.1],
            [487_500, 0.11],
          ),
        ),
        deduction: byFiling(4_400, 8_800, 6_424),
        exemption: perPerson(1_144),
      },
      2026: { deduction: byFiling(8_000, 16_000, 12_000) },
    },
    note2026: 'standard deduction updated; brackets and exemption are 2025 figures',
    citation: {
      title: 'Hawaii Department of Taxation, 2025 Form N-11 Instructions',
      url: 'https://files.hawaii.gov/tax/forms/current/n11ins.pdf',
    },
    skipped: ['Hawaii: the alternative tax on capital gains; food/excise and other refundable credits.'],
  },
  ID: {
    code: 'ID',
    name: 'Idaho',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched([0, 0], [4_811, 0.053]),
          sched([0, 0], [9_622, 0.053]),
          sched([0, 0], [9_622, 0.053]),
        ),
        deduction: 'federal',
      },
    },
    // Permanent building fund tax: $10 on each return that owes income tax.
    adjust: (c, y) => ({
      tax: (taxable) => (taxable > 0 ? scheduleTax(taxable, y.brackets[c.filing]) + 10 : 0),
    }),
    citation: {
      title: 'Idaho State Tax Commission, 2025 Individual Income Tax Instructions',
      url: 'https://tax.idaho.gov/wp-content/uploads/forms/EIN00046/EIN00046_09-29-2025.pdf',
    },
    skipped: ['Idaho: grocery and child credits.', `Idaho: ${OBBBA_CONFORMITY}`],
  },
  IL: {
    code: 'IL',
    name: 'Illinois',
    wageTax: true,
    k401Deductible: true,
    years: { 2025: { brackets: flat(0.0495), exemption: perPerson(2_850) } },
    // No exemption allowance above $250,000 of AGI ($500,000 joint).
    adjust: (c, y) =>
      c.agi > byFiling(250_000, 500_000, 250_000)[c.filing]
        ? { exemption: 0 }
        : { exemption: y.exemption![c.filing] },
    citation: {
      title: 'Illinois Department of Revenue, 2025 Form IL-1040 Instructions',
      url: 'https://tax.illinois.gov/content/dam/soi/en/web/tax/forms/incometax/documents/currentyear/individual/il-1040-instr.pdf',
    },
    skipped: ['Illinois: property tax, education and earned income credits.'],
  },
  IN: {
    code: 'IN',
    name: 'Indiana',
    wageTax: true,
    k401Deductible: true,
    years: { 2025: { brackets: flat(0.03), exemption: perPerson(1_000) }, 2026: { brackets: flat(0.0295) } },
    note2026: 'rate updated; exemption is the 2025 figure',
    citation: {
      title: 'Indiana DOR, 2025 IT-40 Instruction Booklet',
      url: 'https://forms.in.gov/Download.aspx?id=16915',
    },
    skipped: ["Indiana: renter's deduction; county tax for people who live outside Indiana and work in it."],
  },
  IA: {
    code: 'IA',
    name: 'Iowa',
    wageTax: true,
    k401Deductible: true,
    years: { 2025: { brackets: flat(0.038), deduction: 'federal', exemptionCredit: perPerson(40) } },
    citation: {
      title: 'Iowa Department of Revenue, 2025 IA 1040 Expanded Instructions: Iowa tax',
      url: 'https://revenue.iowa.gov/taxes/tax-guidance/individual-income-tax/1040-expanded-instructions/iowa-tax',
    },
    skipped: [
      'Iowa: school district surtaxes; the alternate tax for low incomes.',
      `Iowa: ${OBBBA_CONFORMITY}`,
    ],
  },
  KS: {
    code: 'KS',
    name: 'Kansas',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched([0, 0.052], [23_000, 0.0558]),
          sched([0, 0.052], [46_000, 0.0558]),
          sched([0, 0.052], [23_000, 0.0558]),
        ),
        deduction: byFiling(3_605, 8_240, 6_180),
        exemption: byFiling(9_160, 18_320, 11_480),
      },
    },
    citation: {
      title: 'Kansas Department of Revenue, 2025 Form K-40 Instructions',
      url: 'https://www.ksrevenue.gov/pdf/ip25.pdf',
    },
    skipped: ['Kansas: dependent exemptions; food sales tax credit.'],
  },
  KY: {
    code: 'KY',
    name: 'Kentucky',
    wageTax: true,
    k401Deductible: true,
    years: { 2025: { brackets: flat(0.04), deduction: same(3_270) }, 2026: { brackets: flat(0.035) } },
    note2026: 'rate updated; standard deduction is the 2025 figure',
    citation: {
      title: 'Kentucky DOR, 2025 Form 740 Instructions',
      url: 'https://revenue.ky.gov/Forms/740%20Packet%20Instructions%20(2025).pdf',
    },
    skipped: ['Kentucky: occupational license taxes outside Louisville and Lexington; family size credit.'],
  },
  LA: {
    code: 'LA',
    name: 'Louisiana',
    wageTax: true,
    k401Deductible: true,
    years: { 2025: { brackets: flat(0.03), deduction: byFiling(12_500, 25_000, 25_000) } },
    citation: {
      title: 'Louisiana Department of Revenue, 2025 IT-540 Instructions',
      url: 'https://dam.ldr.la.gov/taxforms/IT540i%20WEB(2025)D11.pdf',
    },
    skipped: ['Louisiana: dependent-related amounts and credits.'],
  },
  ME: {
    code: 'ME',
    name: 'Maine',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched([0, 0.058], [26_800, 0.0675], [63_450, 0.0715]),
          sched([0, 0.058], [53_600, 0.0675], [126_900, 0.0715]),
          sched([0, 0.058], [40_200, 0.0675], [95_150, 0.0715]),
        ),
        // Maine kept the pre-July-2025 federal amounts.
        deduction: byFiling(15_000, 30_000, 22_500),
        exemption: perPerson(5_150),
      },
    },
    adjust: (c, y) => {
      const f = c.filing
      const ded = y.deduction as ByFiling<number>
      return {
        deduction: linearPhaseOut(
          ded[f],
          c.agi,
          byFiling(100_000, 200_050, 150_000)[f],
          byFiling(75_000, 150_000, 112_500)[f],
        ),
        exemption: linearPhaseOut(y.exemption![f], c.agi, byFiling(333_450, 400_100, 366_750)[f], 125_000),
      }
    },
    citation: {
      title: 'Maine Revenue Services, 2025 Form 1040ME Instructions',
      url: 'https://www.maine.gov/revenue/sites/maine.gov.revenue/files/inline-files/25_1040me_gen_instr_w_cover_pg.pdf',
    },
    skipped: ['Maine: dependent credit; property tax fairness and sales tax fairness credits.'],
  },
  MD: {
    code: 'MD',
    name: 'Maryland',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched(
            [0, 0.02],
            [1_000, 0.03],
            [2_000, 0.04],
            [3_000, 0.0475],
            [100_000, 0.05],
            [125_000, 0.0525],
            [150_000, 0.055],
            [250_000, 0.0575],
            [500_000, 0.0625],
            [1_000_000, 0.065],
          ),
          sched(
            [0, 0.02],
            [1_000, 0.03],
            [2_000, 0.04],
            [3_000, 0.0475],
            [150_000, 0.05],
            [175_000, 0.0525],
            [225_000, 0.055],
            [300_000, 0.0575],
            [600_000, 0.0625],
            [1_200_000, 0.065],
          ),
          sched(
            [0, 0.02],
            [1_000, 0.03],
            [2_000, 0.04],
            [3_000, 0.0475],
            [150_000, 0.05],
            [175_000, 0.0525],
            [225_000, 0.055],
            [300_000, 0.0575],
            [600_000, 0.0625],
            [1_200_000, 0.065],
          ),
        ),
        deduction: byFiling(3_350, 6_700, 6_700),
        exemption: perPerson(3_200),
      },
    },
    adjust: (c) => {
      // The $3,200 exemption halves, then halves again, then disappears as federal AGI rises.
      const edges = c.filing === 'single' ? [100_000, 125_000, 150_000] : [150_000, 175_000, 200_000]
      const each = bandValue(c.agi, [
        [-Infinity, 3_200],
        [edges[0]!, 1_600],
        [edges[1]!, 800],
        [edges[2]!, 0],
      ])
      return { exemption: c.filing === 'joint' ? each * 2 : each }
    },
    citation: {
      title: 'Comptroller of Maryland, 2025 Resident Tax Forms and Instructions',
      url: 'https://www.marylandcomptroller.gov/content/dam/mdcomp/tax/instructions/2025/resident-booklet.pdf',
    },
    skipped: ['Maryland: the capital gains surtax; dependent exemptions.'],
  },
  MA: {
    code: 'MA',
    name: 'Massachusetts',
    wageTax: true,
    k401Deductible: true,
    years: { 2025: { brackets: flat(0.05), exemption: byFiling(4_400, 8_800, 6_800) } },
    adjust: (c) => ({
      // Employee Social Security and Medicare paid can be deducted, up to $2,000.
      subtraction: Math.min(2_000, c.fica),
      // 4% surtax on taxable income above $1,083,150 (2025).
      tax: (taxable) => 0.05 * taxable + 0.04 * Math.max(0, taxable - 1_083_150),
    }),
    citation: {
      title: 'Massachusetts DOR, 2025 Form 1 Instructions',
      url: 'https://www.mass.gov/doc/2025-form-1-instructions/download',
    },
    moreCitations: [
      {
        title: 'Massachusetts General Laws ch. 62 sec. 4 (rates and surtax)',
        url: 'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleIX/Chapter62/Section4',
      },
    ],
    skipped: [
      'Massachusetts: the 8.5% rate on short-term gains; rent and dependent deductions; limited income credit.',
    ],
  },
  MI: {
    code: 'MI',
    name: 'Michigan',
    wageTax: true,
    k401Deductible: true,
    years: { 2025: { brackets: flat(0.0425), exemption: perPerson(5_800) } },
    citation: {
      title: 'Michigan Department of Treasury, 2025 MI-1040 Instruction Book',
      url: 'https://www.michigan.gov/taxes/-/media/Project/Websites/taxes/Forms/IIT/TY2025/MI-1040-Book.pdf',
    },
    skipped: ['Michigan: income taxes of the smaller cities that levy one; homestead property tax credit.'],
  },
  MN: {
    code: 'MN',
    name: 'Minnesota',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched([0, 0.0535], [32_570, 0.068], [106_990, 0.0785], [198_630, 0.0985]),
          sched([0, 0.0535], [47_620, 0.068], [189_180, 0.0785], [330_410, 0.0985]),
          sched([0, 0.0535], [40_100, 0.068], [161_130, 0.0785], [264_050, 0.0985]),
        ),
        deduction: byFiling(14_950, 29_900, 22_500),
      },
    },
    adjust: (c, y) => {
      // The deduction falls by 3% of AGI over $238,950, by at most 80% of it.
      const ded = (y.deduction as ByFiling<number>)[c.filing]
      return { deduction: ded - Math.min(0.03 * Math.max(0, c.agi - 238_950), 0.8 * ded) }
    },
    citation: {
      title: 'Minnesota Department of Revenue, 2025 Form M1 Instructions',
      url: 'https://www.revenue.state.mn.us/sites/default/files/2025-11/m1-inst-25_0.pdf',
    },
    skipped: [
      'Minnesota: the further deduction limit above $330,300; the 1% tax on net investment income; child and working family credits.',
    ],
  },
  MS: {
    code: 'MS',
    name: 'Mississippi',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: same(sched([0, 0], [10_000, 0.044])),
        deduction: byFiling(2_300, 4_600, 3_400),
        exemption: byFiling(6_000, 12_000, 8_000),
      },
      2026: { brackets: same(sched([0, 0], [10_000, 0.04])) },
    },
    note2026: 'rate updated; deduction and exemptions are 2025 figures',
    citation: {
      title: 'Mississippi DOR, 2025 Resident Individual Income Tax Instructions',
      url: 'https://www.dor.ms.gov/sites/default/files/tax-forms/individual/80100251%202.pdf',
    },
    skipped: ['Mississippi: dependent exemptions.'],
  },
  MO: {
    code: 'MO',
    name: 'Missouri',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: same(
          sched(
            [0, 0],
            [1_313, 0.02],
            [2_626, 0.025],
            [3_939, 0.03],
            [5_252, 0.035],
            [6_565, 0.04],
            [7_878, 0.045],
            [9_191, 0.047],
          ),
        ),
        deduction: 'federal',
        exemption: byFiling(0, 0, 1_400),
      },
    },
    adjust: (c, y) => {
      // A share of federal income tax is deductible; the share falls as AGI rises, capped at $5,000 ($10,000 joint).
      const share = bandValue(c.agi, [
        [-Infinity, 0.35],
        [25_000, 0.25],
        [50_000, 0.15],
        [100_000, 0.05],
        [125_000, 0],
      ])
      return {
        exemption: y.exemption![c.filing],
        subtraction: Math.min(share * c.federalIncomeTax, byFiling(5_000, 10_000, 5_000)[c.filing]),
      }
    },
    citation: {
      title: 'Missouri DOR, 2025 Form MO-1040 Instructions',
      url: 'https://dor.mo.gov/forms/MO-1040%20Instructions_2025.pdf',
    },
    skipped: [`Missouri: ${OBBBA_CONFORMITY}`],
  },
  MT: {
    code: 'MT',
    name: 'Montana',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched([0, 0.047], [21_100, 0.059]),
          sched([0, 0.047], [42_200, 0.059]),
          sched([0, 0.047], [31_700, 0.059]),
        ),
        deduction: 'federal',
      },
      2026: {
        brackets: byFiling(
          sched([0, 0.047], [47_500, 0.0565]),
          sched([0, 0.047], [95_000, 0.0565]),
          sched([0, 0.047], [71_250, 0.0565]),
        ),
      },
    },
    citation: {
      title: 'Montana Department of Revenue, 2025 Tax Rates and Deductions',
      url: 'https://revenue.mt.gov/files/BIT/Montana-Tax-Tables-and-Deductions/2025-Tax-Rates-and-Deductions.pdf',
    },
    skipped: ['Montana: the lower rates on capital gains.', `Montana: ${OBBBA_CONFORMITY}`],
  },
  NE: {
    code: 'NE',
    name: 'Nebraska',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched([0, 0.0246], [4_030, 0.0351], [24_120, 0.0501], [38_870, 0.052]),
          sched([0, 0.0246], [8_040, 0.0351], [48_250, 0.0501], [77_730, 0.052]),
          sched([0, 0.0246], [7_510, 0.0351], [38_590, 0.0501], [57_630, 0.052]),
        ),
        deduction: byFiling(8_600, 17_200, 12_600),
        exemptionCredit: perPerson(171),
      },
      2026: {
        brackets: byFiling(
          sched([0, 0.0246], [4_130, 0.0351], [24_760, 0.0455]),
          sched([0, 0.0246], [8_250, 0.0351], [49_530, 0.0455]),
          sched([0, 0.0246], [7_700, 0.0351], [39_620, 0.0455]),
        ),
      },
    },
    note2026: 'brackets updated; deduction and exemption credit are 2025 figures',
    citation: {
      title: 'Nebraska DOR, 2025 Individual Income Tax Booklet',
      url: 'https://revenue.nebraska.gov/sites/default/files/doc/tax-forms/2025/f_Individual_Income_Tax_Booklet.pdf',
    },
    skipped: ['Nebraska: dependent exemption credits.'],
  },
  NV: noWageTax('NV', 'Nevada', {
    title: 'Nevada Department of Taxation (no personal income tax)',
    url: 'https://tax.nv.gov/',
  }),
  NH: noWageTax('NH', 'New Hampshire', {
    title: 'New Hampshire DRA, TIR 2025-001: Interest and Dividends Tax repealed from January 1, 2025',
    url: 'https://www.revenue.nh.gov/sites/g/files/ehbemt736/files/documents/2025-001-technical-information-release-repeal.pdf',
  }),
  NJ: {
    code: 'NJ',
    name: 'New Jersey',
    wageTax: true,
    // New Jersey leaves 401(k) deferrals out of wages (but not 403(b) or 457 deferrals).
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched(
            [0, 0.014],
            [20_000, 0.0175],
            [35_000, 0.035],
            [40_000, 0.05525],
            [75_000, 0.0637],
            [500_000, 0.0897],
            [1_000_000, 0.1075],
          ),
          sched(
            [0, 0.014],
            [20_000, 0.0175],
            [50_000, 0.0245],
            [70_000, 0.035],
            [80_000, 0.05525],
            [150_000, 0.0637],
            [500_000, 0.0897],
            [1_000_000, 0.1075],
          ),
          sched(
            [0, 0.014],
            [20_000, 0.0175],
            [50_000, 0.0245],
            [70_000, 0.035],
            [80_000, 0.05525],
            [150_000, 0.0637],
            [500_000, 0.0897],
            [1_000_000, 0.1075],
          ),
        ),
        exemption: perPerson(1_000),
      },
    },
    citation: {
      title: 'New Jersey Division of Taxation, 2025 NJ-1040 Instructions',
      url: 'https://www.nj.gov/treasury/taxation/pdf/current/1040i.pdf',
    },
    skipped: [
      'New Jersey: property tax deduction or credit; dependent exemptions; 403(b)/457 deferrals are taxable in New Jersey.',
    ],
  },
  NM: {
    code: 'NM',
    name: 'New Mexico',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched(
            [0, 0.015],
            [5_500, 0.032],
            [16_500, 0.043],
            [33_500, 0.047],
            [66_500, 0.049],
            [210_000, 0.059],
          ),
          sched(
            [0, 0.015],
            [8_000, 0.032],
            [25_000, 0.043],
            [50_000, 0.047],
            [100_000, 0.049],
            [315_000, 0.059],
          ),
          sched(
            [0, 0.015],
            [8_000, 0.032],
            [25_000, 0.043],
            [50_000, 0.047],
            [100_000, 0.049],
            [315_000, 0.059],
          ),
        ),
        deduction: 'federal',
      },
    },
    citation: {
      title: 'New Mexico Taxation and Revenue Department, 2025 Personal Income Tax Form Packet',
      url: 'https://klvg4oyd4j.execute-api.us-west-2.amazonaws.com/prod/PublicFiles/34821a9573ca43e7b06dfad20f5183fd/0558a902-6362-47ca-8e3b-7cca3bc69b9d/2025%20PIT%20Packet_Final.pdf',
    },
    skipped: [
      'New Mexico: the low- and middle-income exemption; rebates and credits.',
      `New Mexico: ${OBBBA_CONFORMITY}`,
    ],
  },
  NY: {
    code: 'NY',
    name: 'New York',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched(
            [0, 0.04],
            [8_500, 0.045],
            [11_700, 0.0525],
            [13_900, 0.055],
            [80_650, 0.06],
            [215_400, 0.0685],
            [1_077_550, 0.0965],
            [5_000_000, 0.103],
            [25_000_000, 0.109],
          ),
          sched(
            [0, 0.04],
            [17_150, 0.045],
            [23_600, 0.0525],
            [27_900, 0.055],
            [161_550, 0.06],
            [323_200, 0.0685],
            [2_155_350, 0.0965],
            [5_000_000, 0.103],
            [25_000_000, 0.109],
          ),
          sched(
            [0, 0.04],
            [12_800, 0.045],
            [17_650, 0.0525],
            [20_900, 0.055],
            [107_650, 0.06],
            [269_300, 0.0685],
            [1_616_450, 0.0965],
            [5_000_000, 0.103],
            [25_000_000, 0.109],
          ),
        ),
        deduction: byFiling(8_000, 16_050, 11_200),
      },
      2026: {
        brackets: byFiling(
          sched(
            [0, 0.039],
            [8_500, 0.044],
            [11_700, 0.0515],
            [13_900, 0.054],
            [80_650, 0.059],
            [215_400, 0.0685],
            [1_077_550, 0.0965],
            [5_000_000, 0.103],
            [25_000_000, 0.109],
          ),
          sched(
            [0, 0.039],
            [17_150, 0.044],
            [23_600, 0.0515],
            [27_900, 0.054],
            [161_550, 0.059],
            [323_200, 0.0685],
            [2_155_350, 0.0965],
            [5_000_000, 0.103],
            [25_000_000, 0.109],
          ),
          sched(
            [0, 0.039],
            [12_800, 0.044],
            [17_650, 0.0515],
            [20_900, 0.054],
            [107_650, 0.059],
            [269_300, 0.0685],
            [1_616_450, 0.0965],
            [5_000_000, 0.103],
            [25_000_000, 0.109],
          ),
        ),
      },
    },
    citation: {
      title: 'New York State DTF, 2025 Form IT-201 Instructions',
      url: 'https://www.tax.ny.gov/pdf/current_forms/it/it201i.pdf',
    },
    // The supplemental tax that takes back the lower brackets once AGI passes $107,650 (newYorkRecapture.ts).
    adjust: (c, y) => ({ tax: (taxable) => newYorkTax(taxable, c.agi, y.brackets[c.filing]) }),
    skipped: ['New York: household, child and earned income credits.'],
  },
  NC: {
    code: 'NC',
    name: 'North Carolina',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: { brackets: flat(0.0425), deduction: byFiling(12_750, 25_500, 19_125) },
      2026: { brackets: flat(0.0399) },
    },
    note2026: 'rate updated; standard deduction is the 2025 figure',
    citation: {
      title: 'North Carolina DOR, Tax Rate Schedules',
      url: 'https://www.ncdor.gov/taxes-forms/individual-income-tax/tax-rate-schedules',
    },
    moreCitations: [
      {
        title: 'North Carolina DOR, Standard Deduction',
        url: 'https://www.ncdor.gov/taxes-forms/individual-income-tax/filing-topics/north-carolina-standard-deduction-or-north-carolina-itemized-deductions',
      },
    ],
    skipped: ['North Carolina: child deduction.'],
  },
  ND: {
    code: 'ND',
    name: 'North Dakota',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched([0, 0], [48_475, 0.0195], [244_825, 0.025]),
          sched([0, 0], [80_975, 0.0195], [298_075, 0.025]),
          sched([0, 0], [64_950, 0.0195], [271_450, 0.025]),
        ),
        deduction: 'federal',
      },
    },
    citation: {
      title: 'North Dakota Office of State Tax Commissioner, 2025 Individual Income Tax Booklet',
      url: 'https://www.tax.nd.gov/sites/www/files/documents/forms/individual/2025-iit/2025-individual-income-tax-booklet.pdf',
    },
    skipped: ['North Dakota: marriage penalty credit.'],
  },
  OH: {
    code: 'OH',
    name: 'Ohio',
    wageTax: true,
    k401Deductible: true,
    years: {
      // Above $26,050 the tax is $342 plus 2.75% of the excess (3.125% over $100,000); nothing at or below it.
      2025: { brackets: same(sched([0, 342 / 26_050], [26_050, 0.0275], [100_000, 0.03125])) },
      2026: { brackets: same(sched([0, 332 / 26_050], [26_050, 0.0275])) },
    },
    adjust: (c, y) => {
      const each = bandValue(c.agi, [
        [-Infinity, 2_400],
        [40_000, 2_150],
        [80_000, 1_900],
        [c.year === 2025 ? 750_000 : 500_000, 0],
      ])
      return {
        exemption: c.filing === 'joint' ? each * 2 : each,
        tax: (taxable) => (taxable <= 26_050 ? 0 : scheduleTax(taxable, y.brackets[c.filing])),
      }
    },
    note2026: 'flat 2.75% rate and exemption cut-off updated',
    citation: {
      title: 'Ohio Department of Taxation, 2025 IT 1040 Instructions',
      url: 'https://dam.assets.ohio.gov/image/upload/v1767095693/tax.ohio.gov/forms/ohio_individual/individual/2025/it1040-booklet.pdf',
    },
    skipped: [
      "Ohio: school district income taxes; municipal taxes of cities outside Worth's list; joint filing and exemption credits.",
    ],
  },
  OK: {
    code: 'OK',
    name: 'Oklahoma',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched(
            [0, 0.0025],
            [1_000, 0.0075],
            [2_500, 0.0175],
            [3_750, 0.0275],
            [4_900, 0.0375],
            [7_200, 0.0475],
          ),
          sched(
            [0, 0.0025],
            [2_000, 0.0075],
            [5_000, 0.0175],
            [7_500, 0.0275],
            [9_800, 0.0375],
            [14_400, 0.0475],
          ),
          sched(
            [0, 0.0025],
            [2_000, 0.0075],
            [5_000, 0.0175],
            [7_500, 0.0275],
            [9_800, 0.0375],
            [14_400, 0.0475],
          ),
        ),
        deduction: byFiling(6_350, 12_700, 9_350),
        exemption: perPerson(1_000),
      },
      2026: {
        brackets: byFiling(
          sched([0, 0], [3_750, 0.025], [4_900, 0.035], [7_200, 0.045]),
          sched([0, 0], [7_500, 0.025], [9_800, 0.035], [14_400, 0.045]),
          sched([0, 0], [7_500, 0.025], [9_800, 0.035], [14_400, 0.045]),
        ),
      },
    },
    note2026: 'brackets updated (HB 2764); deduction and exemption are 2025 figures',
    citation: {
      title: 'Oklahoma Tax Commission, 2025 Form 511 Packet',
      url: 'https://oklahoma.gov/content/dam/ok/en/tax/documents/forms/individuals/current/511-Pkt.pdf',
    },
    moreCitations: [
      {
        title: 'Oklahoma HB 2764 (2025), 2026 rates',
        url: 'https://www.oklegislature.gov/cf_pdf/2025-26%20ENR/hB/HB2764%20ENR.PDF',
      },
    ],
    skipped: ['Oklahoma: dependent exemptions; sales tax relief credit.'],
  },
  OR: {
    code: 'OR',
    name: 'Oregon',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched([0, 0.0475], [4_400, 0.0675], [11_100, 0.0875], [125_000, 0.099]),
          sched([0, 0.0475], [8_800, 0.0675], [22_200, 0.0875], [250_000, 0.099]),
          sched([0, 0.0475], [8_800, 0.0675], [22_200, 0.0875], [250_000, 0.099]),
        ),
        deduction: byFiling(2_835, 5_670, 4_560),
        exemptionCredit: perPerson(256),
      },
    },
    adjust: (c, y) => {
      const f = c.filing
      // Federal income tax is subtracted up to a cap that steps down from $8,500 to nothing as AGI rises.
      const start = f === 'single' ? 125_000 : 250_000
      const step = f === 'single' ? 5_000 : 10_000
      const cap = bandValue(c.agi, [
        [-Infinity, 8_500],
        [start, 6_800],
        [start + step, 5_100],
        [start + 2 * step, 3_400],
        [start + 3 * step, 1_700],
        [start + 4 * step, 0],
      ])
      // The exemption credit is lost above $100,000 of AGI ($200,000 joint or head of household).
      const creditAllowed = c.agi <= (f === 'single' ? 100_000 : 200_000)
      return {
        subtraction: Math.min(c.federalIncomeTax, cap),
        exemptionCredit: creditAllowed ? y.exemptionCredit![f] : 0,
      }
    },
    citation: {
      title: 'Oregon DOR, 2025 Form OR-40 Instructions',
      url: 'https://www.oregon.gov/dor/forms/FormsPubs/form-or-40-inst_101-040-1_2025.pdf',
    },
    skipped: [
      'Oregon: the kicker credit.',
      'Oregon: the federal tax subtraction uses the federal tax Worth computes for the same year.',
    ],
  },
  PA: {
    code: 'PA',
    name: 'Pennsylvania',
    wageTax: true,
    // Pennsylvania taxes 401(k) deferrals: they stay in compensation.
    k401Deductible: false,
    years: { 2025: { brackets: flat(0.0307) } },
    citation: {
      title: 'Pennsylvania DOR, 2025 PA-40 Instructions',
      url: 'https://www.pa.gov/content/dam/copapwp-pagov/en/revenue/documents/formsandpublications/formsforindividuals/pit/documents/2025/2025_pa-40in.pdf',
    },
    skipped: [
      'Pennsylvania: tax forgiveness for low incomes (Schedule SP); local earned income and services taxes outside the cities Worth lists.',
    ],
  },
  RI: {
    code: 'RI',
    name: 'Rhode Island',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: same(sched([0, 0.0375], [79_900, 0.0475], [181_650, 0.0599])),
        deduction: byFiling(10_900, 21_800, 16_350),
        exemption: perPerson(5_100),
      },
      2026: {
        brackets: same(sched([0, 0.0375], [82_050, 0.0475], [186_450, 0.0599])),
        deduction: byFiling(11_200, 22_400, 16_800),
        exemption: perPerson(5_250),
      },
    },
    adjust: (c, y) => {
      // Deduction and exemption lose 20% for each step (or part) of AGI above the start.
      const [start, step] = c.year === 2025 ? [254_250, 7_250] : [261_000, 7_450]
      const kept = Math.max(0, 1 - steppedAmount(c.agi, start, step, 0.2, 1))
      return {
        deduction: (y.deduction as ByFiling<number>)[c.filing] * kept,
        exemption: y.exemption![c.filing] * kept,
      }
    },
    citation: {
      title: 'Rhode Island Division of Taxation, 2025 RI-1040 Instructions',
      url: 'https://tax.ri.gov/sites/g/files/xkgbur541/files/2025-12/2025%201040R%20Instructions%20122025.pdf',
    },
    moreCitations: [
      {
        title: 'Rhode Island Division of Taxation, ADV 2025-22 (2026 inflation adjustments)',
        url: 'https://tax.ri.gov/sites/g/files/xkgbur541/files/2025-11/ADV_2025_22_Inflation_Adjustments.pdf',
      },
    ],
    skipped: ['Rhode Island: dependent exemptions; property tax relief credit.'],
  },
  SC: {
    code: 'SC',
    name: 'South Carolina',
    wageTax: true,
    k401Deductible: true,
    years: { 2025: { brackets: same(sched([0, 0], [3_560, 0.03], [17_830, 0.06])), deduction: 'federal' } },
    citation: {
      title: 'South Carolina DOR, 2025 SC1040 Instructions',
      url: 'https://dor.sc.gov/sites/dor/files/forms/SC1040Instr_2025.pdf',
    },
    skipped: [
      'South Carolina: two-wage-earner credit; the new 2026 rate structure (not applied).',
      `South Carolina: ${OBBBA_CONFORMITY}`,
    ],
  },
  SD: noWageTax('SD', 'South Dakota', {
    title: 'South Dakota Department of Revenue (no personal income tax)',
    url: 'https://dor.sd.gov/',
  }),
  TN: noWageTax('TN', 'Tennessee', {
    title: 'Tennessee Department of Revenue (Hall income tax repealed from 2021)',
    url: 'https://www.tn.gov/revenue.html',
  }),
  TX: noWageTax('TX', 'Texas', {
    title: 'Texas Comptroller of Public Accounts (no personal income tax)',
    url: 'https://comptroller.texas.gov/taxes/',
  }),
  UT: {
    code: 'UT',
    name: 'Utah',
    wageTax: true,
    k401Deductible: true,
    years: { 2025: { brackets: flat(0.045) }, 2026: { brackets: flat(0.0445) } },
    note2026: 'rate updated; taxpayer credit figures are 2025 ones',
    adjust: (c) => {
      // Taxpayer tax credit: 6% of the federal standard deduction, less 1.3% of income over a threshold.
      const full = 0.06 * c.federalStandardDeduction
      const cut = 0.013 * Math.max(0, c.agi - byFiling(18_213, 36_426, 27_320)[c.filing])
      return { credit: Math.max(0, full - cut) }
    },
    citation: {
      title: 'Utah State Tax Commission, TC-40 Instructions (taxpayer tax credit)',
      url: 'https://tax.utah.gov/forms/current/tc-40inst.pdf',
    },
    moreCitations: [
      { title: 'Utah HB 106 (2025), 4.5% rate', url: 'https://le.utah.gov/~2025/bills/static/HB0106.html' },
    ],
    skipped: [
      'Utah: dependent exemptions in the taxpayer credit; other credits.',
      `Utah: ${OBBBA_CONFORMITY}`,
    ],
  },
  VT: {
    code: 'VT',
    name: 'Vermont',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched([0, 0.0335], [49_400, 0.066], [119_700, 0.076], [249_700, 0.0875]),
          sched([0, 0.0335], [82_500, 0.066], [199_450, 0.076], [304_000, 0.0875]),
          sched([0, 0.0335], [66_200, 0.066], [171_000, 0.076], [276_850, 0.0875]),
        ),
        deduction: byFiling(7_650, 15_300, 11_450),
        exemption: perPerson(5_300),
      },
    },
    citation: {
      title: 'Vermont Department of Taxes, 2025 Income Tax Rate Schedules',
      url: 'https://tax.vermont.gov/sites/tax/files/documents/RateSched-2025.pdf',
    },
    moreCitations: [
      {
        title: 'Vermont Department of Taxes, 2025 Income Tax Booklet',
        url: 'https://tax.vermont.gov/sites/tax/files/documents/Income-Booklet-2025.pdf',
      },
    ],
    skipped: [
      'Vermont: the minimum tax on high-income filers with large deductions; child and earned income credits.',
    ],
  },
  VA: {
    code: 'VA',
    name: 'Virginia',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: same(sched([0, 0.02], [3_000, 0.03], [5_000, 0.05], [17_000, 0.0575])),
        deduction: byFiling(8_750, 17_500, 8_750),
        exemption: perPerson(930),
      },
    },
    citation: {
      title: 'Virginia Department of Taxation, 2025 Form 760 Instructions',
      url: 'https://www.tax.virginia.gov/sites/default/files/vatax-pdf/2025-760-instructions.pdf',
    },
    skipped: ['Virginia: low-income and earned income credits; dependent exemptions.'],
  },
  WA: noWageTax(
    'WA',
    'Washington',
    {
      title: 'Washington DOR, Capital gains tax (no tax on wages)',
      url: 'https://dor.wa.gov/taxes-rates/other-taxes/capital-gains-tax',
    },
    ['Washington: the 7% (9.9% above $1 million) tax on long-term capital gains.'],
  ),
  WV: {
    code: 'WV',
    name: 'West Virginia',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: same(
          sched([0, 0.0222], [10_000, 0.0296], [25_000, 0.0333], [40_000, 0.0444], [60_000, 0.0482]),
        ),
        exemption: perPerson(2_000),
      },
      2026: {
        brackets: same(
          sched([0, 0.0211], [10_000, 0.0281], [25_000, 0.0316], [40_000, 0.0422], [60_000, 0.0458]),
        ),
      },
    },
    note2026: 'rates updated (SB 392); exemption is the 2025 figure',
    citation: {
      title: 'West Virginia Tax Division, 2025 IT-140 Forms and Instructions',
      url: 'https://tax.wv.gov/Documents/PIT/2025/it140.PersonalIncomeTaxFormsAndInstructions.2025.pdf',
    },
    skipped: ['West Virginia: low-income family credit; city service fees.'],
  },
  WI: {
    code: 'WI',
    name: 'Wisconsin',
    wageTax: true,
    k401Deductible: true,
    years: {
      2025: {
        brackets: byFiling(
          sched([0, 0.035], [14_680, 0.044], [51_130, 0.053], [323_290, 0.0765]),
          sched([0, 0.035], [19_580, 0.044], [68_170, 0.053], [431_060, 0.0765]),
          sched([0, 0.035], [14_680, 0.044], [51_130, 0.053], [323_290, 0.0765]),
        ),
        deduction: byFiling(13_560, 25_110, 17_520),
        exemption: perPerson(700),
      },
    },
    adjust: (c, y) => {
      // The sliding-scale standard deduction shrinks as income rises until it is gone.
      const f = c.filing
      const max = (y.deduction as ByFiling<number>)[f]
      const cut =
        f === 'single'
          ? 0.12 * Math.max(0, c.agi - 19_550)
          : f === 'joint'
            ? 0.19778 * Math.max(0, c.agi - 28_210)
            : scheduleTax(c.agi, sched([0, 0], [19_550, 0.22515], [57_210, 0.12]))
      return { deduction: Math.max(0, max - cut) }
    },
    citation: {
      title: 'Wisconsin DOR, 2025 Form 1 Instructions',
      url: 'https://www.revenue.wi.gov/TaxForms2025/2025-Form1-inst.pdf',
    },
    skipped: ['Wisconsin: itemized deduction credit; homestead and school property tax credits.'],
  },
  WY: noWageTax('WY', 'Wyoming', {
    title: 'Wyoming Department of Revenue (no personal income tax)',
    url: 'https://revenue.wyo.gov/',
  }),
}
