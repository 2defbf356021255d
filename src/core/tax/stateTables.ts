// Worth's table of state (and DC) income taxes on wages: one data file per state in ./states (<code>.json), each with
// its figures for 2025 (and 2026 where they were at hand) and the official source they were read from, and the rules
// particular to a state in ./states/rules.ts. computeTax.ts reads them with one generic rule (brackets, deduction,
// exemption, credits).
import type { StateCode } from './types'
import type { StateRules } from './states/types'
import { stateFromData } from './states/fromData'
import { STATE_ADJUST } from './states/rules'
import AL from './states/al.json'
import AK from './states/ak.json'
import AZ from './states/az.json'
import AR from './states/ar.json'
import CA from './states/ca.json'
import CO from './states/co.json'
import CT from './states/ct.json'
import DE from './states/de.json'
import DC from './states/dc.json'
import FL from './states/fl.json'
import GA from './states/ga.json'
import HI from './states/hi.json'
import ID from './states/id.json'
import IL from './states/il.json'
import IN from './states/in.json'
import IA from './states/ia.json'
import KS from './states/ks.json'
import KY from './states/ky.json'
import LA from './states/la.json'
import ME from './states/me.json'
import MD from './states/md.json'
import MA from './states/ma.json'
import MI from './states/mi.json'
import MN from './states/mn.json'
import MS from './states/ms.json'
import MO from './states/mo.json'
import MT from './states/mt.json'
import NE from './states/ne.json'
import NV from './states/nv.json'
import NH from './states/nh.json'
import NJ from './states/nj.json'
import NM from './states/nm.json'
import NY from './states/ny.json'
import NC from './states/nc.json'
import ND from './states/nd.json'
import OH from './states/oh.json'
import OK from './states/ok.json'
import OR from './states/or.json'
import PA from './states/pa.json'
import RI from './states/ri.json'
import SC from './states/sc.json'
import SD from './states/sd.json'
import TN from './states/tn.json'
import TX from './states/tx.json'
import UT from './states/ut.json'
import VT from './states/vt.json'
import VA from './states/va.json'
import WA from './states/wa.json'
import WV from './states/wv.json'
import WI from './states/wi.json'
import WY from './states/wy.json'

export type { StateAdjustment, StateContext, StateRules, StateYear } from './states/types'

const DATA: Record<StateCode, unknown> = {
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

/**
 * Each state's rules, checked and built from its table on first use: a command that computes no tax (an estimate)
 * does not pay for reading 51 tables at start.
 */
export const STATE_RULES = {} as Record<StateCode, StateRules>
for (const [code, data] of Object.entries(DATA)) {
  let rules: StateRules | undefined
  Object.defineProperty(STATE_RULES, code, {
    enumerable: true,
    get: () => (rules ??= stateFromData(data, STATE_ADJUST[code as StateCode])),
  })
}
