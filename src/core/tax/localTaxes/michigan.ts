// Michigan city income taxes under the City Income Tax Act (MCL 141.501 ff.): residents pay on all their wages,
// people who only work in the city pay half the resident rate on the wages earned there, after an exemption for each
// person on the return. Detroit, Grand Rapids, Saginaw and Highland Park have higher rates allowed by their own acts.
// Wages include 401(k) deferrals.
//
// Rates: Michigan Department of Treasury, "What cities impose an income tax?" (the list as published for 2023, every
// rate the same as here; not re-checked for 2025). Exemptions per person: the City of
// Grand Rapids' table of Michigan cities imposing an income tax (2016), which gives Port Huron $1,200. 2026 figures
// were not at hand: the 2025 figures are carried forward. The exemptions are flagged as read from a 2016 table.
import { formatMoney } from '../../../shared/format'
import type { Citation } from '../types'
import { place, placeTax, wages, type StateLocals } from './build'

const TREASURY: Citation = {
  title:
    'Michigan Department of Treasury, What cities impose an income tax? (resident and nonresident rates); exemptions from the City of Grand Rapids table of Michigan cities with an income tax',
  url: 'https://www.michigan.gov/taxes/questions/iit/accordion/general/what-cities-impose-an-income-tax',
}

/** [id suffix, city, resident rate, nonresident rate, exemption per person] */
const CITIES: [string, string, number, number, number][] = [
  ['detroit', 'Detroit', 0.024, 0.012, 600],
  ['grand-rapids', 'Grand Rapids', 0.015, 0.0075, 600],
  ['lansing', 'Lansing', 0.01, 0.005, 600],
  ['flint', 'Flint', 0.01, 0.005, 600],
  ['saginaw', 'Saginaw', 0.015, 0.0075, 750],
  ['pontiac', 'Pontiac', 0.01, 0.005, 600],
  ['jackson', 'Jackson', 0.01, 0.005, 600],
  ['battle-creek', 'Battle Creek', 0.01, 0.005, 750],
  ['muskegon', 'Muskegon', 0.01, 0.005, 600],
  ['hamtramck', 'Hamtramck', 0.01, 0.005, 600],
  ['highland-park', 'Highland Park', 0.02, 0.01, 600],
  ['port-huron', 'Port Huron', 0.01, 0.005, 1_200],
]

export const MICHIGAN: StateLocals = {
  taxes: CITIES.map(([id, name, res, nonres, exemption]) =>
    placeTax(
      'MI',
      `mi-${id}`,
      `${name} city income tax`,
      'both',
      { 2025: { resident: wages(res, exemption), nonresident: wages(nonres, exemption) } },
      TREASURY,
      {
        creditsWorkPlace: true,
        unverified: `rates confirmed with the Treasury's list; the ${formatMoney(exemption)} exemption per person is from a 2016 table and was not confirmed for 2025.`,
        skipped: [
          'Michigan cities: the credit a resident gets for tax paid to another city is limited by law; Worth assumes a full credit when a work place is given.',
        ],
      },
    ),
  ),
  places: CITIES.map(([id, name]) => place('MI', `mi-${id}`, name, [`mi-${id}`])),
}
