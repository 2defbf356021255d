// The renderer's only door to main: window.worth.invoke(channel, input) for every channel of the contract's table
// (src/shared/contract.ts), and window.worthDesktop.onDesktopEvent for main's menu commands and backend events.
// Nothing here knows the channels: main answers only the table's channels, each sender-checked and zod-validated
// (src/main/ipc.ts), so a new channel needs no edit here. Imports only 'electron' and types (the contract module
// pulls in zod, which must not reach the sandboxed preload).
import { contextBridge, ipcRenderer } from 'electron'
import type { WorthBridge } from '../shared/contract'
import type { DesktopBridge } from '../shared/desktop'
import type { DesktopEvent } from '../shared/desktopEvents'

const bridge = {
  // A channel that is not a string never reaches ipc; one main does not answer rejects, which the client reports.
  invoke: (channel, input) =>
    typeof channel === 'string'
      ? ipcRenderer.invoke(channel, input)
      : Promise.reject(new Error('Worth: a channel is a string')),
} satisfies WorthBridge

const desktopBridge = {
  // The channel name is written out: the preload may import no module but 'electron' (DESKTOP_EVENT_CHANNEL in
  // src/shared/desktopEvents.ts; a test checks they agree).
  onDesktopEvent: (listener: (event: DesktopEvent) => void) => {
    const relay = (_event: unknown, payload: DesktopEvent): void => listener(payload)
    ipcRenderer.on('desktop:event', relay)
    return () => {
      ipcRenderer.removeListener('desktop:event', relay)
    }
  },
} satisfies DesktopBridge

contextBridge.exposeInMainWorld('worth', bridge)
contextBridge.exposeInMainWorld('worthDesktop', desktopBridge)
