#!/usr/bin/env node
// The installed command: runs the compiled CLI (built by `npm run build`, which `npm ci` runs via `prepare`).
process.env.TZ = 'UTC';
const { main } = await import('../dist/src/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
if (process.env.PARLEY_REPORT_MEMORY) {
  process.stderr.write(`parley: peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
}
