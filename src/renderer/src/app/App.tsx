// The shell: header, navigation between views, the active view and a footer about the data. The view is kept in
// the URL hash (reload, back and forward keep it) and names the window; Ctrl/Cmd/Alt+1..5 switch views; the
// desktop menu's commands arrive through window.worthDesktop and do what the page's own buttons do.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { isDesktopEvent, type DesktopEvent } from '../../../shared/desktopEvents'
import type { DatasetInfo } from '../../../shared/types'
import { datasetInfo } from '../lib/api'
import { DatasetFooter } from './DatasetFooter'
import { performPageAction, pageActionFor } from './menuCommands'
import { hashFor, pageTitle, viewForShortcut, viewFromHash } from './route'
import { THEME_SETTINGS, type ThemeSetting } from './theme'
import { useTheme } from './useTheme'
import { VIEWS, type AppView } from './views'

interface Visit {
  viewId: string | undefined
  params: unknown
  /** Counts visits, so opening the same view again with new params remounts it. */
  count: number
  /** True when another view opened this one (a link in the page, not the navigation). */
  fromView: boolean
}

/** The wage data: being loaded (desktop: the backend process starts with the window), there, or not there. */
type DataState = { status: 'loading' } | { status: 'ready'; info: DatasetInfo } | { status: 'unavailable' }

const THEME_LABELS: Record<ThemeSetting, string> = { system: 'As the system', light: 'Light', dark: 'Dark' }

const RESTARTED =
  'Worth’s data engine stopped and was started again. Your offers and drafts are untouched; if a figure is missing, change a field to ask again.'

export function App({ views = VIEWS }: { views?: readonly AppView[] }) {
  const ids = useMemo(() => views.map((view) => view.id), [views])
  const [visit, setVisit] = useState<Visit>(() => ({
    viewId: viewFromHash(window.location.hash, ids) ?? views[0]?.id,
    params: undefined,
    count: 0,
    fromView: false,
  }))
  const active = views.find((view) => view.id === visit.viewId) ?? views[0]
  const main = useRef<HTMLElement>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [backendFailed, setBackendFailed] = useState(false)
  const [data, setData] = useState<DataState>({ status: 'loading' })
  const [theme, setTheme] = useTheme()

  const go = useCallback((viewId: string, params: unknown, fromView: boolean) => {
    setVisit((previous) => ({ viewId, params, count: previous.count + 1, fromView }))
    // A new history entry, so Back returns to the view before.
    if (window.location.hash !== hashFor(viewId)) window.location.hash = hashFor(viewId)
  }, [])
  /** Switches view unless it is already shown (the navigation, shortcuts and the menu). */
  const show = useCallback(
    (viewId: string) => {
      if (viewId !== visit.viewId) go(viewId, undefined, false)
    },
    [go, visit.viewId],
  )
  const open = useCallback((viewId: string, params?: unknown) => go(viewId, params, true), [go])

  // A link inside a view moves focus (and so the scroll position) to the top of the view it opens, as a page
  // change would; the navigation buttons keep their focus.
  useEffect(() => {
    if (visit.fromView) main.current?.focus()
  }, [visit])

  useEffect(() => {
    document.title = pageTitle(active?.label)
  }, [active?.label])

  // The first view's hash, without a history entry; then Back and Forward move between views.
  useEffect(() => {
    if (active && viewFromHash(window.location.hash, ids) === null)
      window.history.replaceState(window.history.state, '', hashFor(active.id))
    const onHashChange = (): void => {
      const id = viewFromHash(window.location.hash, ids)
      if (id)
        setVisit((previous) =>
          previous.viewId === id
            ? previous
            : { viewId: id, params: undefined, count: previous.count + 1, fromView: false },
        )
    }
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
    // Only when the set of views changes; the hash is read afresh on every change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ids])

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const id = viewForShortcut(event, ids)
      if (!id) return
      event.preventDefault()
      show(id)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [ids, show])

  // Desktop only: the native menu and the backend process's news.
  const onDesktopEvent = useCallback(
    (event: DesktopEvent) => {
      if (event.type === 'backend') {
        if (event.state === 'failed') setBackendFailed(true)
        else setNotice(RESTARTED)
        return
      }
      if (event.type === 'open-view') return show(event.view)
      const action = pageActionFor(event)
      if (!action) return
      setNotice(null)
      if (ids.includes(action.view)) show(action.view)
      void performPageAction(action).then((message) => {
        if (message) setNotice(message)
      })
    },
    [ids, show],
  )
  useEffect(() => {
    const bridge = window.worthDesktop
    if (!bridge || typeof bridge.onDesktopEvent !== 'function') return
    return bridge.onDesktopEvent((event) => {
      if (isDesktopEvent(event)) onDesktopEvent(event)
    })
  }, [onDesktopEvent])

  // Asking for the dataset's facts also says when the wage data is loaded (the desktop backend loads it while
  // the window opens; the views are usable at once and their questions wait for it).
  useEffect(() => {
    let live = true
    void datasetInfo().then((reply) => {
      if (live) setData(reply.ok ? { status: 'ready', info: reply.value } : { status: 'unavailable' })
    })
    return () => {
      live = false
    }
  }, [])

  if (backendFailed) return <BackendFailed />

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Focus the content without putting "#main" in the URL, where the view's name is kept.
          event.preventDefault()
          main.current?.focus()
        }}
      >
        Skip to content
      </a>
      <header className="app-header">
        <h1 className="app-title">Worth</h1>
        <p className="app-tagline">Where your offer falls in the market, worked out on this computer.</p>
        <div className="app-theme field-inline">
          <label htmlFor="app-theme">Appearance</label>
          <select id="app-theme" value={theme} onChange={(e) => setTheme(e.target.value as ThemeSetting)}>
            {THEME_SETTINGS.map((setting) => (
              <option key={setting} value={setting}>
                {THEME_LABELS[setting]}
              </option>
            ))}
          </select>
        </div>
        <nav aria-label="Views" className="app-nav">
          <ul>
            {views.map((view, i) => (
              <li key={view.id}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={view.id === active?.id ? 'page' : undefined}
                  aria-keyshortcuts={i < 9 ? `Control+${i + 1} Meta+${i + 1} Alt+${i + 1}` : undefined}
                  onClick={() => show(view.id)}
                >
                  {view.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <div className="app-notices" aria-live="polite">
        {data.status === 'loading' && <p className="notice app-loading">Loading the wage data…</p>}
        {notice && (
          <p className="notice">
            {notice}{' '}
            <button type="button" className="link-button" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </p>
        )}
      </div>
      <main ref={main} id="main" className="app-main" tabIndex={-1} aria-label={active?.label}>
        {active?.render({ open, params: visit.params, visit: visit.count })}
      </main>
      <DatasetFooter info={data.status === 'ready' ? data.info : null} />
    </div>
  )
}

/** Shown when the backend process stopped twice: what happened, that nothing saved is lost, what to do. */
function BackendFailed() {
  useEffect(() => {
    document.title = 'Worth stopped working'
  }, [])
  return (
    <main className="app-main backend-failed" role="alert">
      <h1>Worth stopped working</h1>
      <p>
        The part of Worth that reads the wage data stopped twice, so Worth no longer tries to restart it. Your
        saved offers and what you were typing are kept on this computer.
      </p>
      <p>Close Worth and open it again. If this keeps happening, reinstall Worth.</p>
    </main>
  )
}
