/**
 * The key a place name is indexed under: accents folded, lower case, curly quotes straightened,
 * spaces collapsed, a leading "the" dropped. Everything that indexes or looks up names uses it.
 *
 * @example
 * placeKey('the  Başrah') // 'basrah'
 */
export function placeKey(name) {
    let key = name.trim();
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(key))
        key = key.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bc]/g, "'");
    key = key.toLowerCase().replace(/\s+/g, ' ');
    return key.startsWith('the ') ? key.slice(4) : key;
}
