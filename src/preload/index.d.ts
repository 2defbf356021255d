// window.worth, exposed by src/preload/index.ts in the desktop app.
// In browser mode (npm run web) there is no preload: window.worth is undefined and lib/api.ts uses HTTP instead.
import type { WorthBridge } from '../shared/contract'

declare global {
  interface Window {
    worth: WorthBridge
  }
}

export {}
