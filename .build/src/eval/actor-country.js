/**
 * Legacy CAMEO country codes that older dictionaries and gold sets still use, with their
 * ISO 3166-1 alpha-3 equivalents.
 *
 * @example
 * LEGACY_COUNTRY_CODES.ROM // 'ROU'
 */
export const LEGACY_COUNTRY_CODES = Object.freeze({
    ROM: 'ROU',
    ZAR: 'COD',
    TMP: 'TLS',
});
/**
 * Non-state prefixes that stand where a country would in a CAMEO code ("IGOUNO"); they carry no
 * `country` on a predicted actor but still compare against the gold code's first block.
 */
const NON_STATE_PREFIXES = new Set(['IGO', 'NGO', 'IMG', 'MNC']);
/** Maps a three-letter country block to its ISO form; "---" and empty mean no country. */
function countryBlock(block) {
    const upper = block.toUpperCase();
    if (upper.length < 3 || upper === '---')
        return null;
    return LEGACY_COUNTRY_CODES[upper] ?? upper;
}
/**
 * The country of a CAMEO-style actor code: its first three letters, legacy codes mapped to ISO;
 * `null`, absent or "---" is no country.
 *
 * @example
 * countryOfCode('ROMGOV') // 'ROU'
 * countryOfCode('---REB') // null
 */
export function countryOfCode(code) {
    if (code === null || code === undefined)
        return null;
    return countryBlock(code.slice(0, 3));
}
/**
 * The country a predicted actor stands for when it is compared with gold: its `country`, else a
 * non-state prefix of its code ("IGO" for "IGOUNO"), else no country.
 *
 * @example
 * countryOfActor({ code: 'IGOUNO', country: null, roles: ['IGO'], name: null, text: 'the UN', span: [0, 6] }) // 'IGO'
 */
export function countryOfActor(actor) {
    if (actor === null)
        return null;
    if (actor.country !== null && actor.country !== '')
        return countryBlock(actor.country);
    const prefix = countryOfCode(actor.code);
    return prefix !== null && NON_STATE_PREFIXES.has(prefix) ? prefix : null;
}
