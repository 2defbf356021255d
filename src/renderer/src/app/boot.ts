// Imported first by main.tsx, so that it runs before React itself is evaluated: the answer the first view will ask
// for (the estimate of the saved draft's offer) is on its way while React starts and the page renders.
import { startFirstView } from './firstView'

startFirstView()
