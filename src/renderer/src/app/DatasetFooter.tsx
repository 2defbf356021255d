// Names the data the figures come from by its releases ("BLS OEWS May 2024, DOL OFLC 2025-26, …"), from the
// dataset's own metadata (App asks for it once at start).
import { releaseLine } from '../../../shared/releases'
import type { DatasetInfo } from '../../../shared/types'
import { formatCount } from '../lib/format'

export function DatasetFooter({ info }: { info: DatasetInfo | null }) {
  return (
    <footer className="app-footer">
      <p>
        {info
          ? `Data: ${releaseLine(info.sources)} — ${formatCount(info.occupations)} occupations in ${formatCount(info.areas)} areas.`
          : 'Data: public U.S. government statistics, shipped with Worth.'}{' '}
        Worth gives estimates, not advice.
      </p>
    </footer>
  )
}
