// The shell: header, navigation between views, the active view and a footer about the data.
import { useCallback, useEffect, useRef, useState } from 'react'
import { DatasetFooter } from './DatasetFooter'
import { VIEWS, type AppView } from './views'

interface Visit {
  viewId: string | undefined
  params: unknown
  /** Counts visits, so opening the same view again with new params remounts it. */
  count: number
  /** True when another view opened this one (a link in the page, not the navigation). */
  fromView: boolean
}

export function App({ views = VIEWS }: { views?: readonly AppView[] }) {
  const [visit, setVisit] = useState<Visit>({
    viewId: views[0]?.id,
    params: undefined,
    count: 0,
    fromView: false,
  })
  const active = views.find((view) => view.id === visit.viewId) ?? views[0]
  const main = useRef<HTMLElement>(null)
  const go = useCallback((viewId: string, params: unknown, fromView: boolean) => {
    setVisit((previous) => ({ viewId, params, count: previous.count + 1, fromView }))
  }, [])
  const open = useCallback((viewId: string, params?: unknown) => go(viewId, params, true), [go])
  // A link inside a view moves focus (and so the scroll position) to the top of the view it opens, as a page
  // change would; the navigation buttons keep their focus.
  useEffect(() => {
    if (visit.fromView) main.current?.focus()
  }, [visit])
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
                  onClick={() => {
                    if (view.id !== active?.id) go(view.id, undefined, false)
                  }}
                >
                  {view.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main ref={main} id="main" className="app-main" tabIndex={-1} aria-label={active?.label}>
        {active?.render({ open, params: visit.params, visit: visit.count })}
      </main>
      <DatasetFooter />
    </div>
  )
}
