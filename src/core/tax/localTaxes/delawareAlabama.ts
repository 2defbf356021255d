// Wilmington, Delaware, and Birmingham, Alabama: city wage taxes charged on wages earned in the city (Wilmington also
// on all the wages of its residents). Wages include 401(k) deferrals. 2026 figures were not at hand: the 2025 rates
// are used (each result says so).
//
// Wilmington: City of Wilmington, Finance Department, FY2025 tax rates (earned income tax 1.25%).
// Birmingham: City of Birmingham, Finance Department, occupational tax (1% of gross wages earned in the city).
import { place, placeTax, wages, type StateLocals } from './build'

export const DELAWARE: StateLocals = {
  taxes: [
    placeTax(
      'DE',
      'de-wilmington',
      'Wilmington earned income tax',
      'both',
      { 2025: { resident: wages(0.0125), nonresident: wages(0.0125) } },
      {
        title: 'City of Wilmington, FY2025 tax rates (wage tax 1.25%)',
        url: 'https://wilmdebudget.org/wp-content/uploads/2024/03/fy25-tax-rates.pdf',
      },
      { creditsWorkPlace: true },
    ),
  ],
  places: [place('DE', 'de-wilmington', 'Wilmington', ['de-wilmington'])],
}

export const ALABAMA: StateLocals = {
  taxes: [
    placeTax(
      'AL',
      'al-birmingham',
      'Birmingham occupational tax',
      'workplace',
      { 2025: { resident: wages(0.01), nonresident: wages(0.01) } },
      {
        title:
          'City of Birmingham, Finance Department, Tax and License Administration: occupational tax (1%), 2025',
        url: 'https://www.birminghamal.gov/finance/tax-and-license-administration',
      },
    ),
  ],
  places: [place('AL', 'al-birmingham', 'Birmingham', ['al-birmingham'])],
}
