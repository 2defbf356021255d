// A table whose rows each start with a header cell (a scenario, a year) followed by figures: Compare's options
// tables. Columns after the first are numbers, right-aligned.
export interface RowsTableProps {
  caption: string
  /** The first column's header ("Scenario", "Year"). */
  first: string
  columns: string[]
  rows: { header: string; cells: string[] }[]
  className: string
}

export function RowsTable({ caption, first, columns, rows, className }: RowsTableProps) {
  return (
    <div className="table-scroll">
      <table className={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {columns.map((column) => (
              <th key={column} scope="col" className="num">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.header}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, index) => (
                <td key={columns[index]} className="num">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
