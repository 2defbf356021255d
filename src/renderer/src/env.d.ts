// Globals the renderer can see. The Electron preload exposes `window.worth`; in browser mode it is absent.
import type { WorthBridge } from '../../shared/contract'

declare global {
  interface Window {
    worth?: WorthBridge
  }
}

export {}
