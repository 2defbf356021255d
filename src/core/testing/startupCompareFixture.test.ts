// The Compare view's options tests use the backend's replies to compare:offers for test/fixtures/startup-vs-public.json
// with a $10,000 401(k) contribution, without and with a 25% chance of an exit, saved in
// test/fixtures/startup-vs-public-compare.json (the renderer may not import core). This check recomputes them so
// the saved replies cannot drift; WRITE_FIXTURES=1 rewrites the file.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../app/dispatch'
import { createHandlers } from '../app/handlers'
import { readOffersExport } from '../../shared/offer'
import { realDataset } from './realDataset'

const FIXTURES = resolve(__dirname, '../../../test/fixtures')
const SAVED = resolve(FIXTURES, 'startup-vs-public-compare.json')

describe('the saved startup-vs-public comparison', () => {
  it('matches what compare:offers says for the fixture offers', () => {
    const file = readOffersExport(readFileSync(resolve(FIXTURES, 'startup-vs-public.json'), 'utf8'))
    if (!file.ok) throw new Error(file.message)
    const handlers = createHandlers(realDataset())
    const compare = (exitChancePercent?: number) => {
      const reply = dispatch(handlers, 'compare:offers', {
        offers: file.offers,
        k401: 10_000,
        exitChancePercent,
      })
      if (!reply.ok) throw new Error(reply.error.message)
      return reply.value
    }
    const value = JSON.parse(
      JSON.stringify({ noExitChance: compare(), exitChance25: compare(25) }),
    ) as unknown
    if (process.env.WRITE_FIXTURES === '1') writeFileSync(SAVED, `${JSON.stringify(value, null, 2)}\n`)
    expect(value).toEqual(JSON.parse(readFileSync(SAVED, 'utf8')))
  })
})
