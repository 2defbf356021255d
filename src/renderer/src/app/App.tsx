// The shell: header, navigation between views, the active view and a footer about the data.
import { useState } from 'react'
import { DatasetFooter } from './DatasetFooter'
import { VIEWS, type AppView } from './views'

export function App({ views = VIEWS }: { views?: readonly AppView[] }) {
  const [activeId, setActiveId] = useState(views[0]?.id)
  const active = views.find((view) => view.id === activeId) ?? views[0]
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <h1 className="app-title">Worth</h1>
        <p className="app-tagline">Where your offer falls in the market, worked out on this computer.</p>
        <nav aria-label="Views" className="app-nav">
          <ul>
            {views.map((view) => (
              <li key={view.id}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={view.id === active?.id ? 'page' : undefined}
                  onClick={() => setActiveId(view.id)}
                >
                  {view.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="app-main" tabIndex={-1} aria-label={active?.label}>
        {active?.render()}
      </main>
      <DatasetFooter />
    </div>
  )
}
