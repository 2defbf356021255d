// The renderer's only door to main: one narrow function per channel on window.worth.
// Imports only 'electron' and types (the contract module itself pulls in zod, which must not reach the preload).
import { contextBridge, ipcRenderer } from 'electron'
import type { Channel, ChannelInput, ChannelResults, Reply, WorthBridge } from '../shared/contract'
import type { DesktopBridge, DesktopChannel } from '../shared/desktop'
import type { DesktopEvent } from '../shared/desktopEvents'

function call<C extends Channel>(channel: C) {
  return (input: ChannelInput<C>): Promise<Reply<ChannelResults[C]>> => ipcRenderer.invoke(channel, input)
}

const bridge = {
  searchTitles: call('titles:search'),
  searchLocations: call('locations:search'),
  estimateOffer: call('estimate:offer'),
  datasetInfo: call('dataset:info'),
  roleInsights: call('insights:role'),
  compareOffers: call('compare:offers'),
  negotiateOffer: call('negotiate:offer'),
  checkOffer: call('offer:check'),
  equivalentSalary: call('compare:equivalent'),
} satisfies WorthBridge

// Native file dialogs and PDF saving: only the desktop app has these (browser mode falls back, see lib/files.ts).
function desktop(channel: DesktopChannel) {
  return (input: unknown) => ipcRenderer.invoke(channel, input)
}

const desktopBridge = {
  saveText: desktop('file:saveText'),
  openText: desktop('file:openText'),
  savePdf: desktop('file:savePdf'),
  // Menu commands and backend events from main. The channel name is written out: the preload may import no
  // module but 'electron' (DESKTOP_EVENT_CHANNEL in src/shared/desktop.ts; a test checks they agree).
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
