import { createEventLineCoder } from './coded-pairs.test-helper.js';

/**
 * For tests: each event of a text as a "SOURCE>TARGET CODE modality" line with the full CAMEO code
 * ("-" for a missing actor), through the stages the events stage needs.
 *
 * @example
 * const coded = createCodeCoder('1995-06-01');
 * coded('Peru demanded that Chile release the fishermen.') // ['PER>CHL 1053 asserted', 'CHL>- 0841 hypothetical']
 */
export function createCodeCoder(defaultDate: string): (text: string, date?: string) => string[] {
  return createEventLineCoder(defaultDate, (e) => `${e.source?.code ?? '-'}>${e.target?.code ?? '-'} ${e.cameo} ${e.modality}`);
}
