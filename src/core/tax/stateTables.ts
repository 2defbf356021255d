// Worth's table of state (and DC) income taxes on wages: one module per state in ./states, each with its figures for
// 2025 (and 2026 where they were at hand), the official source they were read from, and the rules particular to it
// in its `adjust` function. computeTax.ts reads them with one generic rule (brackets, deduction, exemption, credits).
import type { StateCode } from './types'
import type { StateRules } from './states/types'
import { AL } from './states/al'
import { AK } from './states/ak'
import { AZ } from './states/az'
import { AR } from './states/ar'
import { CA } from './states/ca'
import { CO } from './states/co'
import { CT } from './states/ct'
import { DE } from './states/de'
import { DC } from './states/dc'
import { FL } from './states/fl'
import { GA } from './states/ga'
import { HI } from './states/hi'
import { ID } from './states/id'
import { IL } from './states/il'
import { IN } from './states/in'
import { IA } from './states/ia'
import { KS } from './states/ks'
import { KY } from './states/ky'
import { LA } from './states/la'
import { ME } from './states/me'
import { MD } from './states/md'
import { MA } from './states/ma'
import { MI } from './states/mi'
import { MN } from './states/mn'
import { MS } from './states/ms'
import { MO } from './states/mo'
import { MT } from './states/mt'
import { NE } from './states/ne'
import { NV } from './states/nv'
import { NH } from './states/nh'
import { NJ } from './states/nj'
import { NM } from './states/nm'
import { NY } from './states/ny'
import { NC } from './states/nc'
import { ND } from './states/nd'
import { OH } from './states/oh'
import { OK } from './states/ok'
import { OR } from './states/or'
import { PA } from './states/pa'
import { RI } from './states/ri'
import { SC } from './states/sc'
import { SD } from './states/sd'
import { TN } from './states/tn'
import { TX } from './states/tx'
import { UT } from './states/ut'
import { VT } from './states/vt'
import { VA } from './states/va'
import { WA } from './states/wa'
import { WV } from './states/wv'
import { WI } from './states/wi'
import { WY } from './states/wy'

export type { StateAdjustment, StateContext, StateRules, StateYear } from './states/types'

export const STATE_RULES: Record<StateCode, StateRules> = {
  AL,
  AK,
  AZ,
  AR,
  CA,
  CO,
  CT,
  DE,
  DC,
  FL,
  GA,
  HI,
  ID,
  IL,
  IN,
  IA,
  KS,
  KY,
  LA,
  ME,
  MD,
  MA,
  MI,
  MN,
  MS,
  MO,
  MT,
  NE,
  NV,
  NH,
  NJ,
  NM,
  NY,
  NC,
  ND,
  OH,
  OK,
  OR,
  PA,
  RI,
  SC,
  SD,
  TN,
  TX,
  UT,
  VT,
  VA,
  WA,
  WV,
  WI,
  WY,
}
