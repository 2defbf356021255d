// Portland-area personal income taxes, all charged on Oregon taxable income above set amounts:
// - Metro Supportive Housing Services tax: 1% above $125,000 (single) or $200,000 (joint), residents of the Metro
//   district (most of Multnomah, Washington and Clackamas counties' urban area).
// - Multnomah County Preschool for All tax: 1.5% above $125,000 / $200,000, and 1.5% more above $250,000 / $400,000,
//   residents of Multnomah County. The rise to 2.3% / 3.8% is delayed to 2027.
// - City of Portland Arts Tax: $35 for each resident adult with $1,000 or more of income (households below the
//   federal poverty line are exempt — not applied here).
// TriMet and Lane Transit District payroll taxes are paid by employers, not taken from wages.
//
// Sources: City of Portland Revenue Division (which administers the Metro and Multnomah taxes), "Metro SHS and
// Multnomah County PFA personal income taxes", 2025 and 2026 instructions; City of Portland, Arts Education and Access
// Income Tax. Metro's thresholds for 2026 were not at hand: the 2025 ones are used.
import type { Citation } from '../types'
import { byFiling, flatFee, place, placeTax, sched, type StateLocals } from './build'

const PORTLAND_REVENUE: Citation = {
  title: 'City of Portland Revenue Division, Metro SHS and Multnomah County PFA personal income taxes (2025)',
  url: 'https://www.portland.gov/revenue/personal-tax',
}

const shs = {
  kind: 'stateTaxable' as const,
  // Head of household files as an individual: the single threshold.
  brackets: byFiling(
    sched([0, 0], [125_000, 0.01]),
    sched([0, 0], [200_000, 0.01]),
    sched([0, 0], [125_000, 0.01]),
  ),
}
const pfa = {
  kind: 'stateTaxable' as const,
  brackets: byFiling(
    sched([0, 0], [125_000, 0.015], [250_000, 0.03]),
    sched([0, 0], [200_000, 0.015], [400_000, 0.03]),
    sched([0, 0], [200_000, 0.015], [400_000, 0.03]),
  ),
}

export const OREGON: StateLocals = {
  taxes: [
    placeTax(
      'OR',
      'or-metro-shs',
      'Metro supportive housing services tax',
      'residence',
      { 2025: { resident: shs } },
      PORTLAND_REVENUE,
      {
        skipped: [
          'Metro supportive housing services tax: the tax on Metro-area income of people living outside the district.',
        ],
      },
    ),
    placeTax(
      'OR',
      'or-multnomah-pfa',
      'Multnomah County preschool for all tax',
      'residence',
      { 2025: { resident: pfa }, 2026: { resident: pfa } },
      PORTLAND_REVENUE,
      {
        citation2026: {
          title: 'Multnomah County, Preschool for All personal income tax (rate increase delayed to 2027)',
          url: 'https://multco.us/info/multnomah-county-preschool-all-personal-income-tax',
        },
      },
    ),
    placeTax(
      'OR',
      'or-portland-arts',
      'Portland Arts Tax',
      'residence',
      { 2025: { resident: flatFee(35, 1_000) }, 2026: { resident: flatFee(35, 1_000) } },
      {
        title: 'City of Portland Revenue Division, Arts Education and Access Income Tax ($35 per adult)',
        url: 'https://www.portland.gov/revenue/arts-tax',
      },
      { skipped: ['Portland Arts Tax: the exemption for households below the federal poverty line.'] },
    ),
  ],
  places: [
    place('OR', 'or-portland', 'Portland', ['or-metro-shs', 'or-multnomah-pfa', 'or-portland-arts']),
    // Multnomah County towns inside the Metro district.
    ...(
      [
        ['or-gresham', 'Gresham'],
        ['or-troutdale', 'Troutdale'],
        ['or-fairview', 'Fairview'],
        ['or-wood-village', 'Wood Village'],
      ] as const
    ).map(([id, name]) => place('OR', id, name, ['or-metro-shs', 'or-multnomah-pfa'])),
    // Washington and Clackamas county cities inside the Metro district.
    ...(
      [
        ['or-beaverton', 'Beaverton'],
        ['or-hillsboro', 'Hillsboro'],
        ['or-tigard', 'Tigard'],
        ['or-lake-oswego', 'Lake Oswego'],
        ['or-tualatin', 'Tualatin'],
        ['or-west-linn', 'West Linn'],
        ['or-milwaukie', 'Milwaukie'],
        ['or-oregon-city', 'Oregon City'],
        ['or-happy-valley', 'Happy Valley'],
        ['or-forest-grove', 'Forest Grove'],
        ['or-wilsonville', 'Wilsonville'],
        ['or-sherwood', 'Sherwood'],
        ['or-gladstone', 'Gladstone'],
        ['or-cornelius', 'Cornelius'],
      ] as const
    ).map(([id, name]) => place('OR', id, name, ['or-metro-shs'])),
    place(
      'OR',
      'or-multnomah-county',
      'Multnomah County',
      ['or-metro-shs', 'or-multnomah-pfa'],
      [],
      'Multnomah County: read as living inside the Metro district and outside the City of Portland; in Portland give "Portland, OR" for the Arts Tax.',
    ),
  ],
}
