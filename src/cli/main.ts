import { isParleyError } from '../core/errors.js';
import type { Coder } from './coder.js';
import { processIo, warn, type CommandIo } from './io.js';

/**
 * The usage text of every command. The command modules are loaded only here and by the command
 * run: `parley code` starts without the store, the server or the evaluation.
 */
async function usage(): Promise<string> {
  const [code, evaluate, ingest, query, exporting, serve, demo] = await Promise.all([
    import('./code-command.js'), import('./eval-command.js'), import('./ingest-command.js'), import('./query-command.js'),
    import('./export-command.js'), import('./serve-command.js'), import('./demo-command.js'),
  ]);
  return `parley: news to political event data (CAMEO, PLOVER), with evidence.

${code.CODE_USAGE}

${evaluate.EVAL_USAGE}

${ingest.INGEST_USAGE}

${query.QUERY_USAGE}

${exporting.EXPORT_USAGE}

${serve.SERVE_USAGE}

${demo.DEMO_USAGE}
`;
}

/**
 * The command line: the composition root that wires inputs, the coder and outputs together.
 * Returns the exit status. Without `makeCoder`, commands that code build the full coder
 * (`createCoder()`); each command's modules are loaded when it runs.
 *
 * @example
 * process.exitCode = await main(['code', '--date', '2007-05-28', 'story.txt']);
 */
export async function main(argv: readonly string[], io: CommandIo = processIo(), makeCoder?: () => Coder): Promise<number> {
  const [command, ...rest] = argv;
  const coderMaker = async (): Promise<() => Coder> => {
    if (makeCoder) return makeCoder;
    const { createCoder } = await import('./coder.js');
    return () => createCoder();
  };
  try {
    switch (command) {
      case 'code': return await (await import('./code-command.js')).codeCommand(rest, io, await coderMaker());
      case 'eval': return await (await import('./eval-command.js')).evalCommand(rest, io, await coderMaker());
      case 'ingest': return await (await import('./ingest-command.js')).ingestCommand(rest, io, await coderMaker());
      case 'query': return await (await import('./query-command.js')).queryCommand(rest, io);
      case 'export': return await (await import('./export-command.js')).exportCommand(rest, io);
      case 'serve': return await (await import('./serve-command.js')).serveCommand(rest, io, await coderMaker());
      case 'demo': return await (await import('./demo-command.js')).demoCommand(rest, io, await coderMaker());
      case undefined: case 'help': case '--help': case '-h':
        io.stdout.write(await usage());
        return command === undefined ? 2 : 0;
      default:
        warn(io, `unknown command '${command}' (try: parley help)`);
        return 2;
    }
  } catch (e) {
    if (isParleyError(e)) { warn(io, e.oneLine()); return 2; }
    if (e instanceof Error && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) { warn(io, e.message); return 2; }
    throw e;
  }
}
