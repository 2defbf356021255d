import { describe, expect, it } from 'vitest'
import { readRawDataset } from '../../node/datasetFromDisk'
import type { TitleMatch } from '../../shared/types'
import type { TitleVia } from '../dataset/format'
import { realDataset } from '../testing/realDataset'
import { coreTitleKey, displayCase, titleKey } from './normalise'
import { isNotATitle } from './titleIndex'

const { titles, occupationBySoc } = realDataset()
const top = (q: string) => titles.match(q)[0]?.soc
const employment = (soc: string) => occupationBySoc.get(soc)!.national!.employment!

describe('title keys', () => {
  it('normalise punctuation, plurals and run-together words', () => {
    expect(titleKey('Sr. Software Engineers (Back-End)')).toBe('sr software engineer backend')
    expect(titleKey('R&D Technologies')).toBe('r and d technology')
    expect(coreTitleKey('senior staff software engineer ii')).toBe('software engineer')
    expect(displayCase('SENIOR SRE II - AWS')).toBe('Senior SRE II - AWS')
  })
})

// Titles O*NET lists under exactly one occupation, and the occupation (SOC 2018, the first 7 characters of the
// O*NET-SOC code). Each row names the O*NET file and code it was read from (../shared/data/onet-titles).
const ONET_TITLES: [title: string, soc: string][] = [
  ['Registered Nurse', '29-1141'], // O*NET 27.0 Occupation Data, title of 29-1141.00
  ['Software Developer', '15-1252'], // O*NET 30.0 Alternate Titles, 15-1252.00
  ['Accountant', '13-2011'], // O*NET 30.0 Alternate Titles, 13-2011.00
  ['Airline Pilot', '53-2011'], // O*NET 30.0 Alternate Titles, 53-2011.00
  ['Web Developer', '15-1254'], // O*NET 30.0 Alternate Titles, 15-1254.00
  ['Data Scientist', '15-2051'], // O*NET 30.0 Alternate Titles, 15-2051.00
  ['Database Administrator', '15-1242'], // O*NET 27.0 Occupation Data, title of 15-1242.00
  ['Network Administrator', '15-1244'], // O*NET 30.0 Alternate Titles, 15-1244.00
  ['Computer Programmer', '15-1251'], // O*NET 30.0 Alternate Titles, 15-1251.00
  ['Pharmacist', '29-1051'], // O*NET 30.0 Alternate Titles, 29-1051.00
  ['Physician Assistant', '29-1071'], // O*NET 27.0 Occupation Data, title of 29-1071.00
  ['Nurse Practitioner', '29-1171'], // O*NET 27.0 Occupation Data, title of 29-1171.00
  ['Dental Hygienist', '29-1292'], // O*NET 30.0 Alternate Titles, 29-1292.00
  ['Dentist', '29-1021'], // O*NET 30.0 Alternate Titles, 29-1021.00
  ['Physical Therapist', '29-1123'], // O*NET 27.0 Occupation Data, title of 29-1123.00
  ['Occupational Therapist', '29-1122'], // O*NET 27.0 Occupation Data, title of 29-1122.00
  ['Respiratory Therapist', '29-1126'], // O*NET 27.0 Occupation Data, title of 29-1126.00
  ['Emergency Medical Technician', '29-2042'], // O*NET 27.0 Occupation Data, title of 29-2042.00
  ['Medical Assistant', '31-9092'], // O*NET 27.0 Occupation Data, title of 31-9092.00
  ['Home Health Aide', '31-1121'], // O*NET 27.0 Occupation Data, title of 31-1121.00
  ['Pharmacy Technician', '29-2052'], // O*NET 27.0 Occupation Data, title of 29-2052.00
  ['Veterinarian', '29-1131'], // O*NET 27.0 Occupation Data, title of 29-1131.00
  ['Optometrist', '29-1041'], // O*NET 30.0 Alternate Titles, 29-1041.00
  ['Chiropractor', '29-1011'], // O*NET 30.0 Alternate Titles, 29-1011.00
  ['Dietitian', '29-1031'], // O*NET 30.0 Alternate Titles, 29-1031.00
  ['Speech Language Pathologist', '29-1127'], // O*NET 30.0 Alternate Titles, 29-1127.00
  ['Marriage and Family Therapist', '21-1013'], // O*NET 27.0 Occupation Data, title of 21-1013.00
  ['Preschool Teacher', '25-2011'], // O*NET 30.0 Alternate Titles, 25-2011.00
  ['Librarian', '25-4022'], // O*NET 30.0 Alternate Titles, 25-4022.00
  ['Lawyer', '23-1011'], // O*NET 30.0 Alternate Titles, 23-1011.00
  ['Attorney', '23-1011'], // O*NET 30.0 Alternate Titles, 23-1011.00
  ['Paralegal', '23-2011'], // O*NET 30.0 Alternate Titles, 23-2011.00
  ['Judge', '23-1023'], // O*NET 30.0 Alternate Titles, 23-1023.00
  ['Firefighter', '33-2011'], // O*NET 30.0 Alternate Titles, 33-2011.00
  ['Security Guard', '33-9032'], // O*NET 30.0 Alternate Titles, 33-9032.00
  ['Electrician', '47-2111'], // O*NET 30.0 Alternate Titles, 47-2111.00
  ['Plumber', '47-2152'], // O*NET 30.0 Alternate Titles, 47-2152.00
  ['Welder', '51-4121'], // O*NET 30.0 Alternate Titles, 51-4121.00
  ['Auto Mechanic', '49-3023'], // O*NET 30.0 Alternate Titles, 49-3023.00
  ['Aircraft Mechanic', '49-3011'], // O*NET 30.0 Alternate Titles, 49-3011.00
  ['Taxi Driver', '53-3054'], // O*NET 30.0 Alternate Titles, 53-3054.00
  ['Flight Attendant', '53-2031'], // O*NET 30.0 Alternate Titles, 53-2031.00
  ['Air Traffic Controller', '53-2021'], // O*NET 27.0 Occupation Data, title of 53-2021.00
  ['Mechanical Engineer', '17-2141'], // O*NET 30.0 Alternate Titles, 17-2141.00
  ['Electrical Engineer', '17-2071'], // O*NET 30.0 Alternate Titles, 17-2071.00
  ['Chemical Engineer', '17-2041'], // O*NET 30.0 Alternate Titles, 17-2041.00
  ['Aerospace Engineer', '17-2011'], // O*NET 30.0 Alternate Titles, 17-2011.00
  ['Industrial Engineer', '17-2112'], // O*NET 30.0 Alternate Titles, 17-2112.00
  ['Environmental Engineer', '17-2081'], // O*NET 30.0 Alternate Titles, 17-2081.00
  ['Architect', '17-1011'], // O*NET 30.0 Alternate Titles, 17-1011.00
  ['Landscape Architect', '17-1012'], // O*NET 30.0 Alternate Titles, 17-1012.00
  ['Chef', '35-1011'], // O*NET 30.0 Alternate Titles, 35-1011.00
  ['Bartender', '35-3011'], // O*NET 30.0 Alternate Titles, 35-3011.00
  ['Waiter', '35-3031'], // O*NET 30.0 Alternate Titles, 35-3031.00
  ['Waitress', '35-3031'], // O*NET 30.0 Alternate Titles, 35-3031.00
  ['Barista', '35-3023'], // O*NET 30.0 Alternate Titles, 35-3023.00
  ['Retail Salesperson', '41-2031'], // O*NET 30.0 Alternate Titles, 41-2031.00
  ['Real Estate Agent', '41-9022'], // O*NET 30.0 Alternate Titles, 41-9022.00
  ['Insurance Agent', '41-3021'], // O*NET 30.0 Alternate Titles, 41-3021.00
  ['Loan Officer', '13-2072'], // O*NET 30.0 Alternate Titles, 13-2072.00
  ['Budget Analyst', '13-2031'], // O*NET 30.0 Alternate Titles, 13-2031.00
  ['Auditor', '13-2011'], // O*NET 30.0 Alternate Titles, 13-2011.00
  ['Bookkeeper', '43-3031'], // O*NET 30.0 Alternate Titles, 43-3031.00
  ['Payroll Clerk', '43-3051'], // O*NET 30.0 Alternate Titles, 43-3051.00
  ['Bank Teller', '43-3071'], // O*NET 30.0 Alternate Titles, 43-3071.00
  ['Actuary', '15-2011'], // O*NET 30.0 Alternate Titles, 15-2011.00
  ['Economist', '19-3011'], // O*NET 30.0 Alternate Titles, 19-3011.00
  ['Statistician', '15-2041'], // O*NET 30.0 Alternate Titles, 15-2041.00
  ['Market Research Analyst', '13-1161'], // O*NET 30.0 Alternate Titles, 13-1161.00
  ['Human Resources Specialist', '13-1071'], // O*NET 27.0 Occupation Data, title of 13-1071.00
  ['Recruiter', '13-1071'], // O*NET 30.0 Alternate Titles, 13-1071.00
  ['Sales Manager', '11-2022'], // O*NET 30.0 Alternate Titles, 11-2022.00
  ['Construction Manager', '11-9021'], // O*NET 30.0 Alternate Titles, 11-9021.00
  ['Receptionist', '43-4171'], // O*NET 30.0 Alternate Titles, 43-4171.00
  ['Executive Assistant', '43-6011'], // O*NET 30.0 Alternate Titles, 43-6011.00
  ['Data Entry Clerk', '43-9021'], // O*NET 30.0 Alternate Titles, 43-9021.00
  ['Janitor', '37-2011'], // O*NET 30.0 Alternate Titles, 37-2011.00
  ['Maid', '37-2012'], // O*NET 30.0 Alternate Titles, 37-2012.00
  ['Landscaper', '37-3011'], // O*NET 30.0 Alternate Titles, 37-3011.00
  ['Groundskeeper', '37-3011'], // O*NET 30.0 Alternate Titles, 37-3011.00
  ['Pest Control Technician', '37-3012'], // O*NET 30.0 Alternate Titles, 37-3012.00
  ['Hairdresser', '39-5012'], // O*NET 30.0 Alternate Titles, 39-5012.00
  ['Barber', '39-5011'], // O*NET 30.0 Alternate Titles, 39-5011.00
  ['Cosmetologist', '39-5012'], // O*NET 30.0 Alternate Titles, 39-5012.00
  ['Manicurist', '39-5092'], // O*NET 30.0 Alternate Titles, 39-5092.00
  ['Fitness Trainer', '39-9031'], // O*NET 30.0 Alternate Titles, 39-9031.00
  ['Umpire', '27-2023'], // O*NET 30.0 Alternate Titles, 27-2023.00
  ['Athlete', '27-2021'], // O*NET 30.0 Alternate Titles, 27-2021.00
  ['Musician', '27-2042'], // O*NET 30.0 Alternate Titles, 27-2042.00
  ['Actor', '27-2011'], // O*NET 30.0 Alternate Titles, 27-2011.00
  ['Dancer', '27-2031'], // O*NET 30.0 Alternate Titles, 27-2031.00
  ['Photographer', '27-4021'], // O*NET 30.0 Alternate Titles, 27-4021.00
  ['Interior Designer', '27-1025'], // O*NET 30.0 Alternate Titles, 27-1025.00
  ['Fashion Designer', '27-1022'], // O*NET 30.0 Alternate Titles, 27-1022.00
  ['Translator', '27-3091'], // O*NET 30.0 Alternate Titles, 27-3091.00
  ['Interpreter', '27-3091'], // O*NET 30.0 Alternate Titles, 27-3091.00
  ['Court Reporter', '27-3092'], // O*NET 30.0 Alternate Titles, 27-3092.00
  ['Event Planner', '13-1121'], // O*NET 30.0 Alternate Titles, 13-1121.00
  ['Travel Agent', '41-3041'], // O*NET 30.0 Alternate Titles, 41-3041.00
  ['Childcare Worker', '39-9011'], // O*NET 30.0 Alternate Titles, 39-9011.00
  ['Nanny', '39-9011'], // O*NET 30.0 Alternate Titles, 39-9011.01
  ['Farmworker', '45-2092'], // O*NET 30.0 Alternate Titles, 45-2092.00
  ['Fisherman', '45-3031'], // O*NET 30.0 Alternate Titles, 45-3031.00
  ['Logger', '45-4021'], // O*NET 30.0 Alternate Titles, 45-4021.00
  ['Drywall Installer', '47-2081'], // O*NET 30.0 Alternate Titles, 47-2081.00
  ['Bricklayer', '47-2021'], // O*NET 30.0 Alternate Titles, 47-2021.00
  ['Pipefitter', '47-2152'], // O*NET 30.0 Alternate Titles, 47-2152.00
  ['Boilermaker', '47-2011'], // O*NET 30.0 Alternate Titles, 47-2011.00
  ['Elevator Mechanic', '47-4021'], // O*NET 30.0 Alternate Titles, 47-4021.00
  ['Crane Operator', '53-7021'], // O*NET 30.0 Alternate Titles, 53-7021.00
  ['Mechanical Drafter', '17-3013'], // O*NET 30.0 Alternate Titles, 17-3013.00
  ['Sewing Machine Operator', '51-6031'], // O*NET 30.0 Alternate Titles, 51-6031.00
  ['Tailor', '51-6052'], // O*NET 30.0 Alternate Titles, 51-6052.00
  ['Upholsterer', '51-6093'], // O*NET 30.0 Alternate Titles, 51-6093.00
  ['Jeweler', '51-9071'], // O*NET 30.0 Alternate Titles, 51-9071.00
  ['Dental Assistant', '31-9091'], // O*NET 27.0 Occupation Data, title of 31-9091.00
  ['Clergy', '21-2011'], // O*NET 27.0 Occupation Data, title of 21-2011.00
  ['Pastor', '21-2011'], // O*NET 30.0 Alternate Titles, 21-2011.00
  ['Mathematician', '15-2021'], // O*NET 30.0 Alternate Titles, 15-2021.00
  ['Physicist', '19-2012'], // O*NET 30.0 Alternate Titles, 19-2012.00
  ['Chemist', '19-2031'], // O*NET 30.0 Alternate Titles, 19-2031.00
  ['Biologist', '19-1029'], // O*NET 30.0 Alternate Titles, 19-1029.00
  ['Microbiologist', '19-1022'], // O*NET 30.0 Alternate Titles, 19-1022.00
  ['Geologist', '19-2042'], // O*NET 30.0 Alternate Titles, 19-2042.00
  ['Hydrologist', '19-2043'], // O*NET 30.0 Alternate Titles, 19-2043.00
  ['Meteorologist', '19-2021'], // O*NET 30.0 Alternate Titles, 19-2021.00
  ['Astronomer', '19-2011'], // O*NET 30.0 Alternate Titles, 19-2011.00
  ['Epidemiologist', '19-1041'], // O*NET 30.0 Alternate Titles, 19-1041.00
  ['Anesthesiologist', '29-1211'], // O*NET 30.0 Alternate Titles, 29-1211.00
  ['Pediatrician', '29-1221'], // O*NET 30.0 Alternate Titles, 29-1221.00
  ['Psychiatrist', '29-1223'], // O*NET 30.0 Alternate Titles, 29-1223.00
  ['Audiologist', '29-1181'], // O*NET 30.0 Alternate Titles, 29-1181.00
  ['Podiatrist', '29-1081'], // O*NET 30.0 Alternate Titles, 29-1081.00
  ['Surgical Technologist', '29-2055'], // O*NET 27.0 Occupation Data, title of 29-2055.00
  ['Medical Coder', '29-2072'], // O*NET 30.0 Alternate Titles, 29-2072.00
  ['Shipping Clerk', '43-5071'], // O*NET 30.0 Alternate Titles, 43-5071.00
  ['Locksmith', '49-9094'], // O*NET 30.0 Alternate Titles, 49-9094.00
  ['Sheet Metal Worker', '47-2211'], // O*NET 30.0 Alternate Titles, 47-2211.00
  ['Millwright', '49-9044'], // O*NET 30.0 Alternate Titles, 49-9044.00
  ['Wind Turbine Technician', '49-9081'], // O*NET 30.0 Alternate Titles, 49-9081.00
  ['Solar Panel Installer', '47-2231'], // O*NET 30.0 Alternate Titles, 47-2231.00
  ['Web Designer', '15-1255'], // O*NET 30.0 Alternate Titles, 15-1255.00
  ['Video Game Designer', '15-1255'], // O*NET 30.0 Alternate Titles, 15-1255.01
  ['Animator', '27-1014'], // O*NET 30.0 Alternate Titles, 27-1014.00
  ['Film Editor', '27-4032'], // O*NET 30.0 Alternate Titles, 27-4032.00
  ['Sound Engineer', '27-4014'], // O*NET 30.0 Alternate Titles, 27-4014.00
  ['Concierge', '39-6012'], // O*NET 30.0 Alternate Titles, 39-6012.00
  ['Usher', '39-3031'], // O*NET 30.0 Alternate Titles, 39-3031.00
  ['Lifeguard', '33-9092'], // O*NET 30.0 Alternate Titles, 33-9092.00
  ['Tour Guide', '39-7011'], // O*NET 30.0 Alternate Titles, 39-7011.00
  ['Ship Captain', '53-5021'], // O*NET 30.0 Alternate Titles, 53-5021.00
  ['Railroad Conductor', '53-4031'], // O*NET 30.0 Alternate Titles, 53-4031.00
  ['Locomotive Engineer', '53-4011'], // O*NET 30.0 Alternate Titles, 53-4011.00
  ['Parking Attendant', '53-6021'], // O*NET 30.0 Alternate Titles, 53-6021.00
  ['Car Salesman', '41-2031'], // O*NET 30.0 Alternate Titles, 41-2031.00
  ['Insurance Underwriter', '13-2053'], // O*NET 30.0 Alternate Titles, 13-2053.00
  ['Claims Adjuster', '13-1031'], // O*NET 30.0 Alternate Titles, 13-1031.00
  ['Logistician', '13-1081'], // O*NET 30.0 Alternate Titles, 13-1081.00
  ['Fundraiser', '13-1131'], // O*NET 30.0 Alternate Titles, 13-1131.00
  ['Public Relations Specialist', '27-3031'], // O*NET 27.0 Occupation Data, title of 27-3031.00
  ['Urban Planner', '19-3051'], // O*NET 30.0 Alternate Titles, 19-3051.00
  ['Archivist', '25-4011'], // O*NET 30.0 Alternate Titles, 25-4011.00
  ['Curator', '25-4012'], // O*NET 30.0 Alternate Titles, 25-4012.00
  ['Historian', '19-3093'], // O*NET 30.0 Alternate Titles, 19-3093.00
  ['Sociologist', '19-3041'], // O*NET 30.0 Alternate Titles, 19-3041.00
  ['Anthropologist', '19-3091'], // O*NET 30.0 Alternate Titles, 19-3091.00
  ['Political Scientist', '19-3094'], // O*NET 27.0 Occupation Data, title of 19-3094.00
  ['School Counselor', '21-1012'], // O*NET 30.0 Alternate Titles, 21-1012.00
  ['Mortician', '39-4031'], // O*NET 30.0 Alternate Titles, 39-4031.00
]

