/**
 * A token transformer of a wink-nlp automaton: maps the automaton's input for token `i` to the
 * symbol it matches on, reading wink's raw tokens (four numbers per token) for more context.
 */
export type WinkTransformer = (token: unknown, cache: unknown, rawTokens: readonly number[], i: number) => unknown;

/** Lexeme ids from here on (words first seen late in a very long run) are transformed each time. */
const MEMO_IDS = 1 << 21;
/** The bits of a token's second number that hold the count of spaces before it. */
const SPACES_MASK = 0xffff;

/**
 * Remembers a transformer of the English model's sentence-boundary or POS automata per token.
 * Both give a function of the automaton's input (a lexeme id or tag number), the token's own lexeme
 * id and whether spaces precede the token (wink-eng-lite-web-model 1.8.1, which the reader is
 * pinned to), through lexeme properties that are fixed once a lexeme exists. So the answer is kept
 * per lexeme id and spacing, for the input last seen with them: one typed-array read instead of
 * up to three property look-ups in wink's packed lexicon. Inputs that are not lexeme ids or tag
 * numbers the lexicon already holds (a previous automaton's pattern, say) always go to wink.
 *
 * @example
 * const sbdTransformer = rememberTransformer(sbd.transformers[0], () => cache.currentSize());
 */
export function rememberTransformer(transform: WinkTransformer, lexiconSize: () => number): WinkTransformer {
  // Per lexeme id and spacing (2 * id + spaced): the input last transformed, and its answer.
  let inputs = new Int32Array(0);
  let answers = new Int32Array(0);
  const grow = (slot: number): void => {
    const size = Math.min(2 * MEMO_IDS, Math.max(slot + 1, inputs.length * 2, 1 << 16));
    const wider = new Int32Array(size).fill(-1);
    wider.set(inputs);
    inputs = wider;
    const widerAnswers = new Int32Array(size);
    widerAnswers.set(answers);
    answers = widerAnswers;
  };
  // The lexicon's size when last asked (it only grows): asked again only for a larger input.
  let knownSize = lexiconSize();
  const isLexiconNumber = (token: unknown): token is number =>
    typeof token === 'number' && (token | 0) === token && token >= 0 && (token <= knownSize || token <= (knownSize = lexiconSize()));
  return (token, cache, rawTokens, i) => {
    const id = rawTokens[4 * i];
    if (!isLexiconNumber(token) || id >= MEMO_IDS) return transform(token, cache, rawTokens, i);
    const slot = 2 * id + ((rawTokens[4 * i + 1] & SPACES_MASK) === 0 ? 0 : 1);
    if (slot < inputs.length && inputs[slot] === token) return answers[slot];
    const answer = transform(token, cache, rawTokens, i);
    if (typeof answer === 'number' && (answer | 0) === answer) {
      if (slot >= inputs.length) grow(slot);
      inputs[slot] = token;
      answers[slot] = answer;
    }
    return answer;
  };
}
