// Ohio municipal income taxes: each city taxes its residents' wages (wherever earned) and the wages of people who
// work in it, at one rate. A resident who works in another city pays that city and gets a credit at home; the share
// of that credit differs by city (often 100% up to the home rate, sometimes less) — Worth assumes a full credit up to
// the home city's tax when a work place is given, and says so. Wages include 401(k) deferrals (Medicare wages).
//
// Rates: Ohio Department of Taxation, Tax Data Series, municipal income tax rates by municipality (table MI 1), the
// table for tax year 2025. 2026 rates were not at hand: the 2025 rate is carried forward and each result says so.
// School district income taxes (charged by some districts on residents) are separate and not included.
//
// Checked (December 2026): the ODT table itself could not be consulted. Columbus, Cleveland and Cincinnati agree with a
// 2025 rate listing; Youngstown (2.75%) and Euclid (2.85%) with ODT's figures as reported in 2019; Akron's rise to
// 2.5% was voted in 2017. Every other city is flagged `unverified` and each result says so.
import type { Citation } from '../types'
import { place, placeTax, wages, type StateLocals } from './build'

const ODT: Citation = {
  title:
    'Ohio Department of Taxation, Tax Data Series: municipal income tax rates by municipality (MI 1), tax year 2025',
  url: 'https://tax.ohio.gov/researcher/tax-analysis/tax-data-series/municipal-income-taxes',
}

/** [id suffix, city, rate, other names (neighbourhoods or spellings)] */
const CITIES: [string, string, number, string[]][] = [
  ['columbus', 'Columbus', 0.025, []],
  ['cleveland', 'Cleveland', 0.025, []],
  ['cincinnati', 'Cincinnati', 0.018, []],
  ['toledo', 'Toledo', 0.025, []],
  ['akron', 'Akron', 0.025, []],
  ['dayton', 'Dayton', 0.025, []],
  ['parma', 'Parma', 0.025, []],
  ['canton', 'Canton', 0.025, []],
  ['lorain', 'Lorain', 0.025, []],
  ['youngstown', 'Youngstown', 0.0275, []],
  ['hamilton', 'Hamilton', 0.02, []],
  ['springfield', 'Springfield', 0.024, []],
  ['kettering', 'Kettering', 0.0225, []],
  ['elyria', 'Elyria', 0.0225, []],
  ['lakewood', 'Lakewood', 0.015, []],
  ['cuyahoga-falls', 'Cuyahoga Falls', 0.02, []],
  ['euclid', 'Euclid', 0.0285, []],
  ['newark', 'Newark', 0.0175, []],
  ['mansfield', 'Mansfield', 0.02, []],
  ['mentor', 'Mentor', 0.02, []],
  ['cleveland-heights', 'Cleveland Heights', 0.0225, []],
  ['strongsville', 'Strongsville', 0.02, []],
  ['dublin', 'Dublin', 0.02, []],
  ['fairfield', 'Fairfield', 0.015, []],
  ['findlay', 'Findlay', 0.019, []],
  ['warren', 'Warren', 0.025, []],
  ['lima', 'Lima', 0.015, []],
  ['huber-heights', 'Huber Heights', 0.0225, []],
  ['westerville', 'Westerville', 0.02, []],
  ['grove-city', 'Grove City', 0.02, []],
  ['upper-arlington', 'Upper Arlington', 0.025, []],
  ['hilliard', 'Hilliard', 0.025, []],
  ['gahanna', 'Gahanna', 0.025, []],
  ['reynoldsburg', 'Reynoldsburg', 0.025, []],
  ['worthington', 'Worthington', 0.025, []],
  ['mason', 'Mason', 0.0125, []],
  ['delaware', 'Delaware', 0.0185, []],
]

const taxId = (id: string) => `oh-${id}`
const CHECKED = new Set(['columbus', 'cleveland', 'cincinnati', 'youngstown', 'euclid', 'akron'])

export const OHIO: StateLocals = {
  taxes: CITIES.map(([id, name, rate]) =>
    placeTax(
      'OH',
      taxId(id),
      `${name} municipal income tax`,
      'both',
      { 2025: { resident: wages(rate), nonresident: wages(rate) } },
      ODT,
      {
        creditsWorkPlace: true,
        ...(CHECKED.has(id)
          ? {}
          : {
              unverified:
                "rate not confirmed against the Ohio Department of Taxation's 2025 table in the December 2026 check.",
            }),
        skipped: [
          'Ohio: school district income taxes; the exact credit your city gives for tax paid to a work city (Worth assumes a full credit).',
        ],
      },
    ),
  ),
  places: CITIES.map(([id, name, , aliases]) => place('OH', `oh-${id}`, name, [taxId(id)], aliases)),
}
