// The prevailing-wage level a base meets: the highest of DOL's four OFLC wage levels for the occupation in the offer's
// area that the base reaches. This is what H-1B and green-card applicants are asked about, and a plain reading of where
// a base sits for anyone: Level I entry, II qualified, III experienced, IV fully competent (DOL's own words).
import { formatMoney } from '../../shared/format'
import type { PrevailingWage, SourceRef, WageLevelName } from '../../shared/types'

export const LEVEL_ROMAN = ['I', 'II', 'III', 'IV'] as const
const MEANING = ['entry', 'qualified', 'experienced', 'fully competent'] as const
/** Where each level sits in the area's pay (DOL's construction: I at the 17th, IV at the 67th percentile). */
const LEVEL_PERCENTILE = ['17th', '34th', '50th', '67th'] as const

/** Each source list's OFLC text, written once per list (a dataset's list does not change). */
const sourceTexts = new WeakMap<readonly SourceRef[], string>()

/** "DOL OFLC prevailing wage levels, wage year July 2025 - June 2026" from the dataset's source entry. */
export function oflcSourceText(sources: readonly SourceRef[]): string {
  let text = sourceTexts.get(sources)
  if (text === undefined) {
    const oflc = sources.find((s) => s.id === 'dol-oflc')
    text = oflc
      ? `DOL OFLC prevailing wage levels, ${oflc.release.replace(/^Wage year/, 'wage year')}`
      : 'DOL OFLC prevailing wage levels'
    sourceTexts.set(sources, text)
  }
  return text
}

/** The highest level whose wage the base reaches; 'below I' under Level I. */
export function levelMet(base: number, levels: readonly [number, number, number, number]): WageLevelName {
  let met: WageLevelName = 'below I'
  for (let i = 0; i < levels.length; i += 1) if (base >= levels[i]!) met = LEVEL_ROMAN[i]!
  return met
}

export interface PrevailingWageInput {
  base: number
  occupation: string
  /** The OFLC levels for the occupation in the area; null where OFLC has none (or the place is a state or the US). */
  levels: [number, number, number, number] | null
  /** The area's name ("Seattle-Tacoma-Bellevue, WA") or the place asked about. */
  area: string
  /** Why there are no levels, in words, when `levels` is null. */
  whyNone: string
  sources: readonly SourceRef[]
}

export function prevailingWage(input: PrevailingWageInput): PrevailingWage {
  const { base, occupation, levels, area } = input
  const source = oflcSourceText(input.sources)
  if (!levels) return { level: null, levels: null, area, source, sentence: input.whyNone }
  const level = levelMet(base, levels)
  const named = { I: levels[0], II: levels[1], III: levels[2], IV: levels[3] }
  let sentence: string
  if (level === 'below I') {
    sentence = `Your base of ${formatMoney(base)} is below prevailing wage Level I (${formatMoney(levels[0])}), the lowest wage DOL sets for ${occupation} in ${area}: an H-1B or green-card filing could not use this base, and for anyone it is at the bottom of the area's pay.`
  } else {
    const i = level === 'I' ? 0 : level === 'II' ? 1 : level === 'III' ? 2 : 3
    const next =
      i < 3 ? ` but not Level ${LEVEL_ROMAN[i + 1]} (${formatMoney(levels[i + 1]!)})` : ', the highest level'
    sentence = `Your base of ${formatMoney(base)} meets prevailing wage Level ${level} (${MEANING[i]}, ${formatMoney(levels[i]!)})${next} for ${occupation} in ${area}: DOL's minimum for an H-1B or green-card job at that level of experience, about the ${LEVEL_PERCENTILE[i]} percentile of the area's pay.`
  }
  return { level, levels: named, area, source, sentence }
}
