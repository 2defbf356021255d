// The DOL prevailing-wage level the offer's base meets in its area (what H-1B and green-card filings use), with the
// four levels as a small table, or why there is none for this place.
import type { PrevailingWage } from '../../../../../shared/types'
import { formatMoney } from '../../../lib/format'

const LEVELS = ['I', 'II', 'III', 'IV'] as const
const MEANING: Record<(typeof LEVELS)[number], string> = {
  I: 'entry',
  II: 'qualified',
  III: 'experienced',
  IV: 'fully competent',
}

/** "Level II" / "Below Level I" / "No level for this place". */
export function prevailingLevelLabel(pw: PrevailingWage): string {
  if (pw.level === null) return 'No level for this place'
  return pw.level === 'below I' ? 'Below Level I' : `Level ${pw.level}`
}

export function PrevailingWageLevel({
  prevailingWage,
  headingId = 'prevailing-wage-heading',
}: {
  prevailingWage: PrevailingWage
  headingId?: string
}) {
  const pw = prevailingWage
  return (
    <section className="result-card prevailing-wage" aria-labelledby={headingId}>
      <h3 id={headingId}>Prevailing wage level: {prevailingLevelLabel(pw)}</h3>
      <p>{pw.sentence}</p>
      {pw.levels && (
        <table className="prevailing-table">
          <caption>DOL prevailing wage levels in {pw.area}</caption>
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col" className="num">
                Yearly wage
              </th>
            </tr>
          </thead>
          <tbody>
            {LEVELS.map((level) => (
              <tr key={level} aria-current={pw.level === level ? 'true' : undefined}>
                <th scope="row">
                  Level {level} ({MEANING[level]})
                </th>
                <td className="num">{formatMoney(pw.levels![level])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="figure-scope">Source: {pw.source}.</p>
    </section>
  )
}
