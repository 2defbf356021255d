// Worth's command line and browser mode run prebuilt JavaScript, not TypeScript through tsx. Each entry point is
// bundled by esbuild into out/node/<name>.js (dependencies stay in node_modules) beside a stamp that lists the
// sources it was built from, their sizes and modification times, and a hash of their contents. Before running, the
// stamp is checked: when any source changed, disappeared, or the build settings changed, the entry is rebuilt first,
// so it is never stale.
//
// CommonJS on purpose, like the bins that load it: a CommonJS start skips Node's ES module loader, which costs
// about 30 ms before the first line of a command runs.
'use strict'
const {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs')
const Module = require('node:module')
const { Script } = require('node:vm')
const { dirname, join, resolve } = require('node:path')

const REPO_ROOT = resolve(__dirname, '..')
const OUT_DIR = join('out', 'node')

/** Entry name -> its TypeScript source, relative to the repository root. */
const ENTRIES = Object.freeze({
  worth: 'src/cli/main.ts',
  'worth-web': 'scripts/web.ts',
})

/** Files whose change alters every build: these build settings and the installed esbuild. */
const BUILD_SETTINGS = ['bin/compiledEntries.cjs', 'package-lock.json']

function bundlePath(root, name) {
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
function hashSources(root, files) {
  // Loaded here, not at the top: node:crypto costs milliseconds to load, and a start whose sources kept their sizes
  // and times never hashes.
  const hash = require('node:crypto').createHash('sha256')
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

/**
 * A file's size, modification and change times and inode, or null when it cannot be read. The change time (ctime)
 * cannot be set by hand: any write, rename or copy over the file moves it, even when the modification time is kept.
 */
function fileStat(root, file) {
  // Sources are named with forward slashes, which every platform's stat accepts: no path.join for each of them.
  const stat = statSync(`${root}/${file}`, { throwIfNoEntry: false })
  return stat ? [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino] : null
}

/** Times closer than this to the moment of hashing are not trusted (file systems that keep whole seconds). */
const RACY_MS = 2000

/**
 * Whether every file still has the size and times it had when the stamp's hash was taken, and was last written
 * well before that moment: such files cannot have changed since, so their contents need not be hashed again (as
 * make and git's index trust file times). A file written close to the hash's moment is always hashed.
 */
function unchangedSince(root, files, stamp) {
  if (!Array.isArray(stamp.stats) || stamp.stats.length !== files.length) return false
  if (typeof stamp.hashedAt !== 'number') return false
  return files.every((file, i) => {
    const was = stamp.stats[i]
    const now = fileStat(root, file)
    return (
      now !== null &&
      Array.isArray(was) &&
      now.every((value, k) => value === was[k]) &&
      Math.max(now[1], now[2]) < stamp.hashedAt - RACY_MS
    )
  })
}

function writeStamp(root, name, stamp) {
  const suffix = `.${process.pid}.tmp`
  writeFileSync(stampPath(root, name) + suffix, `${JSON.stringify(stamp, null, 2)}\n`)
  renameSync(stampPath(root, name) + suffix, stampPath(root, name))
}

/** The stamp of sources hashed as `hash`, with their sizes and times as they were when hashing began. */
function stampOf(root, source, inputs, hash, hashedAt) {
  const stats = [...BUILD_SETTINGS, ...inputs].map((file) => fileStat(root, file))
  return { source, inputs, hash, hashedAt, stats }
}

/** Why entry `name` must be (re)built, or null when out/node/<name>.js matches its sources. */
function staleReason(root, name) {
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
  if (unchangedSince(root, [...BUILD_SETTINGS, ...stamp.inputs], stamp)) return null
  const hashedAt = Date.now()
  const now = hashSources(root, stamp.inputs)
  if (now === null) return `a source of ${source} is gone`
  if (now !== stamp.hash) return `${source} or a module it imports changed`
  // Same contents under new times (a checkout, a copy, a touch): keep the new times, so the next start need not
  // hash. Only a speed-up: a folder that cannot be written still runs.
  try {
    writeStamp(root, name, stampOf(root, source, stamp.inputs, now, hashedAt))
  } catch {
    // Read-only: the next start hashes again.
  }
  return null
}

/** Bundles entry `name` with esbuild and writes the bundle, then its stamp (each through a rename). */
async function buildEntry(root, name) {
  const source = entrySource(name)
  const esbuild = require('esbuild')
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
  const hashedAt = Date.now()
  const hash = hashSources(root, inputs)
  if (hash === null) throw new Error(`A source of ${source} changed while it was being built; run it again.`)
  mkdirSync(join(root, OUT_DIR), { recursive: true })
  const [bundle] = result.outputFiles
  const suffix = `.${process.pid}.tmp`
  // V8 checks a code cache against the length of its source only: the old bundle's caches must go with it.
  const bundleName = `${name}.js`
  for (const file of readdirSync(join(root, OUT_DIR)))
    if (file.startsWith(`${bundleName}.`) && file.endsWith('.cache'))
      rmSync(join(root, OUT_DIR, file), { force: true })
  writeFileSync(bundlePath(root, name) + suffix, bundle.contents)
  renameSync(bundlePath(root, name) + suffix, bundlePath(root, name))
  writeStamp(root, name, stampOf(root, source, inputs, hash, hashedAt))
}

/** Builds entry `name` when it is stale; says why on `log` (stderr by default, so stdout stays the command's). */
async function ensureBuilt(root, name, log = (message) => process.stderr.write(`${message}\n`)) {
  const reason = staleReason(root, name)
  if (reason === null) return false
  log(`Building ${OUT_DIR}/${name}.js (${reason})`)
  await buildEntry(root, name)
  return true
}

/** Runs entry `name` in this process (process.argv is left as the caller's), building it first when stale. */
async function runEntry(name) {
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
 * Where the code cache of a bundle is kept for this process's Node flags: <bundle>.cache without flags, and
 * <bundle>.<hash of the flags>.cache with them. V8 refuses a cache made under other flags, so `npm run worth` (which
 * passes V8 flags) and the `worth` bin (which passes none) each keep their own instead of overwriting each other's.
 */
function codeCachePath(file, execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? '') {
  const flags = [...execArgv, nodeOptions].join('\0')
  if (flags === '') return `${file}.cache`
  // FNV-1a: a short, stable name (node:crypto would cost more to load than the whole check).
  let hash = 0x811c9dc5
  for (let i = 0; i < flags.length; i += 1) hash = Math.imul(hash ^ flags.charCodeAt(i), 0x01000193) >>> 0
  return `${file}.${hash.toString(16).padStart(8, '0')}.cache`
}

/**
 * Runs a CommonJS bundle as require() would, with V8's code cache kept beside it (see codeCachePath): a start reuses
 * the machine code of the last one instead of parsing and compiling the bundle again. V8 refuses a cache made for
 * other source, another V8 or other flags; a refused or missing cache is written anew once the command has run.
 */
function runWithCodeCache(file) {
  const cachePath = codeCachePath(file)
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
  wrapper.call(module.exports, module.exports, Module.createRequire(file), module, file, dirname(file))
  module.loaded = true
  return { exports: module.exports, cacheUsed, writeCache }
}

module.exports = {
  REPO_ROOT,
  OUT_DIR,
  ENTRIES,
  bundlePath,
  hashSources,
  staleReason,
  buildEntry,
  ensureBuilt,
  runEntry,
  runWithCodeCache,
  codeCachePath,
}
