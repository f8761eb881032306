import { isParleyError } from '../core/errors.js';
import { codeCommand, CODE_USAGE } from './code-command.js';
import { createCoder, type Coder } from './coder.js';
import { demoCommand, DEMO_USAGE } from './demo-command.js';
import { evalCommand, EVAL_USAGE } from './eval-command.js';
import { exportCommand, EXPORT_USAGE } from './export-command.js';
import { ingestCommand, INGEST_USAGE } from './ingest-command.js';
import { queryCommand, QUERY_USAGE } from './query-command.js';
import { serveCommand, SERVE_USAGE } from './serve-command.js';
import { processIo, warn, type CommandIo } from './io.js';

const USAGE = `parley: news to political event data (CAMEO, PLOVER), with evidence.

${CODE_USAGE}

${EVAL_USAGE}

${INGEST_USAGE}

${QUERY_USAGE}

${EXPORT_USAGE}

${SERVE_USAGE}

${DEMO_USAGE}
`;

/**
 * The command line: the composition root that wires inputs, the coder and outputs together.
 * Returns the exit status.
 *
 * @example
 * process.exitCode = await main(['code', '--date', '2007-05-28', 'story.txt']);
 */
export async function main(argv: readonly string[], io: CommandIo = processIo(), makeCoder: () => Coder = () => createCoder()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'code': return await codeCommand(rest, io, makeCoder);
      case 'eval': return await evalCommand(rest, io, makeCoder);
      case 'ingest': return await ingestCommand(rest, io, makeCoder);
      case 'query': return await queryCommand(rest, io);
      case 'export': return await exportCommand(rest, io);
      case 'serve': return await serveCommand(rest, io, makeCoder);
      case 'demo': return await demoCommand(rest, io, makeCoder);
      case undefined: case 'help': case '--help': case '-h':
        io.stdout.write(USAGE);
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
