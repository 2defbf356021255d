// A worked case for every local tax Worth models, each computed by hand from the official return or instructions of
// the jurisdiction (form and line named in the working; the rate is the one cited in the tax's data module under
// localTaxes/), and asserted to the cent through computeTax. Unless a case says otherwise: tax year 2025, single,
// $100,000 of wages, no 401(k), living (resident) or only working (nonresident) in the first place that charges the
// tax. State figures used in the workings come from states/goldenCases.test.ts: Maryland taxable net income 93,450;
// Indiana AGI less the $1,000 exemption 99,000; New York taxable income 92,000 and New York State tax 4,951.75.
// A test below fails when a tax in the data has no case for each way it is charged (resident, nonresident).
import { describe, expect, it } from 'vitest'
import { computeTax } from '../computeTax'
import type { TaxInput } from '../types'
import { LOCAL_PLACES, LOCAL_TAXES } from './index'

type Who = 'resident' | 'nonresident'
const CASES: [tax: string, who: Who, expected: number, working: string, input?: Partial<TaxInput>][] = [
  [
    'md-baltimore-city',
    'resident',
    2_990.4,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.2% x 93,450 = 2,990.40',
  ],
  [
    'md-allegany',
    'resident',
    2_831.54,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.03% x 93,450 = 2,831.535 -> 2,831.54',
  ],
  [
    'md-anne-arundel',
    'resident',
    2_627.43,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 2.7% x 50,000 (1,350) + 2.94% x 43,450 above 50,000 (1,277.43) = 2,627.43',
  ],
  [
    'md-baltimore-county',
    'resident',
    2_990.4,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.2% x 93,450 = 2,990.40',
  ],
  [
    'md-calvert',
    'resident',
    2_990.4,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.2% x 93,450 = 2,990.40',
  ],
  [
    'md-caroline',
    'resident',
    2_990.4,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.2% x 93,450 = 2,990.40',
  ],
  [
    'md-carroll',
    'resident',
    2_831.54,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.03% x 93,450 = 2,831.535 -> 2,831.54',
  ],
  [
    'md-cecil',
    'resident',
    2_560.53,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 2.74% x 93,450 = 2,560.53',
  ],
  [
    'md-charles',
    'resident',
    2_831.54,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.03% x 93,450 = 2,831.535 -> 2,831.54',
  ],
  [
    'md-dorchester',
    'resident',
    2_990.4,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.2% x 93,450 = 2,990.40',
  ],
  [
    'md-frederick',
    'resident',
    2_536.12,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 2.25% x 25,000 (562.50) + 2.75% x 25,000 above 25,000 (687.50) + 2.96% x 43,450 above 50,000 (1,286.12) = 2,536.12',
  ],
  [
    'md-garrett',
    'resident',
    2_476.43,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 2.65% x 93,450 = 2,476.425 -> 2,476.43',
  ],
  [
    'md-harford',
    'resident',
    2_859.57,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.06% x 93,450 = 2,859.57',
  ],
  [
    'md-howard',
    'resident',
    2_990.4,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.2% x 93,450 = 2,990.40',
  ],
  [
    'md-kent',
    'resident',
    2_990.4,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.2% x 93,450 = 2,990.40',
  ],
  [
    'md-montgomery',
    'resident',
    2_990.4,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.2% x 93,450 = 2,990.40',
  ],
  [
    'md-prince-georges',
    'resident',
    2_990.4,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.2% x 93,450 = 2,990.40',
  ],
  [
    'md-queen-annes',
    'resident',
    2_990.4,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.2% x 93,450 = 2,990.40',
  ],
  [
    'md-st-marys',
    'resident',
    2_990.4,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.2% x 93,450 = 2,990.40',
  ],
  [
    'md-somerset',
    'resident',
    2_990.4,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.2% x 93,450 = 2,990.40',
  ],
  [
    'md-talbot',
    'resident',
    2_242.8,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 2.4% x 93,450 = 2,242.80',
  ],
  [
    'md-washington',
    'resident',
    2_756.78,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 2.95% x 93,450 = 2,756.775 -> 2,756.78',
  ],
  [
    'md-wicomico',
    'resident',
    2_990.4,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 3.2% x 93,450 = 2,990.40',
  ],
  [
    'md-worcester',
    'resident',
    2_102.63,
    'Form 502 line 28: Maryland taxable net income (line 20) 100,000 - 3,350 standard deduction - 3,200 exemption = 93,450; 2.25% x 93,450 = 2,102.625 -> 2,102.63',
  ],
  [
    'oh-columbus',
    'resident',
    2_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-columbus',
    'nonresident',
    2_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-cleveland',
    'resident',
    2_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-cleveland',
    'nonresident',
    2_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-cincinnati',
    'resident',
    1_800,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.8% = 1,800',
  ],
  [
    'oh-cincinnati',
    'nonresident',
    1_800,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.8% = 1,800',
  ],
  [
    'oh-toledo',
    'resident',
    2_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-toledo',
    'nonresident',
    2_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-akron',
    'resident',
    2_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-akron',
    'nonresident',
    2_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-dayton',
    'resident',
    2_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-dayton',
    'nonresident',
    2_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-parma',
    'resident',
    2_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-parma',
    'nonresident',
    2_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-canton',
    'resident',
    2_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-canton',
    'nonresident',
    2_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-lorain',
    'resident',
    2_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-lorain',
    'nonresident',
    2_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-youngstown',
    'resident',
    2_750,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.75% = 2,750',
  ],
  [
    'oh-youngstown',
    'nonresident',
    2_750,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.75% = 2,750',
  ],
  [
    'oh-hamilton',
    'resident',
    2_000,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-hamilton',
    'nonresident',
    2_000,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-springfield',
    'resident',
    2_400,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.4% = 2,400',
  ],
  [
    'oh-springfield',
    'nonresident',
    2_400,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.4% = 2,400',
  ],
  [
    'oh-kettering',
    'resident',
    2_250,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.25% = 2,250',
  ],
  [
    'oh-kettering',
    'nonresident',
    2_250,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.25% = 2,250',
  ],
  [
    'oh-elyria',
    'resident',
    2_250,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.25% = 2,250',
  ],
  [
    'oh-elyria',
    'nonresident',
    2_250,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.25% = 2,250',
  ],
  [
    'oh-lakewood',
    'resident',
    1_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.5% = 1,500',
  ],
  [
    'oh-lakewood',
    'nonresident',
    1_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.5% = 1,500',
  ],
  [
    'oh-cuyahoga-falls',
    'resident',
    2_000,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-cuyahoga-falls',
    'nonresident',
    2_000,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-euclid',
    'resident',
    2_850,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.85% = 2,850',
  ],
  [
    'oh-euclid',
    'nonresident',
    2_850,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.85% = 2,850',
  ],
  [
    'oh-newark',
    'resident',
    1_750,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.75% = 1,750',
  ],
  [
    'oh-newark',
    'nonresident',
    1_750,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.75% = 1,750',
  ],
  [
    'oh-mansfield',
    'resident',
    2_000,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-mansfield',
    'nonresident',
    2_000,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-mentor',
    'resident',
    2_000,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-mentor',
    'nonresident',
    2_000,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-cleveland-heights',
    'resident',
    2_250,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.25% = 2,250',
  ],
  [
    'oh-cleveland-heights',
    'nonresident',
    2_250,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.25% = 2,250',
  ],
  [
    'oh-strongsville',
    'resident',
    2_000,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-strongsville',
    'nonresident',
    2_000,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-dublin',
    'resident',
    2_000,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-dublin',
    'nonresident',
    2_000,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-fairfield',
    'resident',
    1_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.5% = 1,500',
  ],
  [
    'oh-fairfield',
    'nonresident',
    1_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.5% = 1,500',
  ],
  [
    'oh-findlay',
    'resident',
    1_900,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.9% = 1,900',
  ],
  [
    'oh-findlay',
    'nonresident',
    1_900,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.9% = 1,900',
  ],
  [
    'oh-warren',
    'resident',
    2_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-warren',
    'nonresident',
    2_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-lima',
    'resident',
    1_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.5% = 1,500',
  ],
  [
    'oh-lima',
    'nonresident',
    1_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.5% = 1,500',
  ],
  [
    'oh-huber-heights',
    'resident',
    2_250,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.25% = 2,250',
  ],
  [
    'oh-huber-heights',
    'nonresident',
    2_250,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.25% = 2,250',
  ],
  [
    'oh-westerville',
    'resident',
    2_000,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-westerville',
    'nonresident',
    2_000,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-grove-city',
    'resident',
    2_000,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-grove-city',
    'nonresident',
    2_000,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2% = 2,000',
  ],
  [
    'oh-upper-arlington',
    'resident',
    2_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-upper-arlington',
    'nonresident',
    2_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-hilliard',
    'resident',
    2_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-hilliard',
    'nonresident',
    2_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-gahanna',
    'resident',
    2_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-gahanna',
    'nonresident',
    2_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-reynoldsburg',
    'resident',
    2_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-reynoldsburg',
    'nonresident',
    2_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-worthington',
    'resident',
    2_500,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-worthington',
    'nonresident',
    2_500,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 2.5% = 2,500',
  ],
  [
    'oh-mason',
    'resident',
    1_250,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.25% = 1,250',
  ],
  [
    'oh-mason',
    'nonresident',
    1_250,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.25% = 1,250',
  ],
  [
    'oh-delaware',
    'resident',
    1_850,
    'resident: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.85% = 1,850',
  ],
  [
    'oh-delaware',
    'nonresident',
    1_850,
    'nonresident working there: municipal taxable wages (W-2 box 5, 401(k) deferrals included) 100,000 x 1.85% = 1,850',
  ],
  [
    'pa-philadelphia-wage',
    'resident',
    3_745,
    'resident: half the year at 3.75% and half at 3.74% (rate from July 1, 2025) = 3.745% x 100,000 = 3,745',
  ],
  [
    'pa-philadelphia-wage',
    'nonresident',
    3_435,
    'nonresident: half the year at 3.44% and half at 3.43% (rate from July 1, 2025) = 3.435% x 100,000 = 3,435',
  ],
  [
    'pa-pittsburgh-eit',
    'resident',
    3_000,
    'Act 32 local earned income tax return (resident rate): 100,000 x 3% = 3,000',
  ],
  [
    'pa-pittsburgh-eit',
    'nonresident',
    1_000,
    'Act 32 local earned income tax return (nonresident rate): 100,000 x 1% = 1,000',
  ],
  [
    'pa-scranton-eit',
    'resident',
    3_400,
    'Act 32 local earned income tax return (resident rate): 100,000 x 3.4% = 3,400',
  ],
  [
    'pa-scranton-eit',
    'nonresident',
    1_000,
    'Act 32 local earned income tax return (nonresident rate): 100,000 x 1% = 1,000',
  ],
  [
    'pa-reading-eit',
    'resident',
    3_600,
    'Act 32 local earned income tax return (resident rate): 100,000 x 3.6% = 3,600',
  ],
  [
    'pa-reading-eit',
    'nonresident',
    1_300,
    'Act 32 local earned income tax return (nonresident rate): 100,000 x 1.3% = 1,300',
  ],
  [
    'pa-harrisburg-eit',
    'resident',
    2_000,
    'Act 32 local earned income tax return (resident rate): 100,000 x 2% = 2,000',
  ],
  [
    'pa-harrisburg-eit',
    'nonresident',
    1_000,
    'Act 32 local earned income tax return (nonresident rate): 100,000 x 1% = 1,000',
  ],
  [
    'pa-bethlehem-eit',
    'resident',
    1_000,
    'Act 32 local earned income tax return (resident rate): 100,000 x 1% = 1,000',
  ],
  [
    'pa-bethlehem-eit',
    'nonresident',
    1_000,
    'Act 32 local earned income tax return (nonresident rate): 100,000 x 1% = 1,000',
  ],
  [
    'pa-pittsburgh-lst',
    'resident',
    52,
    'lives and works there, earnings 100,000 >= 12,000: the local services tax of 52 a year (Act 32; none below 12,000) = 52',
  ],
  [
    'pa-pittsburgh-lst',
    'nonresident',
    52,
    'works there, earnings 100,000 >= 12,000: the local services tax of 52 a year (Act 32; none below 12,000) = 52',
  ],
  [
    'pa-reading-lst',
    'resident',
    52,
    'lives and works there, earnings 100,000 >= 12,000: the local services tax of 52 a year (Act 32; none below 12,000) = 52',
  ],
  [
    'pa-reading-lst',
    'nonresident',
    52,
    'works there, earnings 100,000 >= 12,000: the local services tax of 52 a year (Act 32; none below 12,000) = 52',
  ],
  [
    'mi-detroit',
    'resident',
    2_385.6,
    'City Income Tax Act return (resident): (100,000 wages - 600 exemption) x 2.4% = 2,385.60',
  ],
  [
    'mi-detroit',
    'nonresident',
    1_192.8,
    'City Income Tax Act return (nonresident): (100,000 wages - 600 exemption) x 1.2% = 1,192.80',
  ],
  [
    'mi-grand-rapids',
    'resident',
    1_491,
    'City Income Tax Act return (resident): (100,000 wages - 600 exemption) x 1.5% = 1,491',
  ],
  [
    'mi-grand-rapids',
    'nonresident',
    745.5,
    'City Income Tax Act return (nonresident): (100,000 wages - 600 exemption) x 0.75% = 745.50',
  ],
  [
    'mi-lansing',
    'resident',
    994,
    'City Income Tax Act return (resident): (100,000 wages - 600 exemption) x 1% = 994',
  ],
  [
    'mi-lansing',
    'nonresident',
    497,
    'City Income Tax Act return (nonresident): (100,000 wages - 600 exemption) x 0.5% = 497',
  ],
  [
    'mi-flint',
    'resident',
    994,
    'City Income Tax Act return (resident): (100,000 wages - 600 exemption) x 1% = 994',
  ],
  [
    'mi-flint',
    'nonresident',
    497,
    'City Income Tax Act return (nonresident): (100,000 wages - 600 exemption) x 0.5% = 497',
  ],
  [
    'mi-saginaw',
    'resident',
    1_488.75,
    'City Income Tax Act return (resident): (100,000 wages - 750 exemption) x 1.5% = 1,488.75',
  ],
  [
    'mi-saginaw',
    'nonresident',
    744.38,
    'City Income Tax Act return (nonresident): (100,000 wages - 750 exemption) x 0.75% = 744.375 -> 744.38',
  ],
  [
    'mi-pontiac',
    'resident',
    994,
    'City Income Tax Act return (resident): (100,000 wages - 600 exemption) x 1% = 994',
  ],
  [
    'mi-pontiac',
    'nonresident',
    497,
    'City Income Tax Act return (nonresident): (100,000 wages - 600 exemption) x 0.5% = 497',
  ],
  [
    'mi-jackson',
    'resident',
    994,
    'City Income Tax Act return (resident): (100,000 wages - 600 exemption) x 1% = 994',
  ],
  [
    'mi-jackson',
    'nonresident',
    497,
    'City Income Tax Act return (nonresident): (100,000 wages - 600 exemption) x 0.5% = 497',
  ],
  [
    'mi-battle-creek',
    'resident',
    992.5,
    'City Income Tax Act return (resident): (100,000 wages - 750 exemption) x 1% = 992.50',
  ],
  [
    'mi-battle-creek',
    'nonresident',
    496.25,
    'City Income Tax Act return (nonresident): (100,000 wages - 750 exemption) x 0.5% = 496.25',
  ],
  [
    'mi-muskegon',
    'resident',
    994,
    'City Income Tax Act return (resident): (100,000 wages - 600 exemption) x 1% = 994',
  ],
  [
    'mi-muskegon',
    'nonresident',
    497,
    'City Income Tax Act return (nonresident): (100,000 wages - 600 exemption) x 0.5% = 497',
  ],
  [
    'mi-hamtramck',
    'resident',
    994,
    'City Income Tax Act return (resident): (100,000 wages - 600 exemption) x 1% = 994',
  ],
  [
    'mi-hamtramck',
    'nonresident',
    497,
    'City Income Tax Act return (nonresident): (100,000 wages - 600 exemption) x 0.5% = 497',
  ],
  [
    'mi-highland-park',
    'resident',
    1_988,
    'City Income Tax Act return (resident): (100,000 wages - 600 exemption) x 2% = 1,988',
  ],
  [
    'mi-highland-park',
    'nonresident',
    994,
    'City Income Tax Act return (nonresident): (100,000 wages - 600 exemption) x 1% = 994',
  ],
  [
    'mi-port-huron',
    'resident',
    988,
    'City Income Tax Act return (resident): (100,000 wages - 1,200 exemption) x 1% = 988',
  ],
  [
    'mi-port-huron',
    'nonresident',
    494,
    'City Income Tax Act return (nonresident): (100,000 wages - 1,200 exemption) x 0.5% = 494',
  ],
  ['ky-louisville', 'resident', 2_200, 'resident: 100,000 of wages earned there x 2.2% = 2,200'],
  ['ky-louisville', 'nonresident', 1_450, 'nonresident: 100,000 of wages earned there x 1.45% = 1,450'],
  ['ky-lexington', 'resident', 2_250, 'resident: 100,000 of wages earned there x 2.25% = 2,250'],
  ['ky-lexington', 'nonresident', 2_250, 'nonresident: 100,000 of wages earned there x 2.25% = 2,250'],
  ['mo-kansas-city', 'resident', 1_000, 'resident: 100,000 of wages earned there x 1% = 1,000'],
  ['mo-kansas-city', 'nonresident', 1_000, 'nonresident: 100,000 of wages earned there x 1% = 1,000'],
  ['mo-st-louis', 'resident', 1_000, 'resident: 100,000 of wages earned there x 1% = 1,000'],
  ['mo-st-louis', 'nonresident', 1_000, 'nonresident: 100,000 of wages earned there x 1% = 1,000'],
  [
    'in-adams',
    'resident',
    1_584,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.6% x 99,000 = 1,584',
  ],
  [
    'in-allen',
    'resident',
    1_574.1,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.59% x 99,000 = 1,574.10',
  ],
  [
    'in-bartholomew',
    'resident',
    1_732.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.75% x 99,000 = 1,732.50',
  ],
  [
    'in-benton',
    'resident',
    1_772.1,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.79% x 99,000 = 1,772.10',
  ],
  [
    'in-blackford',
    'resident',
    2_475,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.5% x 99,000 = 2,475',
  ],
  [
    'in-boone',
    'resident',
    1_683,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.7% x 99,000 = 1,683',
  ],
  [
    'in-brown',
    'resident',
    2_498.17,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.5234% x 99,000 = 2,498.166 -> 2,498.17',
  ],
  [
    'in-carroll',
    'resident',
    2_250.57,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.2733% x 99,000 = 2,250.567 -> 2,250.57',
  ],
  [
    'in-cass',
    'resident',
    2_920.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.95% x 99,000 = 2,920.50',
  ],
  [
    'in-clark',
    'resident',
    1_980,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2% x 99,000 = 1,980',
  ],
  [
    'in-clay',
    'resident',
    2_326.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.35% x 99,000 = 2,326.50',
  ],
  [
    'in-clinton',
    'resident',
    2_623.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.65% x 99,000 = 2,623.50',
  ],
  [
    'in-crawford',
    'resident',
    1_633.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.65% x 99,000 = 1,633.50',
  ],
  [
    'in-daviess',
    'resident',
    1_485,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.5% x 99,000 = 1,485',
  ],
  [
    'in-dearborn',
    'resident',
    1_386,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.4% x 99,000 = 1,386',
  ],
  [
    'in-decatur',
    'resident',
    2_425.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.45% x 99,000 = 2,425.50',
  ],
  [
    'in-dekalb',
    'resident',
    2_108.7,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.13% x 99,000 = 2,108.70',
  ],
  [
    'in-delaware',
    'resident',
    1_485,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.5% x 99,000 = 1,485',
  ],
  [
    'in-dubois',
    'resident',
    1_188,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.2% x 99,000 = 1,188',
  ],
  [
    'in-elkhart',
    'resident',
    1_980,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2% x 99,000 = 1,980',
  ],
  [
    'in-fayette',
    'resident',
    2_791.8,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.82% x 99,000 = 2,791.80',
  ],
  [
    'in-floyd',
    'resident',
    1_871.1,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.89% x 99,000 = 1,871.10',
  ],
  [
    'in-fountain',
    'resident',
    2_079,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.1% x 99,000 = 2,079',
  ],
  [
    'in-franklin',
    'resident',
    1_683,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.7% x 99,000 = 1,683',
  ],
  [
    'in-fulton',
    'resident',
    2_851.2,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.88% x 99,000 = 2,851.20',
  ],
  [
    'in-gibson',
    'resident',
    1_287,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.3% x 99,000 = 1,287',
  ],
  [
    'in-grant',
    'resident',
    2_524.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.55% x 99,000 = 2,524.50',
  ],
  [
    'in-greene',
    'resident',
    2_128.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.15% x 99,000 = 2,128.50',
  ],
  [
    'in-hamilton',
    'resident',
    1_089,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.1% x 99,000 = 1,089',
  ],
  [
    'in-hancock',
    'resident',
    1_920.6,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.94% x 99,000 = 1,920.60',
  ],
  [
    'in-harrison',
    'resident',
    990,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1% x 99,000 = 990',
  ],
  [
    'in-hendricks',
    'resident',
    1_683,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.7% x 99,000 = 1,683',
  ],
  [
    'in-henry',
    'resident',
    1_999.8,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.02% x 99,000 = 1,999.80',
  ],
  [
    'in-howard',
    'resident',
    1_930.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.95% x 99,000 = 1,930.50',
  ],
  [
    'in-huntington',
    'resident',
    1_930.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.95% x 99,000 = 1,930.50',
  ],
  [
    'in-jackson',
    'resident',
    2_079,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.1% x 99,000 = 2,079',
  ],
  [
    'in-jasper',
    'resident',
    2_835.36,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.864% x 99,000 = 2,835.36',
  ],
  [
    'in-jay',
    'resident',
    2_475,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.5% x 99,000 = 2,475',
  ],
  [
    'in-jefferson',
    'resident',
    1_019.7,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.03% x 99,000 = 1,019.70',
  ],
  [
    'in-jennings',
    'resident',
    2_475,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.5% x 99,000 = 2,475',
  ],
  [
    'in-johnson',
    'resident',
    1_386,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.4% x 99,000 = 1,386',
  ],
  [
    'in-knox',
    'resident',
    1_683,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.7% x 99,000 = 1,683',
  ],
  [
    'in-kosciusko',
    'resident',
    990,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1% x 99,000 = 990',
  ],
  [
    'in-lagrange',
    'resident',
    1_633.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.65% x 99,000 = 1,633.50',
  ],
  [
    'in-lake',
    'resident',
    1_485,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.5% x 99,000 = 1,485',
  ],
  [
    'in-laporte',
    'resident',
    1_435.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.45% x 99,000 = 1,435.50',
  ],
  [
    'in-lawrence',
    'resident',
    1_732.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.75% x 99,000 = 1,732.50',
  ],
  [
    'in-madison',
    'resident',
    2_227.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.25% x 99,000 = 2,227.50',
  ],
  [
    'in-marion',
    'resident',
    1_999.8,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.02% x 99,000 = 1,999.80',
  ],
  [
    'in-marshall',
    'resident',
    1_237.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.25% x 99,000 = 1,237.50',
  ],
  [
    'in-martin',
    'resident',
    2_475,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.5% x 99,000 = 2,475',
  ],
  [
    'in-miami',
    'resident',
    2_514.6,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.54% x 99,000 = 2,514.60',
  ],
  [
    'in-monroe',
    'resident',
    2_118.6,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.14% x 99,000 = 2,118.60',
  ],
  [
    'in-montgomery',
    'resident',
    2_623.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.65% x 99,000 = 2,623.50',
  ],
  [
    'in-morgan',
    'resident',
    2_692.8,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.72% x 99,000 = 2,692.80',
  ],
  [
    'in-newton',
    'resident',
    990,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1% x 99,000 = 990',
  ],
  [
    'in-noble',
    'resident',
    1_732.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.75% x 99,000 = 1,732.50',
  ],
  [
    'in-ohio',
    'resident',
    1_980,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2% x 99,000 = 1,980',
  ],
  [
    'in-orange',
    'resident',
    1_732.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.75% x 99,000 = 1,732.50',
  ],
  [
    'in-owen',
    'resident',
    2_475,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.5% x 99,000 = 2,475',
  ],
  [
    'in-parke',
    'resident',
    2_623.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.65% x 99,000 = 2,623.50',
  ],
  [
    'in-perry',
    'resident',
    1_386,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.4% x 99,000 = 1,386',
  ],
  [
    'in-pike',
    'resident',
    1_188,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.2% x 99,000 = 1,188',
  ],
  [
    'in-porter',
    'resident',
    495,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 0.5% x 99,000 = 495',
  ],
  [
    'in-posey',
    'resident',
    1_435.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.45% x 99,000 = 1,435.50',
  ],
  [
    'in-pulaski',
    'resident',
    2_821.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.85% x 99,000 = 2,821.50',
  ],
  [
    'in-putnam',
    'resident',
    2_277,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.3% x 99,000 = 2,277',
  ],
  [
    'in-randolph',
    'resident',
    2_970,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 3% x 99,000 = 2,970',
  ],
  [
    'in-ripley',
    'resident',
    2_356.2,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.38% x 99,000 = 2,356.20',
  ],
  [
    'in-rush',
    'resident',
    2_128.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.15% x 99,000 = 2,128.50',
  ],
  [
    'in-scott',
    'resident',
    2_138.4,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.16% x 99,000 = 2,138.40',
  ],
  [
    'in-shelby',
    'resident',
    1_584,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.6% x 99,000 = 1,584',
  ],
  [
    'in-spencer',
    'resident',
    792,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 0.8% x 99,000 = 792',
  ],
  [
    'in-starke',
    'resident',
    1_692.9,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.71% x 99,000 = 1,692.90',
  ],
  [
    'in-steuben',
    'resident',
    1_970.1,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.99% x 99,000 = 1,970.10',
  ],
  [
    'in-st-joseph',
    'resident',
    1_732.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.75% x 99,000 = 1,732.50',
  ],
  [
    'in-sullivan',
    'resident',
    1_683,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.7% x 99,000 = 1,683',
  ],
  [
    'in-switzerland',
    'resident',
    1_435.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.45% x 99,000 = 1,435.50',
  ],
  [
    'in-tippecanoe',
    'resident',
    1_267.2,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.28% x 99,000 = 1,267.20',
  ],
  [
    'in-tipton',
    'resident',
    2_574,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.6% x 99,000 = 2,574',
  ],
  [
    'in-union',
    'resident',
    1_980,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2% x 99,000 = 1,980',
  ],
  [
    'in-vanderburgh',
    'resident',
    1_237.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.25% x 99,000 = 1,237.50',
  ],
  [
    'in-vermillion',
    'resident',
    1_485,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.5% x 99,000 = 1,485',
  ],
  [
    'in-vigo',
    'resident',
    1_980,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2% x 99,000 = 1,980',
  ],
  [
    'in-wabash',
    'resident',
    2_871,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.9% x 99,000 = 2,871',
  ],
  [
    'in-warren',
    'resident',
    2_098.8,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.12% x 99,000 = 2,098.80',
  ],
  [
    'in-warrick',
    'resident',
    990,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1% x 99,000 = 990',
  ],
  [
    'in-washington',
    'resident',
    1_980,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2% x 99,000 = 1,980',
  ],
  [
    'in-wayne',
    'resident',
    1_237.5,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.25% x 99,000 = 1,237.50',
  ],
  [
    'in-wells',
    'resident',
    2_079,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.1% x 99,000 = 2,079',
  ],
  [
    'in-white',
    'resident',
    2_296.8,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 2.32% x 99,000 = 2,296.80',
  ],
  [
    'in-whitley',
    'resident',
    1_666.07,
    'IT-40 Schedule CT-40: Indiana AGI 100,000 - 1,000 exemption = 99,000; 1.6829% x 99,000 = 1,666.071 -> 1,666.07',
  ],
  [
    'or-metro-shs',
    'resident',
    721.65,
    'Form OR-40 taxable income 200,000 - 2,835 federal tax subtraction = 197,165; 1% x 72,165 above 125,000 = 721.65',
    { wages: 200_000 },
  ],
  [
    'or-multnomah-pfa',
    'resident',
    1_082.48,
    'Form OR-40 taxable income 200,000 - 2,835 federal tax subtraction = 197,165; 1.5% x 72,165 above 125,000 = 1,082.475 -> 1,082.48',
    { wages: 200_000 },
  ],
  [
    'or-portland-arts',
    'resident',
    35,
    'Arts Tax return: $35 for an adult resident with at least $1,000 of income (100,000) = 35',
  ],
  ['co-denver-opt', 'resident', 69, 'lives and works there, at least 500 every month: 12 x 5.75 = 69'],
  ['co-denver-opt', 'nonresident', 69, 'works there, at least 500 every month: 12 x 5.75 = 69'],
  ['co-aurora-opt', 'resident', 24, 'lives and works there, at least 250 every month: 12 x 2 = 24'],
  ['co-aurora-opt', 'nonresident', 24, 'works there, at least 250 every month: 12 x 2 = 24'],
  ['de-wilmington', 'resident', 1_250, 'resident: 100,000 of wages earned there x 1.25% = 1,250'],
  ['de-wilmington', 'nonresident', 1_250, 'nonresident: 100,000 of wages earned there x 1.25% = 1,250'],
  ['al-birmingham', 'resident', 1_000, 'resident: 100,000 of wages earned there x 1% = 1,000'],
  ['al-birmingham', 'nonresident', 1_000, 'nonresident: 100,000 of wages earned there x 1% = 1,000'],
  [
    'ny-nyc',
    'resident',
    3_174.69,
    'IT-201: New York taxable income 100,000 - 8,000 = 92,000; NYC tax (line 47) 3.078% x 12,000 (369.36) + 3.762% x 13,000 above 12,000 (489.06) + 3.819% x 25,000 above 25,000 (954.75) + 3.876% x 42,000 above 50,000 (1,627.92) = 3,441.09; less the fixed school tax credit 63 (line 69) and the rate reduction credit 21 + 0.228% x 80,000 = 203.40 (line 69a) = 3,174.69',
  ],
  [
    'ny-yonkers',
    'resident',
    829.42,
    'IT-201 line 55: 16.75% x New York State tax 4,951.75 (taxable 92,000: 340 + 144 + 115.50 + 5.5% x 66,750 (3,671.25) + 6% x 11,350 (681)) = 829.418125 -> 829.42',
  ],
  ['ny-yonkers', 'nonresident', 500, 'Form Y-203: 100,000 of wages earned in Yonkers x 0.5% = 500'],
]

