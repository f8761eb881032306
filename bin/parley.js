#!/usr/bin/env node
// The installed command: runs the compiled CLI (built by `npm run build`, which `npm ci` runs via `prepare`).
process.env.TZ = 'UTC';
const { main } = await import('../dist/src/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
