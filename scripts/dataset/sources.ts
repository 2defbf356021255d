// Every source Worth's dataset is built from, as shown to the user.
import type { SourceRef } from '../../src/shared/types'

export const SOURCES: SourceRef[] = [
  {
    id: 'bls-oews',
    publisher: 'U.S. Bureau of Labor Statistics',
    title: 'Occupational Employment and Wage Statistics (OEWS), national cross-industry estimates',
    release: 'May 2024',
    licence: 'Public domain (U.S. government work)',
    use: 'National pay percentiles (P10-P90) for each occupation',
  },
  {
    id: 'dol-oflc',
    publisher: 'U.S. Department of Labor, Office of Foreign Labor Certification',
    title: 'Prevailing wage levels I-IV, OEWS all industries (built by BLS from OEWS May 2024)',
    release: 'Wage year July 2025 - June 2026',
    licence: 'Public domain (U.S. government work)',
    use: 'Pay levels for each occupation in 530 metro and non-metro areas',
  },
  {
    id: 'onet',
    publisher: 'National Center for O*NET Development, for USDOL/ETA',
    title: 'O*NET 30.0 Alternate Titles; O*NET 27.0 Sample of Reported Titles and Occupation Data',
    release: 'O*NET 30.0 (2025) and 27.0 (2022)',
    licence:
      'CC BY 4.0. Includes information from the O*NET 30.0 and 27.0 Databases by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA); O*NET is a trademark of USDOL/ETA',
    use: 'Matching the titles people use to occupations; occupation descriptions',
  },
  {
    id: 'dol-lca',
    publisher: 'U.S. Department of Labor, Office of Foreign Labor Certification',
    title:
      'LCA disclosure data (H-1B, H-1B1, E-3), certified cases: job titles and the occupation codes filed with them',
    release: 'Fiscal years 2022-2025',
    licence: 'Public domain (U.S. government work)',
    use: 'Matching the titles people use to occupations',
  },
  {
    id: 'bea-rpp',
    publisher: 'U.S. Bureau of Economic Analysis',
    title: 'Regional Price Parities (RPP), all items, by state and metropolitan area',
    release: '2023 (released December 2024, revised February 2025)',
    licence: 'Public domain (U.S. government work)',
    use: 'Cost of living: what pay is worth in each place (US = 100)',
  },
  {
    id: 'census-cbsa',
    publisher: 'U.S. Census Bureau (OMB Bulletin 23-01)',
    title: 'Core-based statistical area delineations and principal cities',
    release: 'July 2023',
    licence: 'Public domain (U.S. government work)',
    use: 'Which metro area a city belongs to',
  },
  {
    id: 'census-population',
    publisher: 'U.S. Census Bureau, Population Division',
    title: 'Population estimates of incorporated places, counties and metro/micro areas (July 1, 2023)',
    release: 'Vintage 2023 (May 2024)',
    licence: 'Public domain (U.S. government work)',
    use: 'Listing the biggest place first when several share a name',
  },
]
