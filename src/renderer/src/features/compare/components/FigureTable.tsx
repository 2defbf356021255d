// The offers side by side for year 1 or the 4-year average. The best offer on a measure is marked with the word
// "Best", not by colour alone.
import { memo } from 'react'
import type { CompareResult } from '../../../../../shared/compare'
import { figureRows, type Period } from '../compareFigures'
import { OfferHeadings } from './OfferHeadings'

const CAPTIONS: Record<Period, string> = {
  year1: 'Year 1, in US dollars',
  average: 'Average of years 1 to 4, in US dollars',
}

export const FigureTable = memo(function FigureTable({
  result,
  period,
}: {
  result: CompareResult
  period: Period
}) {
  const rows = figureRows(result, period)
  return (
    <div className="table-scroll">
      <table className={`figure-table figure-table-${period}`}>
        <caption>{CAPTIONS[period]}</caption>
        <OfferHeadings first="Measure" offers={result.offers} withPlace />
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.strong ? 'is-strong' : undefined}>
              <th scope="row">
                {row.label}
                {row.note && <span className="row-note">{row.note}</span>}
              </th>
              {row.cells.map((cell, index) => (
                <td key={result.offers[index]!.id} className={cell.best ? 'num is-best' : 'num'}>
                  {cell.text}
                  {cell.best && <span className="best-badge">Best</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
})
