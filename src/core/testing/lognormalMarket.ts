// A log-normal market for unit tests: median `median`, log-scale spread `sigma`.
import { distributionFromCurve, LOGNORMAL_SHAPE, type WageDistribution } from '../market/distribution'

export function lognormalMarket(median: number, sigma: number): WageDistribution {
  return distributionFromCurve(LOGNORMAL_SHAPE, Math.log(median), sigma)
}