describe('matching titles O*NET lists to their occupation', () => {
  it(`has at least 100 pairs (${ONET_TITLES.length})`, () => {
    expect(ONET_TITLES.length).toBeGreaterThanOrEqual(100)
  })

  it.each(ONET_TITLES)('%s -> %s', (title, soc) => {
    const [first] = titles.match(title)
    expect(first?.soc).toBe(soc)
    expect(first?.confidence).toBe('high')
  })
})

describe('matching titles people use to occupations', () => {
  it.each([
    ['Software Engineer', '15-1252'],
    ['SRE', '15-1252'],
    ['Site Reliability Engineer', '15-1252'],
    ['Senior Software Engineer II', '15-1252'],
    ['Truck Driver', '53-3032'],
    ['Software Developers', '15-1252'],
  ])('%s -> %s', (query, soc) => {
    expect(top(query)).toBe(soc)
  })

  it('prefers O*NET to H-1B filings: UX Designer is a web and digital interface designer, not a graphic designer', () => {
    // O*NET 30.0 lists "User Experience Designer (UX Designer)" under 15-1253.00 and 15-1255.00; H-1B filings put
    // "UX Designer" mostly under 27-1024 Graphic Designers.
    const [first, ...rest] = titles.match('UX Designer')
    expect(first).toMatchObject({ soc: '15-1255', via: 'onet', method: 'exact', matchedFrom: 'UX Designer' })
    expect(rest.map((m) => m.soc)).toContain('15-1253')
    expect(rest.map((m) => m.soc)).not.toContain('27-1024')
    expect(top('Senior UX Designer')).toBe('15-1255')
  })

  it('breaks a tie in O*NET by how many people do the job, not by code order (Forklift Operator)', () => {
    // O*NET 30.0 lists "Forklift Operator" under 47-2073.00, 47-5041.00 and 53-7051.00.
    const matches = titles.match('Forklift Operator')
    expect(matches[0]!.soc).toBe('53-7051')
    expect(matches[0]!.score).toBe(matches[1]!.score)
    expect(employment('53-7051')).toBeGreaterThan(employment(matches[1]!.soc))
    expect(matches[0]!.confidence).toBe('medium')
  })

  it('gives the occupations O*NET lists for an ambiguous title, then the filings (Data Engineer)', () => {
    // O*NET 30.0 lists "Data Engineer" under 15-1243.00, 15-2041.00 and 15-2051.00; H-1B filings mostly 15-1252.
    const socs = titles.match('Data Engineer').map((m) => m.soc)
    expect(socs.slice(0, 3).sort()).toEqual(['15-1243', '15-2041', '15-2051'])
    expect(socs).toContain('15-1252')
  })

  it('matches a title nobody filed word by word (Backend Architect), alternatives from the same field', () => {
    const [first, ...rest] = titles.match('Backend Architect')
    expect(first!.soc).toBe('15-1252')
    expect(first!.matchedFrom.toLowerCase()).toContain('back')
    expect(first!.method).toBe('words')
    expect(first!.confidence).toBe('low')
    expect(rest.length).toBeGreaterThan(0)
    // Never Landscape Architects (17-1012) or Marine Engineers and Naval Architects (17-2121).
    expect(rest.every((m) => m.soc.startsWith('15-'))).toBe(true)
  })

  it('reads misspelt words as the word meant (sofware enginer, registerd nurse)', () => {
    expect(titles.match('sofware enginer')[0]).toMatchObject({
      soc: '15-1252',
      method: 'typo',
      corrected: 'software engineer',
      confidence: 'medium',
    })
    expect(titles.match('registerd nurse')[0]).toMatchObject({ soc: '29-1141', method: 'typo' })
    expect(titles.match('acountant')[0]).toMatchObject({ soc: '13-2011', method: 'typo' })
    // A misspelling someone once filed still reads as the word meant, not as that one filing.
    expect(titles.match('develper')[0]!.matchedFrom).toBe('Developer')
    const { suggestions } = titles.search('sofware enginee')
    expect(suggestions.length).toBeGreaterThan(0)
    expect(suggestions.every((s) => /software engineer/i.test(s.title))).toBe(true)
  })

  it('says how sure it is and from what it matched, for every match', () => {
    for (const q of ['Nurse', 'Senior Data Analyst', 'Forklift', 'sofware enginer', 'Backend Architect']) {
      for (const m of titles.match(q)) {
        expect(['exact', 'alias', 'level', 'contains', 'typo', 'words']).toContain(m.method)
        expect(['high', 'medium', 'low']).toContain(m.confidence)
        expect(m.matchedFrom.length).toBeGreaterThan(0)
        expect(m.score).toBeGreaterThanOrEqual(0)
        expect(m.score).toBeLessThanOrEqual(1)
      }
    }
    expect(titles.match('SRE')[0]).toMatchObject({ method: 'exact' })
    expect(titles.match('SWE')[0]).toMatchObject({ soc: '15-1252', method: 'alias' })
    expect(titles.match('Senior Staff Registered Nurse II')[0]).toMatchObject({
      soc: '29-1141',
      method: 'level',
    })
  })

  it('refuses junk, one letter and stop words, and offers real titles instead', () => {
    for (const junk of ['qwertyuiop', 'the', 'a', 'x', 'of the', 'an a', 'xyzzy', '', '   ', '!!!']) {
      expect(titles.match(junk)).toEqual([])
      expect(titles.search(junk).occupations).toEqual([])
    }
    expect(isNotATitle('the')).toBe(true)
    expect(isNotATitle('it')).toBe(false)
    for (const junk of ['qwertyuiop', 'the', 'a']) {
      const near = titles.closest(junk)
      expect(near.length).toBeGreaterThan(0)
      expect(near.every((t) => titles.match(t).length > 0)).toBe(true)
    }
    expect(titles.closest('nurze practitoner')[0]).toMatch(/nurse practitioner/i)
    // A made-up word two edits from a real one ("tostring" -> "testing") is refused, with real titles offered.
    for (const madeUp of ['tostring', 'toString', 'valueOf']) {
      expect(titles.match(madeUp)).toEqual([])
      expect(titles.closest(madeUp).every((t) => titles.match(t).length > 0)).toBe(true)
    }
    expect(titles.closest('tostring').length).toBeGreaterThan(0)
    // One edit is still a slip ("acountant"), and a known word keeps its misspelt neighbour ("registerd nurse").
    expect(titles.match('acountant')[0]).toMatchObject({ soc: '13-2011', method: 'typo' })
  })

  it('takes "constructor", "toString", "__proto__" as text like any other, never as an internal error', () => {
    for (const q of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype']) {
      expect(() => titles.match(q)).not.toThrow()
      expect(() => titles.search(q)).not.toThrow()
      expect(() => titles.closest(q)).not.toThrow()
      for (const m of titles.match(q)) expect(m.confidence).not.toBe('high')
    }
    expect(titles.titlesFor('constructor')).toEqual([])
    // Listed titles only: O*NET's titles for Software Developers, not employers' filing titles.
    const filed = titles.titlesFor('15-1252', 60).map((t) => t.title)
    const listed = titles.titlesFor('15-1252', 60, { listed: true }).map((t) => t.title)
    expect(filed).toContain('Software Engineering')
    expect(listed).not.toContain('Software Engineering')
    expect(listed.slice(0, 2)).toEqual(['Software Engineer', 'Software Development Engineer'])
    expect(titles.related('__proto__')).toEqual([])
    expect(titles.weightOf('constructor', 'toString')).toBe(0)
  })

  it('autocompletes from a prefix, best known titles first', () => {
    const { suggestions } = titles.search('softw')
    expect(suggestions.length).toBeGreaterThan(3)
    expect(suggestions.map((s) => s.title)).toContain('Software Developers')
    expect(suggestions.every((s) => /software/i.test(s.title))).toBe(true)
    // A suggestion names the occupation the title would match: O*NET's, not the filings'.
    expect(titles.search('UX Designer').suggestions[0]).toMatchObject({
      title: 'UX Designer',
      soc: '15-1255',
    })
  })
})

