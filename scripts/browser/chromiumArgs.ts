// How Worth starts Debian's Chromium for its e2e tests and its bench: headless, with a throwaway profile made by the
// caller, and with Chromium's own background traffic off (this machine refuses outside connections, and Worth's
// tests assert that nothing but Worth's own origin is asked for).
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
