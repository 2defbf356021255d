// Types for compiledEntries.cjs (plain JavaScript so that it runs before anything is compiled).
export declare const REPO_ROOT: string
export declare const OUT_DIR: string
export declare const ENTRIES: Readonly<Record<'worth' | 'worth-web', string>>
export type EntryName = keyof typeof ENTRIES
export declare function bundlePath(root: string, name: EntryName): string
export declare function hashSources(root: string, files: readonly string[]): string | null
export declare function staleReason(root: string, name: EntryName): string | null
export declare function buildEntry(root: string, name: EntryName): Promise<void>
export declare function ensureBuilt(
  root: string,
  name: EntryName,
  log?: (message: string) => void,
): Promise<boolean>
export declare function runEntry(name: EntryName): Promise<void>
/** Runs a CommonJS bundle with V8's code cache kept beside it (<file>.cache). */
export declare function runWithCodeCache(file: string): {
  exports: unknown
  /** Whether V8 took the cache written by an earlier run. */
  cacheUsed: boolean
  /** Writes the cache now (otherwise written when the process is about to exit, or after 2 s). */
  writeCache(): void
}
/** Where the code cache of `file` is kept for these Node flags (the process's own by default). */
export declare function codeCachePath(
  file: string,
  execArgv?: readonly string[],
  nodeOptions?: string,
): string
