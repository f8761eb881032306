import { parseArgs } from 'node:util';
import type { EventRecord } from '../core/event-record.js';
import { createDocument, metaFor } from '../core/document.js';
import { ParleyError } from '../core/errors.js';
import { evaluateFiles, formatEvalReport } from '../eval/index.js';
import { coderWithDictionaries, type Coder } from './coder.js';
import type { CommandIo } from './io.js';

export const EVAL_USAGE = `usage: parley eval GOLD.jsonl... [--errors] [--suite NAME] [--json] [--min-confidence X] [--dictionary PATH]...
Scores the coder against gold records (see docs/evaluation.md).`;

/** Events below this confidence are not scored unless `--min-confidence` says otherwise (docs/evaluation.md). */
export const DEFAULT_MIN_CONFIDENCE = 0;

/** Modalities that say the event did not (or not yet) happen: left out of scoring. */
const UNSCORED = new Set(['negated', 'hypothetical']);

/** `parley eval`: codes each gold record as a one-sentence document and scores every suite. */
export async function evalCommand(argv: readonly string[], io: CommandIo, makeCoder: () => Coder): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      dictionary: { type: 'string', multiple: true },
      errors: { type: 'boolean', default: false }, suite: { type: 'string' }, json: { type: 'boolean', default: false },
      'min-confidence': { type: 'string', default: String(DEFAULT_MIN_CONFIDENCE) },
    },
  });
  if (positionals.length === 0) throw new ParleyError('USAGE', 'parley eval needs at least one gold JSONL file');
  const min = Number(values['min-confidence']);
  if (!(min >= 0 && min <= 1)) throw new ParleyError('USAGE', '--min-confidence must be a number from 0 to 1');
  const coder = coderWithDictionaries(values.dictionary, makeCoder);
  const code = (r: { id: string; text: string; date: string | null }): EventRecord[] =>
    coder.code(createDocument(metaFor(r.id, { date: r.date, format: 'jsonl' }), r.text)).filter((e) => !UNSCORED.has(e.modality) && e.confidence >= min);
  const report = evaluateFiles(positionals, code, { errors: values.errors, suite: values.suite });
  io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report, { errors: values.errors }));
  return 0;
}
