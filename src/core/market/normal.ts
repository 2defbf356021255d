// The standard normal distribution: cdf, density and inverse, to double precision, with no dependencies.

const SQRT2 = Math.SQRT2
const INV_SQRT_PI = 1 / Math.sqrt(Math.PI)
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI)

/** erfc(x) for x >= 0: a power series near zero, a continued fraction (modified Lentz) further out. */
function erfcPositive(x: number): number {
  if (x < 2.5) {
    // erf(x) = 2/sqrt(pi) * sum_n (-1)^n x^(2n+1) / (n! (2n+1))
    let term = x
    let sum = x
    const x2 = x * x
    for (let n = 1; n < 200; n += 1) {
      term *= -x2 / n
      const add = term / (2 * n + 1)
      sum += add
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break
    }
    return 1 - 2 * INV_SQRT_PI * sum
  }
  // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
  const tiny = 1e-300
  let f = x
  let c = x
  let d = 0
  for (let k = 1; k < 500; k += 1) {
    const a = k / 2
    d = x + a * d
    d = Math.abs(d) < tiny ? tiny : d
    c = x + a / c
    c = Math.abs(c) < tiny ? tiny : c
    d = 1 / d
    const delta = c * d
    f *= delta
    if (Math.abs(delta - 1) < 1e-16) break
  }
  return (Math.exp(-x * x) * INV_SQRT_PI) / f
}

export function normalPdf(z: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * z * z)
}

/** P(Z <= z). */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN
  if (z === Infinity) return 1
  if (z === -Infinity) return 0
  const x = z / SQRT2
  return x >= 0 ? 1 - 0.5 * erfcPositive(x) : 0.5 * erfcPositive(-x)
}

/**
 * Quantiles already worked out: most calls ask for the same few probabilities (P10-P90, Level I and IV, the tails),
 * in the order first asked. A short scan of two number columns finds them sooner than a Map hashes a number.
 */
const MAX_REMEMBERED = 64
const rememberedP = new Float64Array(MAX_REMEMBERED)
const rememberedZ = new Float64Array(MAX_REMEMBERED)
let remembered = 0

/** z such that normalCdf(z) = p, for p in (0, 1). */
export function normalQuantile(p: number): number {
  for (let i = 0; i < remembered; i += 1) if (rememberedP[i] === p) return rememberedZ[i]!
  const z = computeQuantile(p)
  // NaN is never found again (NaN !== NaN), so it is not remembered.
  if (remembered < MAX_REMEMBERED && p === p) {
    rememberedP[remembered] = p
    rememberedZ[remembered] = z
    remembered += 1
  }
  return z
}

function computeQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return -Infinity
    if (p === 1) return Infinity
    return NaN
  }
  if (p === 0.5) return 0
  // Work in the lower tail for precision, then mirror.
  const q = p < 0.5 ? p : 1 - p
  const t = Math.sqrt(-2 * Math.log(q))
  // A rough start (Abramowitz & Stegun 26.2.23, |error| < 4.5e-4) refined by Halley's method.
  let z = -(
    t -
    (2.515517 + 0.802853 * t + 0.010328 * t * t) /
      (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t)
  )
  for (let i = 0; i < 4; i += 1) {
    const err = normalCdf(z) - q
    const pdf = normalPdf(z)
    if (pdf === 0) break
    const u = err / pdf
    z -= u / (1 + (z * u) / 2)
  }
  return p < 0.5 ? z : -z
}
