/**
 * The key a place name is indexed under: accents folded, lower case, curly quotes straightened,
 * spaces collapsed, a leading "the" dropped. Everything that indexes or looks up names uses it.
 *
 * @example
 * placeKey('the  Başrah') // 'basrah'
 */
export function placeKey(name: string): string {
  let key = name.trim();
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(key)) key = key.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bc]/g, "'");
  key = key.toLowerCase().replace(/\s+/g, ' ');
  return key.startsWith('the ') ? key.slice(4) : key;
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
  const cut = key.search(NOT_LETTER_OR_DIGIT);
  return cut < 0 ? key : key.slice(0, cut);
}
