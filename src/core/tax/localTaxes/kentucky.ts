// Kentucky occupational license taxes: charged on wages earned in the city or county where the work is done, whoever
// lives there (residents at the resident rate). Louisville Metro's resident rate includes the school board's share.
// Wages include 401(k) deferrals.
//
// Louisville: Louisville Metro Revenue Commission, Form W-1KJC instructions (2025): 2.20% residents, 1.45% others.
// Lexington: Lexington-Fayette Urban County Government, occupational license fee rates (2025): 2.25%.
// 2026 rates were not at hand: the 2025 rates are carried forward.
import { place, placeTax, wages, type StateLocals } from './build'

export const KENTUCKY: StateLocals = {
  taxes: [
    placeTax(
      'KY',
      'ky-louisville',
      'Louisville Metro occupational license tax',
      'workplace',
      { 2025: { resident: wages(0.022), nonresident: wages(0.0145) } },
      {
        title:
          'Louisville Metro Revenue Commission, Form W-1KJC instructions (2025 occupational license tax rates)',
        url: 'https://louisvilleky.gov/sites/default/files/2024-12/w-1kjc_instructions_2025.pdf',
      },
      {},
    ),
    placeTax(
      'KY',
      'ky-lexington',
      'Lexington-Fayette occupational license fee',
      'workplace',
      { 2025: { resident: wages(0.0225), nonresident: wages(0.0225) } },
      {
        title:
          'Lexington-Fayette Urban County Government, Division of Revenue: occupational license fee rates (2025)',
        url: 'https://www.lexingtonky.gov/working/business-licensing-taxes/occupational-license-fee-rates-current-forms',
      },
      { skipped: ['Lexington: the Fayette County school board tax is not included.'] },
    ),
  ],
  places: [
    place(
      'KY',
      'ky-louisville',
      'Louisville',
      ['ky-louisville'],
      ['louisville jefferson county', 'jefferson county', 'louisville metro'],
    ),
    place('KY', 'ky-lexington', 'Lexington', ['ky-lexington'], ['lexington fayette', 'fayette county']),
  ],
}
