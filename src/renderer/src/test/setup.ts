// Setup for the vitest `dom` project (jsdom).
import 'fake-indexeddb/auto'
import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { UNTIL_SHOWN } from './waits'
import { TEST_CLOCK } from './clock'
import { afterEach, beforeEach, vi } from 'vitest'

// Every findBy/waitFor waits on what the app shows for up to UNTIL_SHOWN (it ends as soon as it is shown): the
// 1 s default failed right tests on a loaded 2-core machine.
configure({ asyncUtilTimeout: UNTIL_SHOWN.timeout })

/** The size every observed element reports, so recharts' responsive charts have room to draw in jsdom. */
export const STUB_ELEMENT_SIZE = { width: 720, height: 320 }

// jsdom has no layout and no ResizeObserver; recharts' responsive charts render nothing without one.
// This stub reports a fixed size for every observed element, asynchronously like the real thing.
class StubResizeObserver implements ResizeObserver {
  private disconnected = false

  constructor(private readonly callback: ResizeObserverCallback) {}

  observe(target: Element): void {
    queueMicrotask(() => {
      if (this.disconnected) return
      const { width, height } = STUB_ELEMENT_SIZE
      const contentRect = {
        x: 0,
        y: 0,
        top: 0,
        left: 0,
        right: width,
        bottom: height,
        width,
        height,
      } as DOMRectReadOnly
      const entry = { target, contentRect } as ResizeObserverEntry
      this.callback([entry], this)
    })
  }

  unobserve(): void {}

  disconnect(): void {
    this.disconnected = true
  }
}

if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = StubResizeObserver
}

// jsdom does not implement scrolling.
if (typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = function scrollIntoView() {}
}

// Every component test runs on the test clock (see clock.ts): no test waits for real time to pass.
beforeEach(() => {
  vi.useFakeTimers(TEST_CLOCK)
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  // Draft journals (db/drafts.ts) live in localStorage, which jsdom keeps for the whole file.
  localStorage.clear()
})
