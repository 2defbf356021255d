#!/usr/bin/env node
// Worth in a browser (npm run web): prebuilt, rebuilt when stale; it builds the renderer too when that is stale.
'use strict'
require('./compiledEntries.cjs').runEntry('worth-web')
