// npm run fixtures:renderer — writes src/renderer/src/test/insightsFixtures.ts and
// src/renderer/src/features/compare/compareFixtures.ts from the real handlers and the shipped dataset. The renderer's component tests use these saved replies (the renderer may not import core);
// src/core/testing/rendererFixtures.test.ts fails when they no longer match what the backend says.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { dispatch } from '../src/core/app/dispatch'
import { createHandlers } from '../src/core/app/handlers'
import { readRawDataset } from '../src/node/datasetFromDisk'
import { indexDataset } from '../src/core/dataset/indexDataset'
import { AUSTIN, SAN_FRANCISCO, SEATTLE } from '../src/renderer/src/db/testOffers'
import { DENSITY_DIGITS, INSIGHTS_FIXTURES, type FixtureSpec } from './rendererFixtureSpecs'

const OUT = resolve(__dirname, '..', 'src', 'renderer', 'src', 'test', 'insightsFixtures.ts')
const COMPARE_OUT = resolve(
  __dirname,
  '..',
  'src',
  'renderer',
  'src',
  'features',
  'compare',
  'compareFixtures.ts',
)

const COMPARE_HEADER = `// Real replies from Worth's backend (the shipped dataset) to compare:offers, saved for the Compare view's component
// tests. Inputs: the offers SEATTLE, SAN_FRANCISCO and AUSTIN of db/testOffers.ts, in that order; THREE_CITIES with
// the default what-ifs, THREE_CITIES_JOINT_HALF_STOCK with filing "joint" and the stock price 50% down.
// Written by \`npm run fixtures:renderer\` (scripts/renderer-fixtures.ts); do not edit by hand.
import type { CompareResult } from '../../../../shared/compare'
`

const HEADER = `// Real replies from Worth's backend (the shipped dataset), saved for component tests (Market insights, My offer,
// Negotiate).
// Written by \`npm run fixtures:renderer\` (scripts/renderer-fixtures.ts); do not edit by hand.
// src/core/testing/rendererFixtures.test.ts checks they still match the backend.
import type { WorthError } from '../../../shared/contract'
import type { NegotiateResult } from '../../../shared/negotiate'
import type { EstimateResult, InsightsResult, MarketPoint } from '../../../shared/types'

/** The market curves are kept as flat [wage, density, wage, density, ...] lists to keep this file short. */
function curvePoints(flat: number[]): MarketPoint[] {
  const points: MarketPoint[] = []
  for (let i = 0; i + 1 < flat.length; i += 2)
    points.push({ wage: flat[i] as number, density: flat[i + 1] as number })
  return points
}
`

function constant(spec: FixtureSpec, value: unknown): string {
  const doc = `/** ${spec.doc} */\n`
  if (spec.kind === 'error') return `${doc}export const ${spec.name}: WorthError = ${JSON.stringify(value)}\n`
  const raw = `${spec.name}_RAW`
  if (spec.kind === 'negotiate') {
    const result = value as { estimate: { market: { curve: { wage: number; density: number }[] } } }
    const flat = result.estimate.market.curve.flatMap((p) => [
      p.wage,
      Number(p.density.toPrecision(DENSITY_DIGITS)),
    ])
    const bare = {
      ...result,
      estimate: { ...result.estimate, market: { ...result.estimate.market, curve: [] } },
    }
    return (
      `const ${raw}: NegotiateResult = ${JSON.stringify(bare)}\n\n${doc}export const ${spec.name}: NegotiateResult = ` +
      `{ ...${raw}, estimate: { ...${raw}.estimate, market: { ...${raw}.estimate.market, curve: curvePoints(${JSON.stringify(flat)}) } } }\n`
    )
  }
  const result = value as { market: { curve: { wage: number; density: number }[] } }
  const flat = result.market.curve.flatMap((p) => [p.wage, Number(p.density.toPrecision(DENSITY_DIGITS))])
  const type = spec.kind === 'insights' ? 'InsightsResult' : 'EstimateResult'
  const bare = { ...result, market: { ...result.market, curve: [] } }
  return (
    `const ${raw}: ${type} = ${JSON.stringify(bare)}\n\n${doc}export const ${spec.name}: ${type} = ` +
    `{ ...${raw}, market: { ...${raw}.market, curve: curvePoints(${JSON.stringify(flat)}) } }\n`
  )
}

async function main(): Promise<void> {
  const handlers = createHandlers(indexDataset(readRawDataset()))
  const parts = [HEADER]
  for (const spec of INSIGHTS_FIXTURES) {
    const reply = dispatch(handlers, spec.channel, spec.input as never)
    if (reply.ok !== (spec.kind !== 'error'))
      throw new Error(`${spec.name}: expected ${spec.kind === 'error' ? 'an error' : 'a result'}`)
    parts.push(constant(spec, reply.ok ? reply.value : reply.error))
  }
  const options = (await resolveConfig(OUT)) ?? {}
  writeFileSync(OUT, await format(parts.join('\n'), { ...options, filepath: OUT }))
  console.log(`wrote ${OUT}`)

  const offers = [SEATTLE, SAN_FRANCISCO, AUSTIN]
  const compareParts = [COMPARE_HEADER]
  for (const [name, input] of [
    ['THREE_CITIES', { offers }],
    ['THREE_CITIES_JOINT_HALF_STOCK', { offers, filing: 'joint', stockChangePercent: -50 }],
  ] as const) {
    const reply = dispatch(handlers, 'compare:offers', input)
    if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`)
    compareParts.push(`export const ${name}: CompareResult = ${JSON.stringify(reply.value)}\n`)
  }
  writeFileSync(COMPARE_OUT, await format(compareParts.join('\n'), { ...options, filepath: COMPARE_OUT }))
  console.log(`wrote ${COMPARE_OUT}`)
}

void main()
