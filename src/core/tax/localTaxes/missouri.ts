// Missouri city earnings taxes: Kansas City and St. Louis charge 1% on the earnings of residents (wherever earned) and
// of people who work in the city. Wages include 401(k) deferrals.
//
// Kansas City: City of Kansas City, Missouri, Revenue Division, earnings tax (2025). St. Louis: City of St. Louis
// Collector of Revenue, earnings tax (2025). Both taxes are renewed by voters every five years; 2026 figures were not
// at hand and the 2025 rate is used (each result says so).
import { place, placeTax, wages, type StateLocals } from './build'

const onePercent = { resident: wages(0.01), nonresident: wages(0.01) }

export const MISSOURI: StateLocals = {
  taxes: [
    placeTax(
      'MO',
      'mo-kansas-city',
      'Kansas City earnings tax',
      'both',
      { 2025: onePercent },
      {
        title: 'City of Kansas City, Missouri, Revenue Division: earnings tax (2025)',
        url: 'https://www.kcmo.gov/city-hall/departments/finance/earnings-tax',
      },
      { creditsWorkPlace: true },
    ),
    placeTax(
      'MO',
      'mo-st-louis',
      'St. Louis earnings tax',
      'both',
      { 2025: onePercent },
      {
        title: 'City of St. Louis, Collector of Revenue: individual earnings tax (2025)',
        url: 'https://www.stlouis-mo.gov/government/departments/collector/earnings-tax/file-earnings-tax.cfm',
      },
      { creditsWorkPlace: true },
    ),
  ],
  places: [
    place('MO', 'mo-kansas-city', 'Kansas City', ['mo-kansas-city']),
    place(
      'MO',
      'mo-st-louis',
      'St. Louis',
      ['mo-st-louis'],
      ['saint louis', 'st louis city', 'city of st louis'],
    ),
  ],
}
