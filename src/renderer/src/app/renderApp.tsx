// React and the app, loaded by the page's entry (main.ts) once it has sent the first view's request.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'

/** Draws the app into the page's #root. */
export function renderApp(): void {
  const root = document.getElementById('root')
  if (!root) throw new Error('Worth: the page has no #root element')
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
