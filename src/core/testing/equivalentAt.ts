// The equivalent salary as the core tests ask for it: a single filer, no 401(k), tax year 2025, the shipped dataset.
import { equivalentSalary } from '../compare/compareOffers'
import { realDataset } from './realDataset'

/** The wage in `to` worth the same as `wages` in `from` (after tax and cost of living); `more` adds work places. */
export function equivalentAt(
  wages: number,
  from: string,
  to: string,
  more: { fromWork?: string; toWork?: string } = {},
): ReturnType<typeof equivalentSalary> {
  return equivalentSalary(realDataset(), {
    wages,
    from,
    to,
    filing: 'single',
    k401: 0,
    taxYear: 2025,
    ...more,
  })
}
