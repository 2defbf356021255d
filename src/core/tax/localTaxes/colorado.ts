// Colorado occupational privilege taxes (OPT): a fixed monthly amount taken from the pay of people who work in the
// city and earn at least a set amount that month. Worth charges 12 months when the yearly wages reach 12 times the
// monthly floor.
//
// Denver: City and County of Denver, Department of Finance, occupational privilege tax ($5.75 a month from the
// employee, for $500 or more earned in Denver in the month). Aurora: City of Aurora, Tax and Licensing, occupational
// privilege tax ($2 a month from the employee, for $250 or more). 2026 taken as unchanged (set by ordinance).
import type { Citation } from '../types'
import { flatFee, place, placeTax, type StateLocals } from './build'

const monthly = (amount: number, floor: number) => flatFee(amount * 12, floor * 12)

/** A city's OPT: `amount` a month from people who work there and earn at least `floor` that month, both years. */
function occupationalPrivilegeTax(city: string, amount: number, floor: number, citation: Citation) {
  const fee = { resident: monthly(amount, floor), nonresident: monthly(amount, floor) }
  return placeTax(
    'CO',
    `co-${city.toLowerCase()}-opt`,
    `${city} occupational privilege tax`,
    'workplace',
    { 2025: fee, 2026: fee },
    citation,
  )
}

export const COLORADO: StateLocals = {
  taxes: [
    occupationalPrivilegeTax('Denver', 5.75, 500, {
      title:
        'City and County of Denver, Department of Finance: occupational privilege tax (employee $5.75 a month)',
      url: 'https://www.denvergov.org/Government/Agencies-Departments-Offices/Agencies-Departments-Offices-Directory/Department-of-Finance/Our-Divisions/Treasury/Business-Tax-Information/Business-Tax-FAQ',
    }),
    occupationalPrivilegeTax('Aurora', 2, 250, {
      title: 'City of Aurora, Tax and Licensing: occupational privilege tax (employee $2 a month)',
      url: 'https://www.auroragov.org/business_services/tax___licensing',
    }),
  ],
  places: [
    place('CO', 'co-denver', 'Denver', ['co-denver-opt'], ['denver county', 'city and county of denver']),
    place('CO', 'co-aurora', 'Aurora', ['co-aurora-opt']),
  ],
}