/** The first place whose people pay the tax. */
function placeOf(tax: string) {
  const place = [...LOCAL_PLACES.values()].find((p) => p.taxes.includes(tax))
  if (!place) throw new Error(`no place charges ${tax}`)
  return place
}

describe('every local tax, worked by hand', () => {
  it.each(CASES)('%s (%s): %s', (tax, who, expected, _working, input) => {
    const def = LOCAL_TAXES.get(tax)!
    const place = placeOf(tax)
    const r = computeTax({
      year: 2025,
      filing: 'single',
      wages: 100_000,
      state: place.state,
      locality: place.id,
      localResident: who === 'resident',
      ...input,
    })
    expect(r.localTaxes.find((l) => l.name === def.name)?.amount).toBe(expected)
  })

  it('has a case for every tax in the data, for each way it is charged', () => {
    const covered = new Set(CASES.map(([tax, who]) => `${tax} ${who}`))
    const missing = [...LOCAL_TAXES.values()].flatMap((def) =>
      (['resident', 'nonresident'] as const)
        .filter((who) => def.years[2025][who] && !covered.has(`${def.id} ${who}`))
        .map((who) => `${def.id} ${who}`),
    )
    expect(missing).toEqual([])
    const unknown = CASES.filter(([tax]) => !LOCAL_TAXES.has(tax)).map(([tax]) => tax)
    expect(unknown).toEqual([])
  })
})

