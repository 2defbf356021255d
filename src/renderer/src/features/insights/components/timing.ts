// How long the Market insights view waits after the last keystroke before asking the backend.
export const INSIGHTS_DELAY_MS = 120
