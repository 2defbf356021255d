// The saved offers as the list shows them, read from the local database and read again after every change.
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
    let live = true
    void read().then((next) => {
      if (live) setSnapshot(next)
    })
    return () => {
      live = false
    }
  }, [])

  const reload = useCallback(async () => setSnapshot(await read()), [])

  return { ...snapshot, reload }
}
