// A small RFC 4180 CSV/TSV reader: quoted fields, doubled quotes, CRLF or LF line ends.

export function parseDelimited(text: string, delimiter = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  while (i < body.length) {
    const ch = body[i]!
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else {
        field += ch
      }
      i += 1
      continue
    }
    if (ch === '"' && field === '') {
      quoted = true
    } else if (ch === delimiter) {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else {
      field += ch
    }
    i += 1
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** Rows as objects keyed by the header row; blank lines dropped. */
export function parseTable(text: string, delimiter = ','): Record<string, string>[] {
  const [header, ...rows] = parseDelimited(text, delimiter)
  if (!header) return []
  return rows
    .filter((r) => r.some((cell) => cell.trim() !== ''))
    .map((r) => Object.fromEntries(header.map((name, i) => [name.trim(), r[i] ?? ''])))
}
