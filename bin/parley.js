#!/usr/bin/env -S node --max-old-space-size=384 --max-semi-space-size=32 --heap-growing-percent=100
// The installed command: runs the compiled CLI (built by `npm run build`, which `npm ci` runs via `prepare`).
// The heap cap keeps a long streaming run small: without it V8 lets the old space grow past
// 500 MB before collecting, though what is live stays near 130 MB (docs/performance.md).
// The young generation of 32 MB (16 by default) lets a coding batch's layers die young: half as
// many scavenges, a quarter less time collecting (10 MB of JSONL: GC 5.4-5.8 -> 3.9-4.0 s,
// about 35 MB more peak memory).
// The old space may double before a full collection (V8 picks about 1.4 times what is live): a
// full collection walks everything live, so fewer of them cost less (10 MB of JSONL: 13 -> 5 full
// collections, the collector's threads 5.1-5.7 -> 3.6-3.9 s of CPU; peak memory 270 -> 310 MB).
process.env.TZ = 'UTC';
const { main } = await import('../dist/src/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
if (process.env.PARLEY_REPORT_MEMORY) {
  const usage = process.resourceUsage();
  process.stderr.write(`parley: peak memory: ${Math.round(usage.maxRSS / 1024)} MB; CPU: ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)} ms\n`);
}
