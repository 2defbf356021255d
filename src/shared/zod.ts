// The zod every schema of Worth is built with: zod's small functional build (zod/mini), which loads in a fraction
// of the time of the classic one and is a fraction of its size in the CLI bundle and the renderer. zod/mini loads
// no messages of its own ("Invalid input" for every default message): the English ones are set here, once, so a
// refused input reads as it always has ("Too big: expected number to be <=50"). Import `z` from here, never from
// 'zod' (classic) — eslint.config.mjs refuses that import.
import * as z from 'zod/mini'
import { en } from 'zod/locales'

z.config(en())

export { z }
