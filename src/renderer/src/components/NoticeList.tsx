// A list of notes the user should read with the figures (fallbacks, modelling notes, a survey's caveats); warnings
// stand out from plain notes.
export interface NoticeListProps {
  notes: readonly string[]
  /** The notes warn (a contradiction, a caveat) rather than inform. */
  warning?: boolean
}

export function NoticeList({ notes, warning = false }: NoticeListProps) {
  return (
    <ul className="notices">
      {notes.map((note) => (
        <li key={note} className={warning ? 'notice notice-warning' : 'notice'}>
          {note}
        </li>
      ))}
    </ul>
  )
}
