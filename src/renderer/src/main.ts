// The page's entry, kept small so that it runs as soon as the page is parsed: it sends the request of the view the
// page opens on (the estimate of the saved offer, see app/firstView.ts) and only then starts React and the app,
// whose code the page has been downloading alongside it (preloaded from index.html, see electron.vite.config.ts).
// So the answer travels while React loads, instead of after (issue 13: navigation to the first percentile sentence).
import { startFirstView } from './app/firstView'
import { startedAnswerOrAfter } from './features/estimate/firstEstimate'
import './styles/app.css'
import './styles/theme.css'

/**
 * How long the first render waits for the answer to the request sent here, once React has loaded: a round trip to
 * a warm backend is 5-25 ms, and the answer usually arrives before React has. A slow backend (the desktop app
 * still loading its data) gets the form on screen after this, and the answer when it comes.
 */
const FIRST_ANSWER_WAIT_MS = 100

startFirstView()

const answered = startedAnswerOrAfter(FIRST_ANSWER_WAIT_MS)
// React and the app, preloaded by index.html: when that download fails (a dropped connection), the browser asks for
// it again on the next import, so a failed one is tried once more before the page says it could not load.
const app = import('./app/renderApp').catch(() => import('./app/renderApp'))
void Promise.all([app, answered])
  .then(([app]) => app.renderApp())
  .catch(() => {
    // Only a damaged install or a stopped server gets here: say so where the app would have been.
    const root = document.getElementById('root')
    if (root)
      root.innerHTML =
        '<p role="alert">Worth could not load its page. Reload to try again; if it keeps happening, restart Worth.</p>'
  })
