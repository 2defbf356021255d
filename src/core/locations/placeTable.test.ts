// Place text -> OEWS area, written from Census facts (July 2023 delineation, ../shared/data/census-cbsa-2023):
// "principal city" = a row of principal_cities_2023.csv (list2) naming the city under that CBSA;
// "county" = a row of cbsa_counties_2023.csv (list1) listing the county under that CBSA;
// "alias" = a row of scripts/dataset/placeAliases.csv, itself checked against those files when the dataset is built.
// OFLC publishes metro wages under the CBSA code, so the expected area is the CBSA code.
import { describe, expect, it } from 'vitest'
import { realDataset } from '../testing/realDataset'

const { locations } = realDataset()

const PLACES: [text: string, area: string][] = [
  ['Seattle, WA', '42660'], // principal city of 42660 Seattle-Tacoma-Bellevue, WA
  ['Bellevue, WA', '42660'], // principal city of 42660
  ['Redmond, WA', '42660'], // principal city of 42660
  ['Tacoma WA', '42660'], // principal city of 42660
  ['Palo Alto, CA', '41940'], // principal city of 41940 San Jose-Sunnyvale-Santa Clara, CA
  ['Mountain View, CA', '41940'], // principal city of 41940
  ['Cupertino', '41940'], // principal city of 41940 (no other Cupertino in list2)
  ['Sunnyvale, California', '41940'], // principal city of 41940
  ['San Jose, CA', '41940'], // principal city of 41940
  ['Oakland, CA', '41860'], // principal city of 41860 San Francisco-Oakland-Fremont, CA
  ['Berkeley, CA', '41860'], // principal city of 41860
  ['Redwood City', '41860'], // principal city of 41860
  ['Jersey City, NJ', '35620'], // principal city of 35620 New York-Newark-Jersey City, NY-NJ
  ['Newark, NJ', '35620'], // principal city of 35620
  ['White Plains, NY', '35620'], // principal city of 35620
  ['Arlington, VA', '47900'], // principal city of 47900 Washington-Arlington-Alexandria, DC-VA-MD-WV
  ['Bethesda, MD', '47900'], // principal city of 47900
  ['Reston', '47900'], // principal city of 47900
  ['Alexandria, VA', '47900'], // principal city of 47900
  ['Cambridge, MA', '14460'], // principal city of 14460 Boston-Cambridge-Newton, MA-NH
  ['Waltham, MA', '14460'], // principal city of 14460
  ['Austin, TX', '12420'], // principal city of 12420 Austin-Round Rock-San Marcos, TX
  ['Round Rock, TX', '12420'], // principal city of 12420
  ['Plano, TX', '19100'], // principal city of 19100 Dallas-Fort Worth-Arlington, TX
  ['Irving, TX', '19100'], // principal city of 19100
  ['Arlington, TX', '19100'], // principal city of 19100
  ['Irvine, CA', '31080'], // principal city of 31080 Los Angeles-Long Beach-Anaheim, CA
  ['Santa Monica', '31080'], // principal city of 31080
  ['Pasadena, CA', '31080'], // principal city of 31080
  ['Pasadena, TX', '26420'], // principal city of 26420 Houston-Pasadena-The Woodlands, TX
  ['Portland, OR', '38900'], // principal city of 38900 Portland-Vancouver-Hillsboro, OR-WA
  ['Portland, ME', '38860'], // principal city of 38860 Portland-South Portland, ME
  ['Hillsboro, OR', '38900'], // principal city of 38900
  ['Vancouver, WA', '38900'], // principal city of 38900 (the Washington part of the Portland metro)
  ['Columbus, OH', '18140'], // principal city of 18140 Columbus, OH
  ['Columbus, GA', '17980'], // principal city of 17980 Columbus, GA-AL
  ['Raleigh, NC', '39580'], // principal city of 39580 Raleigh-Cary, NC
  ['Durham, NC', '20500'], // principal city of 20500 Durham-Chapel Hill, NC
  ['Cary, NC', '39580'], // principal city of 39580
  ['Chapel Hill', '20500'], // principal city of 20500
  ['Minneapolis', '33460'], // principal city of 33460 Minneapolis-St. Paul-Bloomington, MN-WI
  ['Saint Paul, MN', '33460'], // principal city "St. Paul" of 33460
  ['Bloomington, MN', '33460'], // principal city of 33460
  ['Sandy Springs, GA', '12060'], // principal city of 12060 Atlanta-Sandy Springs-Roswell, GA
  ['Alpharetta', '12060'], // principal city of 12060
  ['Scottsdale, AZ', '38060'], // principal city of 38060 Phoenix-Mesa-Chandler, AZ
  ['Tempe', '38060'], // principal city of 38060
  ['Boulder, CO', '14500'], // principal city of 14500 Boulder, CO
  ['Pittsburgh', '38300'], // principal city of 38300 Pittsburgh, PA
  ['Manhattan, KS', '31740'], // principal city of 31740 Manhattan, KS
  ['Princeton, NJ', '45940'], // principal city of 45940 Trenton-Princeton, NJ
  ['King County, WA', '42660'], // county: King County, central county of 42660
  ['Santa Clara County', '41940'], // county: Santa Clara County, central county of 41940
  ['Kings County, NY', '35620'], // county: Kings County, central county of 35620
  ['Cook County, IL', '16980'], // county: Cook County, central county of 16980 Chicago-Naperville-Elgin, IL-IN
  ['Travis County', '12420'], // county: Travis County, central county of 12420
  ['Fairfax County, VA', '47900'], // county: Fairfax County, central county of 47900
  ['Montgomery County, MD', '47900'], // county: Montgomery County (MD), central county of 47900
  ['Hennepin County', '33460'], // county: Hennepin County, central county of 33460
  ['Wake County, NC', '39580'], // county: Wake County, central county of 39580
  ['Riverside County, CA', '40140'], // county: Riverside County, central county of 40140 Riverside-San Bernardino-Ontario
  ['NYC', '35620'], // alias: New York County (Manhattan), central county of 35620
  ['New York City', '35620'], // alias: as NYC
  ['Brooklyn, NY', '35620'], // alias: Brooklyn is Kings County, central county of 35620
  ['Queens', '35620'], // alias: Queens County, central county of 35620
  ['Staten Island', '35620'], // alias: Richmond County, central county of 35620
  ['The Bronx, NY', '35620'], // alias: Bronx County, central county of 35620
  ['Yonkers, NY', '35620'], // alias: Westchester County, in 35620
  ['Hoboken', '35620'], // alias: Hudson County, NJ, central county of 35620
  ['Bay Area', '41860'], // alias: San Francisco County, central county of 41860
  ['SF', '41860'], // alias: San Francisco County, central county of 41860
  ['Silicon Valley', '41940'], // alias: Santa Clara County, central county of 41940
  ['South Bay', '41940'], // alias: Santa Clara County
  ['East Bay', '41860'], // alias: Alameda County, central county of 41860
  ['The Peninsula', '41860'], // alias: San Mateo County, central county of 41860
  ['Menlo Park, CA', '41860'], // alias: Menlo Park lies in San Mateo County
  ['DC', '47900'], // alias: District of Columbia, central county of 47900
  ['Washington DC', '47900'], // principal city "Washington" (FIPS state 11) of 47900
  ['Washington, D.C.', '47900'], // as above
  ['District of Columbia', '47900'], // alias: the District itself
  ['Northern Virginia', '47900'], // alias: Fairfax County, central county of 47900
  ['Twin Cities', '33460'], // alias: Hennepin County, central county of 33460
  ['RTP', '20500'], // alias: Research Triangle Park lies mostly in Durham County, central county of 20500
  ['Inland Empire', '40140'], // alias: Riverside County, central county of 40140
  ['DFW', '19100'], // alias: Dallas County, central county of 19100
  ['Dallas-Fort Worth', '19100'], // alias: as DFW
  ['Metroplex', '19100'], // alias: as DFW
  ['Greater Boston', '14460'], // alias: Suffolk County, central county of 14460
  ['Chicagoland', '16980'], // alias: Cook County, central county of 16980
  ['SoCal', '31080'], // alias: Los Angeles County, central county of 31080
  ['Kirkland, WA', '42660'], // alias: Kirkland lies in King County, central county of 42660
  ['Philly', '37980'], // alias: Philadelphia County, central county of 37980 Philadelphia-Camden-Wilmington
]

describe('place text -> OEWS area, from Census CBSA facts', () => {
  it('has at least 50 pairs', () => {
    expect(PLACES.length).toBeGreaterThanOrEqual(50)
  })

  it.each(PLACES)('%s -> %s', (text, area) => {
    expect(locations.resolve(text).map((m) => m.areaCode)).toEqual([area])
  })
})
