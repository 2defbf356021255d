// The zod every schema of Worth is built with: zod's small functional build (zod/mini), which loads in a fraction
// of the time of the classic one and is a fraction of its size in the CLI bundle and the renderer. zod/mini loads
// no messages of its own ("Invalid input" for every default message): the English ones are set here, once, so a
// refused input reads as it always has ("Too big: expected number to be <=50"). Use it as
// `import * as z from './zod'`, never 'zod' (classic, which eslint.config.mjs refuses): a namespace import whose
// members are only read lets the bundlers keep just the parts of zod the schemas use.
import { config } from 'zod/mini'
import { en } from 'zod/locales'

config(en())

export * from 'zod/mini'
