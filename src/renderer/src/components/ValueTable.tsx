// A table of figures, one row each: what the row is, its value and (in three columns) how the figure came about.
// The percentile tables, pay by experience, pay by city and the survey's total pay all draw with it.
import type { ReactNode } from 'react'

export interface ValueRow {
  key: string
  label: ReactNode
  value: string
  /** How the figure came about (a status word or badge); leave out in a two-column table. */
  figure?: ReactNode
  className?: string
  /** Marks the row the user picked (read out as the current one). */
  current?: boolean
}

export interface ValueTableProps {
  className: string
  caption: ReactNode
  captionClassName?: string
  /** The column headings: what the rows are, what the values are, and for a third column how each came about. */
  headings: readonly [string, string] | readonly [string, string, string]
  rows: readonly ValueRow[]
}

export function ValueTable({ className, caption, captionClassName, headings, rows }: ValueTableProps) {
  const [rowHeading, valueHeading, figureHeading] = headings
  return (
    <table className={className}>
      <caption className={captionClassName}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          <th scope="col" className="num">
            {valueHeading}
          </th>
          {figureHeading && <th scope="col">{figureHeading}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.className} aria-current={row.current || undefined}>
            <th scope="row">{row.label}</th>
            <td className="num">{row.value}</td>
            {figureHeading && <td>{row.figure}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