describe('related occupations', () => {
  it('are from the same field and share words with the titles (Registered Nurses: nurses, never veterinarians)', () => {
    const related = titles.related('29-1141')
    expect(related).toContain('29-1171') // Nurse Practitioners
    expect(related).toContain('29-2061') // Licensed Practical and Licensed Vocational Nurses
    expect(related).not.toContain('29-1131') // Veterinarians
    expect(related.every((soc) => soc.startsWith('29-'))).toBe(true)
  })

  it('for software developers are computer occupations', () => {
    const related = titles.related('15-1252')
    expect(related).toContain('15-1253')
    expect(related.every((soc) => soc.startsWith('15-'))).toBe(true)
  })
})

describe('a known title, matched as the plain rule says', () => {
  // The rule written out the slow way, from the title rows themselves: each occupation's link weights summed, an
  // official (BLS) link worth more than any O*NET listing and an O*NET listing more than any count of H-1B filings;
  // all occupations sorted (more evidence, then more workers, then list order); the best, then the five best of
  // the rest that share its field or that BLS/O*NET list the title under. The index reaches the same answer through
  // its compiled columns without an object per occupation.
  const { titles: rows } = readRawDataset().titles
  const { occupations } = realDataset()
  const firstWithKey = new Map<string, number>()
  rows.forEach(([display], i) => {
    const key = titleKey(display)
    if (!firstWithKey.has(key)) firstWithKey.set(key, i)
  })
  const PRIORITY = { b: 1e9, o: 1e7, r: 1e7, h: 0 } as const
  const VIA = { b: 'bls', o: 'onet', r: 'onet', h: 'h1b' } as const

  function expected(display: string): TitleMatch[] {
    const key = titleKey(display)
    if (key === '' || isNotATitle(key)) return []
    const id = firstWithKey.get(key)!
    const scores = new Map<
      number,
      { occ: number; score: number; best: number; via: TitleVia; listed: boolean }
    >()
    for (const [occ, weight, via] of rows[id]![1]) {
      const add = weight + PRIORITY[via]
      const cur = scores.get(occ)
      if (!cur) scores.set(occ, { occ, score: add, best: add, via, listed: via !== 'h' })
      else {
        cur.score += add
        cur.listed ||= via !== 'h'
        if (add > cur.best) Object.assign(cur, { best: add, via })
      }
    }
    const workers = (occ: number) => occupations[occ]!.national?.employment ?? 0
    const all = [...scores.values()]
    const total = all.reduce((sum, s) => sum + s.score, 0)
    const sorted = all.sort((a, b) => b.score - a.score || workers(b.occ) - workers(a.occ) || a.occ - b.occ)
    const best = sorted[0]!
    const field = occupations[best.occ]!.soc.slice(0, 2)
    const alternatives = sorted
      .slice(1)
      .filter((s) => occupations[s.occ]!.soc.slice(0, 2) === field || s.listed)
      .slice(0, 5)
    return [best, ...alternatives].map((s) => {
      const share = Math.round((s.score / total) * 1000) / 1000
      return {
        soc: occupations[s.occ]!.soc,
        occupation: occupations[s.occ]!.title,
        matchedFrom: rows[id]![0],
        via: VIA[s.via],
        score: share,
        method: 'exact',
        confidence: share >= 0.5 ? 'high' : share >= 0.2 ? 'medium' : 'low',
        corrected: null,
      }
    })
  }

  it('for every fourth title of the list (over 16,000), with its alternatives and shares', () => {
    let checked = 0
    for (let i = 0; i < rows.length; i += 4) {
      const display = rows[i]![0]
      const found = titles.match(display)
      const want = expected(display)
      if (JSON.stringify(found) !== JSON.stringify(want))
        expect({ display, found }).toEqual({ display, found: want })
      checked += found.length > 0 ? 1 : 0
    }
    expect(checked).toBeGreaterThan(16000)
  })
})