describe('figures not confirmed against an official source', () => {
  it('are flagged in the data and said on every result that uses them', () => {
    const flagged = [...LOCAL_TAXES.values()].filter((d) => d.unverified).map((d) => d.id)
    expect(flagged).toEqual(expect.arrayContaining(['md-calvert', 'md-st-marys', 'md-cecil', 'oh-toledo']))
    expect(flagged).not.toContain('md-allegany')
    const r = computeTax({
      year: 2025,
      filing: 'single',
      state: 'MD',
      locality: 'md-calvert',
      wages: 100_000,
    })
    expect(r.notModelled.join(' ')).toContain(
      "Calvert County income tax: 2025 rate read from a payroll provider's",
    )
  })
})

describe('the rules around the rates, worked by hand', () => {
  it('California exemption credit phase-out (Form 540 line 32 worksheet), single, $300,000', () => {
    // Taxable 300,000 - 5,706 = 294,294: 110.79 + 303.70 + 607.52 + 965.40 + 1,214.56 + 9.3% x 221,570
    // (20,606.01) = 23,807.98. (300,000 - 252,203) / 2,500 = 19.12, so 20 steps x $6 = 120 off the $153 credit: 33.
    // 23,807.98 - 33 = 23,774.98.
    expect(computeTax({ year: 2025, filing: 'single', state: 'CA', wages: 300_000 }).stateIncome).toBe(
      23_774.98,
    )
  })

  it('New York City school tax credits: none above $250,000 of AGI (line 69) or $500,000 taxable (line 69a)', () => {
    // NY taxable 600,000 - 8,000 = 592,000: 369.36 + 489.06 + 954.75 + 3.876% x 542,000 (21,007.92) = 22,821.09.
    const r = computeTax({ year: 2025, filing: 'single', state: 'NY', locality: 'nyc', wages: 600_000 })
    expect(r.local).toBe(22_821.09)
  })

  it('New York City, joint, $150,000: the joint schedule and credits', () => {
    // NY taxable 150,000 - 16,050 = 133,950. NYC: 3.078% x 21,600 (664.848) + 3.762% x 23,400 (880.308) +
    // 3.819% x 45,000 (1,718.55) + 3.876% x 43,950 (1,703.502) = 4,967.208. Fixed credit 125 (AGI <= 250,000);
    // rate reduction 37 + 0.228% x (133,950 - 21,600) = 37 + 256.158 = 293.158. 4,967.208 - 418.158 = 4,549.05.
    const r = computeTax({ year: 2025, filing: 'joint', state: 'NY', locality: 'nyc', wages: 150_000 })
    expect(r.local).toBe(4_549.05)
  })
})
