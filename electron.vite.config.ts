import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

/**
 * `npm run dev` only: hot reload injects an inline script and inline styles and talks over a websocket, which the
 * strict CSP in index.html forbids. Built apps (npm start, browser mode) keep the strict policy untouched.
 */
const relaxCspForDevServer: Plugin = {
  name: 'worth-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
}

/** Modules reached from `from` through static imports only (what loads with it), stopping at `stop`. */
export function staticallyReached(
  from: string,
  importsOf: (id: string) => readonly string[],
  stop: ReadonlySet<string> = new Set(),
): Set<string> {
  const reached = new Set<string>()
  const queue = [from]
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (reached.has(id) || stop.has(id)) continue
    reached.add(id)
    queue.push(...importsOf(id))
  }
  return reached
}

/**
 * The first view in two parts (issue 13: navigation to the first percentile sentence). The page's entry (`entry`,
 * main.ts) is small: it starts the first view's request, then imports `app` (React and My offer). Everything `app`
 * loads that the entry does not is one chunk (not the handful of small chunks it would share with the other views),
 * and index.html preloads it, so that it downloads alongside the entry instead of after it has run.
 */
function firstViewChunks(paths: { entry: string; app: string }) {
  let modules = new Set<string>()
  const plugin: Plugin = {
    name: 'worth-first-view',
    apply: 'build',
    buildEnd() {
      const importsOf = (id: string): readonly string[] => this.getModuleInfo(id)?.importedIds ?? []
      modules = staticallyReached(paths.app, importsOf, staticallyReached(paths.entry, importsOf))
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).flatMap((file) =>
          file.type === 'chunk' ? [file] : [],
        )
        const app = chunks.find((chunk) => chunk.moduleIds.includes(paths.app))
        if (!app) return []
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
        const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName))
        const preloaded = staticallyReached(app.fileName, (name) => byName.get(name)?.imports ?? [], entries)
        return [...preloaded].map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
          injectTo: 'head' as const,
        }))
      },
    },
  }
  const group = {
    name: 'firstView',
    test: (id: string) => modules.has(id),
    includeDependenciesRecursively: false,
  }
  return { plugin, group }
}

const firstView = firstViewChunks({
  entry: resolve(__dirname, 'src/renderer/src/main.ts'),
  app: resolve(__dirname, 'src/renderer/src/app/renderApp.tsx'),
})

export default defineConfig({
  main: {
    build: {
      // index: the main process; backend: the dataset and handlers, run by main as an Electron utilityProcess.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          backend: resolve(__dirname, 'src/main/backend/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), relaxCspForDevServer, firstView.plugin],
    build: {
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
        output: { codeSplitting: { groups: [firstView.group] } },
      },
    },
  },
})
