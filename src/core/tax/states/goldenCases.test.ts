// One worked case per state with an income tax (single filer, $100,000 of wages, 2025, no 401(k)), computed by hand
// from the figures of the state's own instructions cited in its module. Federal: AGI 100,000, standard deduction
// 15,750, federal taxable income 84,250, federal income tax 13,449 (see federal.test.ts). California, New York,
// Illinois, Pennsylvania, Massachusetts, New Jersey, Connecticut, Oregon and North Dakota have their cases in
// computeTax.test.ts.
import { describe, expect, it } from 'vitest'
import { computeTax } from '../computeTax'

const CASES: [code: string, expected: number, working: string][] = [
  [
    'AL',
    4_087.55,
    'Form 40: std. ded. 3,000 cut by 25 per 500 over 26,000 to the 2,500 floor; exemption 1,500; federal tax 13,449 deducted. Taxable 82,551: 2% x 500 + 4% x 2,500 + 5% x 79,551 = 10 + 100 + 3,977.55',
  ],
  ['AZ', 2_106.25, 'Form 140: (100,000 - 15,750) x 2.5%'],
  [
    'AR',
    3_655.67,
    'AR1000F high-income table: 3.9% x 97,530 = 3,803.67 less bracket adjustment 369 - 10 x 25 = 119; less personal credit 29',
  ],
  ['CO', 3_707, 'DR 0104: federal taxable income 84,250 x 4.4%'],
  [
    'DE',
    5_259,
    'PIT-RES: taxable 96,750: 66 + 195 + 480 + 260 + 1,942.50 + 6.6% x 36,750 (2,425.50) = 5,369, less personal credit 110',
  ],
  ['DC', 5_625, 'D-40: taxable 85,000: 400 + 1,800 + 1,300 + 8.5% x 25,000 (2,125)'],
  ['GA', 4_567.2, 'Form 500: (100,000 - 12,000) x 5.19%'],
  [
    'HI',
    6_069.86,
    'N-11: taxable 94,456: 134.40 + 153.60 + 264 + 307.20 + 816 + 864 + 7.6% x 46,456 (3,530.656)',
  ],
  ['ID', 4_220.27, 'Form 40: (84,250 - 4,811) x 5.3% = 4,210.267, plus the $10 permanent building fund tax'],
  ['IN', 2_970, 'IT-40: (100,000 - 1,000) x 3%'],
  ['IA', 3_161.5, 'IA 1040: 84,250 x 3.8% = 3,201.50, less the $40 exemption credit'],
  [
    'KS',
    4_780.31,
    'K-40: taxable 100,000 - 3,605 - 9,160 = 87,235: 5.2% x 23,000 (1,196) + 5.58% x 64,235 (3,584.313)',
  ],
  ['KY', 3_869.2, 'Form 740: (100,000 - 3,270) x 4%'],
  ['LA', 2_625, 'IT-540: (100,000 - 12,500) x 3%'],
  [
    'ME',
    5_200.88,
    '1040ME: taxable 100,000 - 15,000 - 5,150 = 79,850: 1,554.40 + 6.75% x 36,650 (2,473.875) + 7.15% x 16,400 (1,172.60)',
  ],
  [
    'MD',
    4_386.38,
    'Form 502: taxable 100,000 - 3,350 - 3,200 = 93,450: 20 + 30 + 40 + 4.75% x 90,450 (4,296.375)',
  ],
  ['MI', 4_003.5, 'MI-1040: (100,000 - 5,800) x 4.25%'],
  ['MN', 5_311.14, 'M1: taxable 85,050: 5.35% x 32,570 (1,742.495) + 6.8% x 52,480 (3,568.64)'],
  ['MS', 3_594.8, 'Form 80-105: taxable 100,000 - 2,300 - 6,000 = 91,700: 4.4% x 81,700'],
  [
    'MO',
    3_688.99,
    'MO-1040: 15% of federal tax (AGI 50,001-100,000) = 2,017.35 deducted; taxable 82,232.65: 256.04 to 9,191 + 4.7% x 73,041.65 (3,432.958)',
  ],
  [
    'MT',
    4_717.55,
    'Form 2: federal taxable income 84,250: 4.7% x 21,100 (991.70) + 5.9% x 63,150 (3,725.85)',
  ],
  [
    'NE',
    4_103.83,
    '1040N: taxable 91,400: 99.138 + 705.159 + 738.975 + 5.2% x 52,530 (2,731.56) = 4,274.83, less personal credit 171',
  ],
  ['NM', 3_586.25, 'PIT-1: 84,250: 82.50 + 352 + 731 + 1,551 + 4.9% x 17,750 (869.75)'],
  ['NC', 3_708.13, 'D-400: (100,000 - 12,750) x 4.25% = 3,708.125'],
  [
    'OH',
    2_323.38,
    'IT 1040: exemption 1,900 (AGI 80,001-100,000); taxable 98,100: 342 + 2.75% x 72,050 (1,981.375)',
  ],
  [
    'OK',
    4_212.38,
    'Form 511: taxable 92,650: 2.50 + 11.25 + 21.875 + 31.625 + 86.25 + 4.75% x 85,450 (4,058.875)',
  ],
  [
    'RI',
    3_191,
    'RI-1040: taxable 100,000 - 10,900 - 5,100 = 84,000: 3.75% x 79,900 (2,996.25) + 4.75% x 4,100 (194.75)',
  ],
  ['SC', 4_413.3, 'SC1040: 84,250: 3% x 14,270 (428.10) + 6% x 66,420 (3,985.20)'],
  [
    'UT',
    4_500,
    'TC-40: 4.5% x 100,000; the taxpayer credit (6% x 15,750 = 945) is phased out by 1.3% x (100,000 - 18,213)',
  ],
  [
    'VT',
    4_139.8,
    'IN-111: taxable 100,000 - 7,650 - 5,300 = 87,050: 3.35% x 49,400 (1,654.90) + 6.6% x 37,650 (2,484.90)',
  ],
  ['VA', 4_935.9, 'Form 760: taxable 90,320: 60 + 60 + 600 + 5.75% x 73,320 (4,215.90)'],
  ['WV', 3_885.1, 'IT-140: taxable 98,000: 222 + 444 + 499.50 + 888 + 4.82% x 38,000 (1,831.60)'],
  [
    'WI',
    4_463.59,
    'Form 1: sliding deduction 13,560 - 12% x (100,000 - 19,550) = 3,906; taxable 95,394: 513.80 + 1,603.80 + 5.3% x 44,264 (2,345.992)',
  ],
]

describe('a worked case per state: single, $100,000 of wages, 2025', () => {
  it.each(CASES)('%s: %d (%s)', (code, expected) => {
    expect(computeTax({ year: 2025, filing: 'single', state: code, wages: 100_000 }).stateIncome).toBe(
      expected,
    )
  })
})
