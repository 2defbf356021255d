// The renderer's only door to main: one narrow function per channel on window.worth.
// Imports only 'electron' and types (the contract module itself pulls in zod, which must not reach the preload).
import { contextBridge, ipcRenderer } from 'electron'
import type { Channel, ChannelInput, ChannelResults, Reply, WorthBridge } from '../shared/contract'

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
} satisfies WorthBridge

contextBridge.exposeInMainWorld('worth', bridge)
