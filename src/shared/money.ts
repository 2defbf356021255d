// Money rounding, once for the whole app (core, CLI and renderer all round through here).

/**
 * Rounds a dollar amount to the cent, half up, on the decimal value the amount stands for.
 * Binary floating point stores 1,082.475 as 1,082.4749999…, and 1.005 * 100 as 100.4999…; a plain
 * Math.round(x * 100) / 100 would round both down. Cutting the product to 6 decimals first clears that
 * noise (no real amount has sub-micro-cent digits), so a half cent always rounds up.
 */
export function roundToCents(amount: number): number {
  return Math.round(Number((amount * 100).toFixed(6))) / 100
}
