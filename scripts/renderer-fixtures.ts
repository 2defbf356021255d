// npm run fixtures:renderer — writes every saved backend reply of test/fixtures/replySpecs.ts into
// test/fixtures/replies/<file>.json, computed by the real handlers over the shipped dataset. The renderer's tests
// read them through test/fixtures/replies.ts; src/core/testing/rendererFixtures.test.ts fails when one no longer
// matches what the backend says.
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { format } from 'prettier'
import { dispatch } from '../src/core/app/dispatch'
import { createHandlers } from '../src/core/app/handlers'
import { readRawDataset } from '../src/node/datasetFromDisk'
import { indexDataset } from '../src/core/dataset/indexDataset'
import { REPLY_FILES, REPLY_SPECS, savedForm } from '../test/fixtures/replySpecs'

const OUT = resolve(__dirname, '..', 'test', 'fixtures', 'replies')

async function main(): Promise<void> {
  const handlers = createHandlers(indexDataset(readRawDataset()))
  mkdirSync(OUT, { recursive: true })
  for (const file of REPLY_FILES) {
    const saved: Record<string, unknown> = {}
    for (const spec of REPLY_SPECS.filter((s) => s.file === file)) {
      const reply = dispatch(handlers, spec.channel, spec.input)
      saved[spec.name] = { doc: spec.doc, channel: spec.channel, input: spec.input, reply: savedForm(reply) }
    }
    const path = resolve(OUT, `${file}.json`)
    writeFileSync(path, await format(JSON.stringify(saved), { parser: 'json', printWidth: 110 }))
    console.log(`wrote ${path}`)
  }
}

void main()
