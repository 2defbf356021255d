// The zod every schema of Worth is built with: zod's small functional build (zod/mini), which loads in a fraction
// of the time of the classic one and is a fraction of its size in the CLI bundle and the renderer. zod/mini loads
// no messages of its own ("Invalid input" for every default message): the English ones are set here, once, so a
// refused input reads as it always has ("Too big: expected number to be <=50"). Use it as
// `import * as z from './zod'`, never 'zod' (classic, which eslint.config.mjs refuses): a namespace import whose
// members are only read lets the bundlers keep just the parts of zod the schemas use.
import { config } from 'zod/mini'
import { en } from 'zod/locales'

// The English messages are made on the first refused input, not at every start.
let english: ReturnType<typeof en>['localeError'] | undefined
config({ localeError: (issue) => (english ??= en().localeError)(issue) })

export * from 'zod/mini'

/**
 * A schema built when it is first used rather than when its module loads. Building Worth's schemas costs a few
 * milliseconds at every start of the CLI and of browser mode, though a command checks one or two of them; this
 * defers that work to the first parse (or to the first schema built from this one). The value behaves as the schema
 * itself: every property, method and prototype read is passed to the schema, built once.
 */
export function builtOnFirstUse<T extends object>(build: () => T): T {
  let built: T | undefined
  const schema = (): T => (built ??= build())
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key, schema()),
    set: (_, key, value) => Reflect.set(schema(), key, value, schema()),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    // The stand-in target is an empty, extensible object, so every property must be reported as configurable.
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key)
      return descriptor && { ...descriptor, configurable: true }
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  })
}
