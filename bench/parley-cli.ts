/**
 * `bin/parley.js` for a private build: runs the CLI of the build this file is compiled into
 * (e.g. `.build-NAME/bench/parley-cli.js` runs `.build-NAME/src/cli/main.js`), so the bench's
 * streaming run codes with the same code as the bench itself. With PARLEY_REPORT_MEMORY set it
 * prints its peak memory and CPU time to standard error, as `bin/parley.js` does.
 *
 * @example
 * // node .build-bench/bench/parley-cli.js code corpus.jsonl --out /dev/null
 */
process.env.TZ = 'UTC';
const { main } = await import('../src/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
if (process.env.PARLEY_REPORT_MEMORY) {
  const usage = process.resourceUsage();
  process.stderr.write(`parley: peak memory: ${Math.round(usage.maxRSS / 1024)} MB; CPU: ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)} ms\n`);
}
