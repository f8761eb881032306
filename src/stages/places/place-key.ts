/**
 * The key a place name is indexed under: accents folded, lower case, curly quotes straightened,
 * spaces collapsed, a leading "the" dropped. Everything that indexes or looks up names uses it.
 *
 * @example
 * placeKey('the  Başrah') // 'basrah'
 */
export function placeKey(name: string): string {
  // Most names are plain ASCII words with single spaces between them: only case and "the" change.
  if (isPlainAscii(name)) {
    const key = name.toLowerCase();
    return key.startsWith('the ') ? key.slice(4) : key;
  }
  let key = name.trim();
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(key)) key = key.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bc]/g, "'");
  key = key.toLowerCase().replace(/\s+/g, ' ');
  return key.startsWith('the ') ? key.slice(4) : key;
}

/**
 * True when `name` is ASCII and its only white space is single spaces between other characters:
 * trimming, folding accents and collapsing spaces then leave it as it is.
 */
function isPlainAscii(name: string): boolean {
  const last = name.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128 || (c >= 9 && c <= 13)) return false;
    if (c === 32 && (i === 0 || i === last || name.charCodeAt(i - 1) === 32)) return false;
  }
  return true;
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/u;

/**
 * The leading run of letters and digits of a name key: the part of a name's first word that no
 * punctuation or space interrupts. Every key of a name that starts with a word has that word's run.
 *
 * @example
 * leadingRun(placeKey("Port-au-Prince")) // 'port'
 */
export function leadingRun(key: string): string {
  const cut = asciiRunEnd(key);
  if (cut === key.length) return key;
  if (cut >= 0) return key.slice(0, cut);
  const found = key.search(NOT_LETTER_OR_DIGIT);
  return found < 0 ? key : key.slice(0, found);
}

/**
 * Where the leading run of `key` ends when it ends at an ASCII character (or at the key's end);
 * -1 when a non-ASCII character comes first and the Unicode test must decide.
 */
function asciiRunEnd(key: string): number {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 128) return -1;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return i;
  }
  return key.length;
}

/**
 * The key of one token, given its lower-cased form (`TokenTable.lower`): a plain ASCII word's key
 * is that form itself (a word without spaces has no "the " to drop), so nothing is built.
 *
 * @example
 * tokenPlaceKey('Baghdad', 'baghdad') // 'baghdad', the same string as the lower-cased token
 */
export function tokenPlaceKey(word: string, lower: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || c === 32 || (c >= 9 && c <= 13)) return placeKey(word);
  }
  return lower;
}
