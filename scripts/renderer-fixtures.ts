// npm run fixtures:renderer — writes src/renderer/src/test/insightsFixtures.ts from the real handlers and the
// shipped dataset. The renderer's component tests use these saved replies (the renderer may not import core);
// src/core/testing/rendererFixtures.test.ts fails when they no longer match what the backend says.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { dispatch } from '../src/core/app/dispatch'
import { createHandlers } from '../src/core/app/handlers'
import { readRawDataset } from '../src/node/datasetFromDisk'
import { indexDataset } from '../src/core/dataset/indexDataset'
import { DENSITY_DIGITS, INSIGHTS_FIXTURES, type FixtureSpec } from './rendererFixtureSpecs'

const OUT = resolve(__dirname, '..', 'src', 'renderer', 'src', 'test', 'insightsFixtures.ts')

const HEADER = `// Real replies from Worth's backend (the shipped dataset), saved for component tests of the Market insights view.
// Written by \`npm run fixtures:renderer\` (scripts/renderer-fixtures.ts); do not edit by hand.
// src/core/testing/rendererFixtures.test.ts checks they still match the backend.
import type { WorthError } from '../../../shared/contract'
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
  const result = value as { market: { curve: { wage: number; density: number }[] } }
  const flat = result.market.curve.flatMap((p) => [p.wage, Number(p.density.toPrecision(DENSITY_DIGITS))])
  const raw = `${spec.name}_RAW`
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
}

void main()
