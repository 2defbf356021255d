// window.worth and window.worthDesktop, exposed by src/preload/index.ts in the desktop app.
// In browser mode (npm run web) there is no preload: both are undefined; lib/api.ts uses HTTP and lib/files.ts
// uses downloads, a file input and the browser's print instead.
import type { WorthBridge } from '../shared/contract'
import type { DesktopBridge } from '../shared/desktop'

declare global {
  interface Window {
    worth: WorthBridge | undefined
    worthDesktop: DesktopBridge | undefined
  }
}

export {}
