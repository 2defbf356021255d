// How long a component test waits for what the app shows before it fails. A wait ends as soon as the app shows
// the thing (it is not a sleep); the bound is long because a loaded 2-core CI machine can take seconds to render
// and answer, and a short bound made tests fail there that were right.
export const UNTIL_SHOWN = { timeout: 15_000 }
