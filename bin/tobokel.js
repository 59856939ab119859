#!/usr/bin/env node
'use strict';
// The CLI is compiled to lib/ by `npm ci` (the `prepare` script), so no TypeScript runtime is needed here.
require('../lib/cli/main.js').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
