// The one rule for a custom vesting schedule: its yearly percentages add up to 100. The offer schema, the
// Compare vesting maths and the My offers editor all check it here, so they accept the same schedules.

/** How far from 100 the percentages may add up to, for decimals typed by hand (33.33-33.33-33.34). */
const TOLERANCE = 0.01

/** The total of custom vesting percentages (rounded to hundredths, for messages) and whether it is 100. */
export function customVestingTotal(percents: readonly number[]): { total: number; addsUpTo100: boolean } {
  const sum = percents.reduce((a, b) => a + b, 0)
  return { total: Math.round(sum * 100) / 100, addsUpTo100: Math.abs(sum - 100) <= TOLERANCE }
}
