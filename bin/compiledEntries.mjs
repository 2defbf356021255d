// Worth's command line and browser mode run prebuilt JavaScript, not TypeScript through tsx. Each entry point is
// bundled by esbuild into out/node/<name>.js (dependencies stay in node_modules) beside a stamp that lists the
// sources it was built from and a hash of their contents. Before running, the stamp is checked: when any source
// changed, disappeared, or the build settings changed, the entry is rebuilt first, so it is never stale.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { Script } from 'node:vm'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const OUT_DIR = join('out', 'node')

/** Entry name -> its TypeScript source, relative to the repository root. */
export const ENTRIES = Object.freeze({
  worth: 'src/cli/main.ts',
  'worth-web': 'scripts/web.ts',
})

/** Files whose change alters every build: these build settings and the installed esbuild. */
const BUILD_SETTINGS = ['bin/compiledEntries.mjs', 'package-lock.json']

export function bundlePath(root, name) {
  return join(root, OUT_DIR, `${name}.js`)
}

function stampPath(root, name) {
  return join(root, OUT_DIR, `${name}.stamp.json`)
}

function entrySource(name) {
  const source = ENTRIES[name]
  if (!source) throw new Error(`Unknown entry point "${name}" (known: ${Object.keys(ENTRIES).join(', ')}).`)
  return source
}

/** Hash of the given files' paths and contents, or null when one cannot be read. */
export function hashSources(root, files) {
  const hash = createHash('sha256')
  for (const file of [...BUILD_SETTINGS, ...files]) {
    let content
    try {
      content = readFileSync(join(root, file))
    } catch {
      return null
    }
    hash.update(`${file}\0${content.length}\0`)
    hash.update(content)
  }
  return hash.digest('hex')
}

/** Why entry `name` must be (re)built, or null when out/node/<name>.js matches its sources. */
export function staleReason(root, name) {
  const source = entrySource(name)
  let stamp
  try {
    stamp = JSON.parse(readFileSync(stampPath(root, name), 'utf8'))
  } catch {
    return `${OUT_DIR}/${name}.js is missing`
  }
  if (!existsSync(bundlePath(root, name))) return `${OUT_DIR}/${name}.js is missing`
  if (!stamp || stamp.source !== source || !Array.isArray(stamp.inputs) || typeof stamp.hash !== 'string') {
    return `${OUT_DIR}/${name}.stamp.json is not a build stamp`
  }
  const now = hashSources(root, stamp.inputs)
  if (now === null) return `a source of ${source} is gone`
  if (now !== stamp.hash) return `${source} or a module it imports changed`
  return null
}

/** Bundles entry `name` with esbuild and writes the bundle, then its stamp (each through a rename). */
export async function buildEntry(root, name) {
  const source = entrySource(name)
  const esbuild = await import('esbuild')
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Dependencies (zod) are bundled too: one file to read and compile, rather than dozens of modules to resolve.
    mainFields: ['module', 'main'],
    outfile: bundlePath(root, name),
    write: false,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  })
  const inputs = Object.keys(result.metafile.inputs)
    .filter((file) => !file.includes('node_modules/'))
    .sort()
  const hash = hashSources(root, inputs)
  if (hash === null) throw new Error(`A source of ${source} changed while it was being built; run it again.`)
  mkdirSync(join(root, OUT_DIR), { recursive: true })
  const [bundle] = result.outputFiles
  const suffix = `.${process.pid}.tmp`
  // V8 checks a code cache against the length of its source only: the old bundle's cache must go with it.
  rmSync(`${bundlePath(root, name)}.cache`, { force: true })
  writeFileSync(bundlePath(root, name) + suffix, bundle.contents)
  renameSync(bundlePath(root, name) + suffix, bundlePath(root, name))
  writeFileSync(stampPath(root, name) + suffix, `${JSON.stringify({ source, inputs, hash }, null, 2)}\n`)
  renameSync(stampPath(root, name) + suffix, stampPath(root, name))
}

/** Builds entry `name` when it is stale; says why on `log` (stderr by default, so stdout stays the command's). */
export async function ensureBuilt(root, name, log = (message) => process.stderr.write(`${message}\n`)) {
  const reason = staleReason(root, name)
  if (reason === null) return false
  log(`Building ${OUT_DIR}/${name}.js (${reason})`)
  await buildEntry(root, name)
  return true
}

/** Runs entry `name` in this process (process.argv is left as the caller's), building it first when stale. */
export async function runEntry(name) {
  try {
    await ensureBuilt(REPO_ROOT, name)
  } catch (error) {
    process.stderr.write(
      `worth: could not build ${name}: ${error instanceof Error ? error.message : error}\n`,
    )
    process.exit(1)
  }
  runWithCodeCache(bundlePath(REPO_ROOT, name))
}

/**
 * Runs a CommonJS bundle as require() would, with V8's code cache kept beside it (<bundle>.cache): a start reuses the
 * machine code of the last one instead of parsing and compiling the bundle again. V8 refuses a cache made for other
 * source, another V8 or other flags; a refused or missing cache is written anew once the command has run.
 */
export function runWithCodeCache(file) {
  const cachePath = `${file}.cache`
  const source = readFileSync(file, 'utf8')
  let cachedData
  try {
    cachedData = readFileSync(cachePath)
  } catch {
    cachedData = undefined
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData })
  const module = new Module(file, null)
  module.filename = file
  module.paths = Module._nodeModulePaths(dirname(file))
  const wrapper = script.runInThisContext()
  let written = false
  const writeCache = () => {
    if (written) return
    written = true
    try {
      const suffix = `.${process.pid}.tmp`
      writeFileSync(cachePath + suffix, script.createCachedData())
      renameSync(cachePath + suffix, cachePath)
    } catch {
      // A cache is only a speed-up: a read-only folder runs without one.
    }
  }
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected
  if (!cacheUsed) {
    // After the command's work, so the functions it compiled are in the cache too (a server never exits: after 2 s).
    process.once('beforeExit', writeCache)
    setTimeout(writeCache, 2000).unref()
  }
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file))
  module.loaded = true
  return { exports: module.exports, cacheUsed, writeCache }
}
