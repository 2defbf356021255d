// The saved offers as the list shows them, kept live: a Dexie liveQuery reads them again after every change to the
// table, made here or in another tab or window of the same browser (Dexie tells other tabs through a
// BroadcastChannel), so two open tabs never show different lists.
import { liveQuery } from 'dexie'
import { useCallback, useEffect, useState } from 'react'
import { loadOffers, type SavedOffers } from '../../db/offers'

export interface SavedOffersState extends SavedOffers {
  loaded: boolean
  loadError: string | null
  reload: () => Promise<void>
}

const LOAD_PROBLEM = 'Worth could not read your saved offers on this computer. Please reload the page.'

type Snapshot = SavedOffers & { loaded: boolean; loadError: string | null }

const EMPTY: Snapshot = { offers: [], unreadable: [], loaded: false, loadError: null }

async function read(): Promise<Snapshot> {
  try {
    return { ...(await loadOffers()), loaded: true, loadError: null }
  } catch {
    return { ...EMPTY, loaded: true, loadError: LOAD_PROBLEM }
  }
}

export function useSavedOffers(): SavedOffersState {
  const [snapshot, setSnapshot] = useState<Snapshot>(EMPTY)

  useEffect(() => {
    const subscription = liveQuery(() => loadOffers()).subscribe({
      next: (value) => setSnapshot({ ...value, loaded: true, loadError: null }),
      error: () => setSnapshot({ ...EMPTY, loaded: true, loadError: LOAD_PROBLEM }),
    })
    return () => subscription.unsubscribe()
  }, [])

  /** Reads again at once (the live query would too, a moment later). */
  const reload = useCallback(async () => setSnapshot(await read()), [])

  return { ...snapshot, reload }
}
