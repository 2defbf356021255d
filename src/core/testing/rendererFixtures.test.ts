// The renderer's component tests use replies saved from this backend (the renderer may not import core). These
// checks recompute each saved reply from its stated input with the real handlers, so a saved reply cannot drift
// from what the backend says now. When one fails: \`npm run fixtures:renderer\` rewrites them all.
import { describe, expect, it } from 'vitest'
import { dispatch } from '../app/dispatch'
import { createHandlers } from '../app/handlers'
import { realDataset } from './realDataset'
import type { Channel, ChannelInput } from '../../shared/contract'
import * as compare from '../../renderer/src/features/compare/compareFixtures'
import * as insights from '../../renderer/src/test/insightsFixtures'
import { AUSTIN, SAN_FRANCISCO, SEATTLE } from '../../renderer/src/db/testOffers'
import { DENSITY_DIGITS, INSIGHTS_FIXTURES } from '../../../scripts/rendererFixtureSpecs'

const handlers = createHandlers(realDataset())

function reply<C extends Channel>(channel: C, input: ChannelInput<C>) {
  return JSON.parse(JSON.stringify(dispatch(handlers, channel, input)), (key, value: unknown) =>
    key === 'density' && typeof value === 'number' ? Number(value.toPrecision(DENSITY_DIGITS)) : value,
  ) as unknown
}

describe("the renderer's saved backend replies match the backend", () => {
  const offers = [SEATTLE, SAN_FRANCISCO, AUSTIN]

  it('compare:offers, three cities', () => {
    expect(reply('compare:offers', { offers })).toEqual({ ok: true, value: compare.THREE_CITIES })
  })

  it('compare:offers, joint filing with the stock price 50% down', () => {
    expect(reply('compare:offers', { offers, filing: 'joint', stockChangePercent: -50 })).toEqual({
      ok: true,
      value: compare.THREE_CITIES_JOINT_HALF_STOCK,
    })
  })

  it.each(INSIGHTS_FIXTURES.map((spec) => [spec.name, spec] as const))('%s', (name, spec) => {
    const saved = (insights as Record<string, unknown>)[name]
    const expected = spec.kind === 'error' ? { ok: false, error: saved } : { ok: true, value: saved }
    expect(reply(spec.channel, spec.input as never)).toEqual(expected)
  })
})
