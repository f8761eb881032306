/** Why a pattern line was refused; the loader adds the file and line. */
export class PatternSyntaxError extends Error {
}
/** The most variants one line may expand into (multiword alternatives multiply). */
const MAX_VARIANTS = 256;
// Lower-cased words: ASCII letters and digits, any non-ASCII letter, inner ' and . (no `u` flag: it
// is slower). No hyphens: wink-nlp splits "cease-fire" into three tokens, so such a word never matches.
const WORD = /^[a-z0-9\u00c0-\uffff][a-z0-9\u00c0-\uffff'.]*$/;
function checkWord(word, token) {
    if (word.includes('-'))
        throw new PatternSyntaxError(`"${word}" has a hyphen, which the tokenizer splits off: write "${word.replace(/-/g, '')}" or "${word.replace(/-/g, '_')}"`);
    if (!WORD.test(word))
        throw new PatternSyntaxError(`"${word}" in "${token}" is not a word`);
}
const TARGET = Object.freeze({ kind: 'target' });
const SOURCE = Object.freeze({ kind: 'source' });
const CODE = /^\d{2,4}$/;
/**
 * Parses one line of a pattern file (comments already removed): `CODE HEAD WORDS...`.
 * A multiword alternative (`security_force|police`) expands the line into one variant per
 * alternative, so every element still matches one token. Throws `PatternSyntaxError`.
 *
 * @example
 * parsePatternLine('112  accuse $T of').variants[0]
 * // { head: ['accuse'], headPos: 'verb', after: [{kind:'target'}, {kind:'word', words:['of'], optional:false}], literalCount: 1 }
 */
export function parsePatternLine(text) {
    const [code, headToken, ...rest] = text.trim().split(/\s+/);
    if (code === undefined || !CODE.test(code))
        throw new PatternSyntaxError(`"${code ?? ''}" is not a CAMEO code (2-4 digits)`);
    if (headToken === undefined)
        throw new PatternSyntaxError(`code ${code} has an empty pattern (no head word)`);
    const { head, headPos } = parseHead(headToken);
    let targets = 0;
    let sources = 0;
    const options = rest.map((token) => {
        const slot = parseSlot(token);
        if (slot === 'target' && ++targets > 1)
            throw new PatternSyntaxError('$T appears twice');
        if (slot === 'source' && ++sources > 1)
            throw new PatternSyntaxError('$S appears twice');
        if (slot === null)
            return wordOptions(token);
        return [[slot === 'target' ? TARGET : SOURCE]];
    });
    const count = options.reduce((n, o) => n * o.length, 1);
    if (count > MAX_VARIANTS)
        throw new PatternSyntaxError(`the alternatives expand into ${count} patterns (at most ${MAX_VARIANTS})`);
    const variants = cartesian(options).map((after) => Object.freeze({
        head,
        headPos,
        after: Object.freeze(after),
        literalCount: after.filter((e) => e.kind === 'word' && !e.optional).length,
    }));
    return { code, variants };
}
function parseHead(token) {
    const noun = token.startsWith('n:');
    const body = noun ? token.slice(2) : token;
    if (body === '')
        throw new PatternSyntaxError('the head word is empty');
    if (body.startsWith('$'))
        throw new PatternSyntaxError(`the pattern must start with a head word, not ${body}`);
    if (body.endsWith('?'))
        throw new PatternSyntaxError('the head word cannot be optional');
    const head = body.toLowerCase().split('|');
    for (const alt of head) {
        if (alt.includes('_'))
            throw new PatternSyntaxError(`head alternative "${alt}" must be one word (write "${alt.replace(/_/g, ' ')}" instead)`);
        checkWord(alt, token);
    }
    return { head: Object.freeze(head), headPos: noun ? 'noun' : 'verb' };
}
function parseSlot(token) {
    if (!token.startsWith('$'))
        return null;
    if (token === '$T')
        return 'target';
    if (token === '$S')
        return 'source';
    if (token === '$T?' || token === '$S?')
        throw new PatternSyntaxError(`${token.slice(0, 2)} cannot be optional`);
    throw new PatternSyntaxError(`unknown slot "${token}" (only $T and $S)`);
}
/** The ways one word token can be spelled out: single-word alternatives share one element. */
function wordOptions(token) {
    const optional = token.endsWith('?');
    const body = (optional ? token.slice(0, -1) : token).toLowerCase();
    const singles = [];
    const phrases = [];
    for (const alt of body.split('|')) {
        const words = alt.split('_');
        for (const w of words)
            checkWord(w, token);
        if (words.length === 1)
            singles.push(alt);
        else
            phrases.push(words);
    }
    const asWord = (words, opt) => Object.freeze({ kind: 'word', words: Object.freeze(words), optional: opt });
    if (phrases.length === 0)
        return [[asWord(singles, optional)]];
    const options = phrases.map((p) => p.map((w) => asWord([w], false)));
    if (singles.length > 0)
        options.unshift([asWord(singles, false)]);
    if (optional)
        options.push([]);
    return options;
}
function cartesian(options) {
    if (options.every((o) => o.length === 1))
        return [options.flatMap((o) => o[0])];
    let out = [[]];
    for (const choices of options)
        out = out.flatMap((prefix) => choices.map((c) => [...prefix, ...c]));
    return out;
}
