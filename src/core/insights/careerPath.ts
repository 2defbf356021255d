// A career ladder for an occupation from the titles people file under it: the most common plain title, and the same
// title with the level words that exist for it ("Senior ...", "Staff ..."), tied to DOL's four wage levels.
import type { TitleIndex } from '../titles/titleIndex'
import { coreTitleKey } from '../titles/normalise'

export interface LadderStep {
  title: string
  level: 1 | 2 | 3 | 4
  years: '0-2' | '3-5' | '6-10' | '10+'
}

const STEPS: { words: string[]; level: 1 | 2 | 3 | 4; years: LadderStep['years'] }[] = [
  { words: ['junior', 'associate', 'entry level'], level: 1, years: '0-2' },
  { words: [''], level: 2, years: '3-5' },
  { words: ['senior'], level: 3, years: '6-10' },
  { words: ['staff', 'lead', 'principal'], level: 4, years: '10+' },
]

function capitalise(key: string): string {
  return key.replace(/\b([a-z])/g, (c) => c.toUpperCase())
}

export function careerLadder(titles: TitleIndex, soc: string): LadderStep[] {
  const common = titles.titlesFor(soc, 40)
  // The most used title without level words is the spine of the ladder ("software engineer").
  const spine = common.find((t) => coreTitleKey(t.key) === t.key && t.key.split(' ').length <= 4)
  if (!spine) return []
  const steps: LadderStep[] = []
  for (const step of STEPS) {
    const found = step.words
      .map((w) => (w ? `${w} ${spine.key}` : spine.key))
      .map((key) => ({ key, weight: titles.weightOf(key, soc) }))
      .filter((c) => c.weight > 0)
      .sort((a, b) => b.weight - a.weight)[0]
    if (found)
      steps.push({
        title: found.key === spine.key ? spine.title : capitalise(found.key),
        level: step.level,
        years: step.years,
      })
  }
  // Two titles are not a ladder (and "Staff Nurse" is no senior step): show one only when three or more steps exist.
  return steps.length >= 3 ? steps : []
}
