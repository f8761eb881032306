#!/usr/bin/env -S node --max-old-space-size=384
// The installed command: runs the compiled CLI (built by `npm run build`, which `npm ci` runs via `prepare`).
// The heap cap keeps a long streaming run small: without it V8 lets the old space grow past
// 500 MB before collecting, though what is live stays near 130 MB (docs/performance.md).
process.env.TZ = 'UTC';
const { main } = await import('../dist/src/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
if (process.env.PARLEY_REPORT_MEMORY) {
  const usage = process.resourceUsage();
  process.stderr.write(`parley: peak memory: ${Math.round(usage.maxRSS / 1024)} MB; CPU: ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)} ms\n`);
}
