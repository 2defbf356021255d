// Names the dataset the figures come from (asked once at start).
import { useEffect, useState } from 'react'
import type { DatasetInfo } from '../../../shared/types'
import { datasetInfo } from '../lib/api'
import { formatCount } from '../lib/format'

function publishers(info: DatasetInfo): string {
  return [...new Set(info.sources.map((source) => source.publisher))].join('; ')
}

export function DatasetFooter() {
  const [info, setInfo] = useState<DatasetInfo | null>(null)

  useEffect(() => {
    let live = true
    void datasetInfo().then((reply) => {
      if (live && reply.ok) setInfo(reply.value)
    })
    return () => {
      live = false
    }
  }, [])

  return (
    <footer className="app-footer">
      <p>
        {info
          ? `Data: Worth dataset ${info.version} — ${formatCount(info.occupations)} occupations, ${formatCount(info.areas)} areas, from ${publishers(info)}.`
          : 'Data: public U.S. government statistics, shipped with Worth.'}{' '}
        Worth gives estimates, not advice.
      </p>
    </footer>
  )
}
