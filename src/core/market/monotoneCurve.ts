// A strictly increasing, smooth curve through increasing knots: monotone cubic Hermite (Fritsch-Carlson slopes),
// continued as straight lines beyond the first and last knot. Used in (normal score, log wage) space.

export interface MonotoneCurve {
  /** y at x. */
  at(x: number): number
  /** dy/dx at x (always > 0). */
  slope(x: number): number
  /** x at which the curve equals y. */
  inverse(y: number): number
}

/** Largest ratio of a knot slope to its interval's secant; below 3 keeps the cubic strictly increasing. */
const MAX_SLOPE_RATIO = 2.9

export function monotoneCurve(xs: readonly number[], ys: readonly number[]): MonotoneCurve {
  const n = xs.length
  if (n < 2 || ys.length !== n) throw new Error('monotoneCurve needs at least two knots')
  for (let i = 1; i < n; i += 1) {
    if (!(xs[i]! > xs[i - 1]!) || !(ys[i]! > ys[i - 1]!))
      throw new Error('monotoneCurve knots must strictly increase')
  }
  const h: number[] = []
  const secant: number[] = []
  for (let i = 0; i < n - 1; i += 1) {
    h.push(xs[i + 1]! - xs[i]!)
    secant.push((ys[i + 1]! - ys[i]!) / h[i]!)
  }
  // Knot slopes: weighted harmonic mean of the neighbouring secants inside, the adjacent secant at the ends.
  const d: number[] = new Array<number>(n)
  d[0] = secant[0]!
  d[n - 1] = secant[n - 2]!
  for (let i = 1; i < n - 1; i += 1) {
    const w1 = 2 * h[i]! + h[i - 1]!
    const w2 = h[i]! + 2 * h[i - 1]!
    d[i] = (w1 + w2) / (w1 / secant[i - 1]! + w2 / secant[i]!)
  }
  for (let i = 0; i < n - 1; i += 1) {
    d[i] = Math.min(d[i]!, MAX_SLOPE_RATIO * secant[i]!)
    d[i + 1] = Math.min(d[i + 1]!, MAX_SLOPE_RATIO * secant[i]!)
  }

  const segment = (x: number): number => {
    let lo = 0
    let hi = n - 2
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (xs[mid]! <= x) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** y at t of the way through segment i (xs[i] <= x < xs[i + 1]). */
  const valueIn = (i: number, t: number): number => {
    const t2 = t * t
    const t3 = t2 * t
    return (
      (2 * t3 - 3 * t2 + 1) * ys[i]! +
      (t3 - 2 * t2 + t) * h[i]! * d[i]! +
      (-2 * t3 + 3 * t2) * ys[i + 1]! +
      (t3 - t2) * h[i]! * d[i + 1]!
    )
  }

  /** dy/dx at t of the way through segment i. */
  const slopeIn = (i: number, t: number): number => {
    const t2 = t * t
    return (
      ((6 * t2 - 6 * t) * ys[i]! + (3 * t2 - 4 * t + 1) * h[i]! * d[i]! + (-6 * t2 + 6 * t) * ys[i + 1]!) /
        h[i]! +
      (3 * t2 - 2 * t) * d[i + 1]!
    )
  }

  const at = (x: number): number => {
    if (x <= xs[0]!) return ys[0]! + d[0]! * (x - xs[0]!)
    if (x >= xs[n - 1]!) return ys[n - 1]! + d[n - 1]! * (x - xs[n - 1]!)
    const i = segment(x)
    return valueIn(i, (x - xs[i]!) / h[i]!)
  }

  const slope = (x: number): number => {
    if (x <= xs[0]!) return d[0]!
    if (x >= xs[n - 1]!) return d[n - 1]!
    const i = segment(x)
    return slopeIn(i, (x - xs[i]!) / h[i]!)
  }

  const inverse = (y: number): number => {
    if (y <= ys[0]!) return xs[0]! + (y - ys[0]!) / d[0]!
    if (y >= ys[n - 1]!) return xs[n - 1]! + (y - ys[n - 1]!) / d[n - 1]!
    let i = 0
    while (i < n - 2 && ys[i + 1]! <= y) i += 1
    let lo = xs[i]!
    let hi = xs[i + 1]!
    // Bisection keeps the bracket; a Newton step speeds it up when it lands inside. Each step reads the curve and
    // its slope at x as at() and slope() do, with one segment search for both.
    let x = lo + ((y - ys[i]!) / (ys[i + 1]! - ys[i]!)) * (hi - lo)
    for (let k = 0; k < 100; k += 1) {
      let fx: number
      let dx: number
      if (x <= xs[0]!) {
        fx = ys[0]! + d[0]! * (x - xs[0]!) - y
        dx = d[0]!
      } else if (x >= xs[n - 1]!) {
        fx = ys[n - 1]! + d[n - 1]! * (x - xs[n - 1]!) - y
        dx = d[n - 1]!
      } else {
        // x never leaves the bracket [xs[i], xs[i + 1]]: inside it the segment is i, as segment(x) finds it.
        const j = x < xs[i + 1]! ? i : segment(x)
        const t = (x - xs[j]!) / h[j]!
        fx = valueIn(j, t) - y
        dx = slopeIn(j, t)
      }
      if (Math.abs(fx) < 1e-13) break
      if (fx > 0) hi = x
      else lo = x
      const newton = x - fx / dx
      x = newton > lo && newton < hi ? newton : (lo + hi) / 2
      if (hi - lo < 1e-14) break
    }
    return x
  }

  return { at, slope, inverse }
}
