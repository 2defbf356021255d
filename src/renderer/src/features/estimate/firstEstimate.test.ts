// The estimate sent at start never leaves the first view waiting for ever (issue 13): a lost, failed or rejected
// first attempt is followed by a second one, and the first good answer wins. The clock is fake: no test waits.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EstimateInput, Reply } from '../../../../shared/contract'
import type { EstimateResult } from '../../../../shared/types'
import { SOFTWARE_ENGINEER_US_OFFER_ESTIMATE } from '../../../../../test/fixtures/replies'
import { askWithSecondChance, EARLY_ANSWER_BOUND_MS } from './firstEstimate'

const REQUEST: EstimateInput = { title: 'Software engineer', location: 'United States', base: 150000 }
const GOOD: Reply<EstimateResult> = { ok: true, value: SOFTWARE_ENGINEER_US_OFFER_ESTIMATE }
const LOST: Reply<EstimateResult> = {
  ok: false,
  error: { code: 'internal', message: 'Worth could not reach its data.' },
}
const BAD_TITLE: Reply<EstimateResult> = {
  ok: false,
  error: { code: 'unknown-title', field: 'title', message: 'No job title matches "Software engineer".' },
}

/** A send whose answers the test gives, one per call, in the order the calls were made. */
function heldSend() {
  const answers: ((reply: Reply<EstimateResult>) => void)[] = []
  const send = vi.fn(
    () =>
      new Promise<Reply<EstimateResult>>((resolve) => {
        answers.push(resolve)
      }),
  )
  return { send, answers }
}

/** What the reply has settled with so far (undefined while it waits). */
function watch(reply: Promise<Reply<EstimateResult>>): { value?: Reply<EstimateResult> } {
  const seen: { value?: Reply<EstimateResult> } = {}
  void reply.then((value) => (seen.value = value))
  return seen
}

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve()
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
})

describe('askWithSecondChance', () => {
  it('takes a prompt answer and sends nothing more', async () => {
    const { send, answers } = heldSend()
    const { reply } = askWithSecondChance(REQUEST, EARLY_ANSWER_BOUND_MS, send)
    answers[0]!(GOOD)
    expect(await reply).toBe(GOOD)
    vi.advanceTimersByTime(EARLY_ANSWER_BOUND_MS * 2)
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('asks again when the first answer has not come within the bound, and takes whichever answers first', async () => {
    const { send, answers } = heldSend()
    const seen = watch(askWithSecondChance(REQUEST, EARLY_ANSWER_BOUND_MS, send).reply)
    vi.advanceTimersByTime(EARLY_ANSWER_BOUND_MS - 1)
    expect(send).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1)
    expect(send).toHaveBeenCalledTimes(2)
    expect(send).toHaveBeenLastCalledWith(REQUEST)
    answers[1]!(GOOD)
    await flush()
    expect(seen.value).toBe(GOOD)
    // The first one, arriving late after all, changes nothing.
    answers[0]!(BAD_TITLE)
    await flush()
    expect(seen.value).toBe(GOOD)
    vi.advanceTimersByTime(EARLY_ANSWER_BOUND_MS * 2)
    expect(send).toHaveBeenCalledTimes(2)
  })

  it('takes the first attempt when it answers after the second went out but before it', async () => {
    const { send, answers } = heldSend()
    const seen = watch(askWithSecondChance(REQUEST, EARLY_ANSWER_BOUND_MS, send).reply)
    vi.advanceTimersByTime(EARLY_ANSWER_BOUND_MS)
    answers[0]!(GOOD)
    await flush()
    expect(seen.value).toBe(GOOD)
  })

  it('asks again at once when the first attempt could not reach the backend', async () => {
    const { send, answers } = heldSend()
    const seen = watch(askWithSecondChance(REQUEST, EARLY_ANSWER_BOUND_MS, send).reply)
    answers[0]!(LOST)
    await flush()
    expect(send).toHaveBeenCalledTimes(2)
    expect(seen.value).toBeUndefined()
    answers[1]!(GOOD)
    await flush()
    expect(seen.value).toBe(GOOD)
  })

  it('asks again at once when the first attempt throws or rejects', async () => {
    const rejecting = vi
      .fn<(request: EstimateInput) => Promise<Reply<EstimateResult>>>()
      .mockRejectedValueOnce(new Error('socket hang up'))
      .mockResolvedValueOnce(GOOD)
    expect(await askWithSecondChance(REQUEST, EARLY_ANSWER_BOUND_MS, rejecting).reply).toBe(GOOD)

    const throwing = vi
      .fn<(request: EstimateInput) => Promise<Reply<EstimateResult>>>()
      .mockImplementationOnce(() => {
        throw new Error('no transport')
      })
      .mockResolvedValueOnce(GOOD)
    expect(await askWithSecondChance(REQUEST, EARLY_ANSWER_BOUND_MS, throwing).reply).toBe(GOOD)
  })

  it('gives the failure when both attempts fail, and an answer about the input without asking again', async () => {
    const failing = vi.fn(async () => LOST)
    const reply = await askWithSecondChance(REQUEST, EARLY_ANSWER_BOUND_MS, failing).reply
    expect(reply).toEqual(LOST)
    expect(failing).toHaveBeenCalledTimes(2)

    // An error about what was typed is the answer: asking again would say the same.
    const badTitle = vi.fn(async () => BAD_TITLE)
    expect(await askWithSecondChance(REQUEST, EARLY_ANSWER_BOUND_MS, badTitle).reply).toBe(BAD_TITLE)
    expect(badTitle).toHaveBeenCalledTimes(1)
  })

  it('sends no second attempt once cancelled, and still settles with the first', async () => {
    const { send, answers } = heldSend()
    const { reply, cancel } = askWithSecondChance(REQUEST, EARLY_ANSWER_BOUND_MS, send)
    const seen = watch(reply)
    cancel()
    vi.advanceTimersByTime(EARLY_ANSWER_BOUND_MS * 2)
    expect(send).toHaveBeenCalledTimes(1)
    answers[0]!(LOST)
    await flush()
    expect(send).toHaveBeenCalledTimes(1)
    expect(seen.value).toBe(LOST)
  })
})
