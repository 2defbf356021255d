// What the CLI prints may hold text the user typed or a file held. Control characters in it (an escape sequence
// that recolours or clears the terminal, a carriage return that hides a line, a newline that forges one, bidi
// overrides that reorder it) are shown as visible escapes instead of being obeyed by the terminal.

// C0 controls, DEL, C1 controls, line/paragraph separators and the bidi embedding/override/isolate marks.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const NAMED: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
})

function escapeOne(c: string): string {
  const named = NAMED[c]
  if (named) return named
  const code = c.charCodeAt(0)
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

/** One line of text with every control character escaped ("\x1b", "\n"), for messages and echoed input. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, escapeOne)
}

/** Several lines (the CLI's own line breaks and tabs kept), with every other control character escaped. */
export function escapeControlKeepLines(text: string): string {
  return text.replace(CONTROL_BUT_LINES, escapeOne)
}

export interface LineOutput {
  out(text: string): void
  err(text: string): void
}

/** An output whose stdout keeps the CLI's own line breaks and whose stderr is always one escaped line. */
export function terminalSafe(io: LineOutput): LineOutput {
  return { out: (t) => io.out(escapeControlKeepLines(t)), err: (t) => io.err(escapeControl(t)) }
}
