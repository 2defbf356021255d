// The user's local calendar day (YYYY-MM-DD), updated when the day changes while the app stays open.
import { useEffect, useState } from 'react'
import { localDay } from './deadlines'

/** Milliseconds from `now` to the next local midnight (at least one second, so a timer never spins). */
export function untilNextDay(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1)
  return Math.max(1000, next.getTime() - now.getTime())
}

export function useToday(): string {
  const [today, setToday] = useState(() => localDay(new Date()))
  useEffect(() => {
    const timer = setTimeout(() => setToday(localDay(new Date())), untilNextDay(new Date()))
    return () => clearTimeout(timer)
  }, [today])
  return today
}
