import { ParleyError } from '../core/errors.js';
import { NON_COUNTRY_PREFIXES, ROLE_CODES, codeBlocks } from './actor-codes.js';
import { splitAlternatives } from './tsv.js';
function invalid(at, message) {
    return new ParleyError('LEXICON_INVALID', message, { input: at.input, line: at.line });
}
/**
 * The phrases of a name cell: its alternatives with a leading "the" dropped (the actor matcher
 * skips determiners), duplicates removed.
 *
 * @example
 * phrasesOf('the United States|United States|US', at) // ['United States', 'US']
 */
export function phrasesOf(cell, at) {
    const out = [];
    for (const alt of splitAlternatives(cell, at.input, at.line)) {
        const phrase = alt.replace(/^the\s+/i, '').trim();
        if (phrase === '')
            throw invalid(at, `"${alt}" is only a determiner`);
        if (!out.includes(phrase))
            out.push(phrase);
    }
    return out;
}
/** A required cell's value, or an error naming the column. */
export function required(cell, column, at) {
    if (cell === undefined || cell === '')
        throw invalid(at, `column "${column}" is empty`);
    return cell;
}
/**
 * A country cell: an alpha-3 code listed in countries.tsv (returned), or one of the non-country
 * prefixes IGO, NGO, MNC, IMG, --- (returned as null country).
 *
 * @example
 * countryOf('IRQ', at) // { block: 'IRQ', country: 'IRQ' }
 */
export function countryOf(cell, at) {
    if (NON_COUNTRY_PREFIXES.includes(cell))
        return { block: cell, country: null };
    if (!at.countries.has(cell)) {
        throw invalid(at, `"${cell}" is not a country code in countries.tsv nor one of ${NON_COUNTRY_PREFIXES.join(', ')}`);
    }
    return { block: cell, country: cell };
}
/**
 * A roles cell: role blocks written together as in a code ("GOV", "GOVMIL"), each one of
 * ROLE_CODES.
 *
 * @example
 * rolesOf('GOVMIL', at) // ['GOV', 'MIL']
 */
export function rolesOf(cell, at) {
    const blocks = codeBlocks(cell);
    if (blocks === null)
        throw invalid(at, `roles "${cell}" are not three-letter blocks such as GOV or GOVMIL`);
    for (const b of blocks) {
        if (!(b in ROLE_CODES))
            throw invalid(at, `"${b}" is not a known role code (see docs/dictionaries.md)`);
    }
    return blocks;
}
/**
 * A full code such as "IGOUNO" or "USAGOV": the first block a country or prefix, then further
 * blocks. Blocks that are role codes become the roles; a non-country prefix other than "---" is
 * a role too (the contract lists IGO and NGO among roles). Other blocks (UNO, WST, NAT) name the
 * body and are kept in the code only.
 *
 * @example
 * fullCodeOf('IGOWSTNAT', at) // { code: 'IGOWSTNAT', country: null, roles: ['IGO'] }
 */
export function fullCodeOf(cell, at) {
    const blocks = codeBlocks(cell);
    if (blocks === null)
        throw invalid(at, `code "${cell}" is not made of three-letter blocks`);
    const { country } = countryOf(blocks[0], at);
    const roles = blocks.filter((b, i) => (i > 0 || country === null) && b in ROLE_CODES);
    return { code: cell, country, roles };
}
/**
 * The code of a row that gives a country and roles in two cells. The country cell may instead
 * hold an organization's full code ("IGOUNO" for the UN Secretary-General); then the roles
 * cell may be empty.
 *
 * @example
 * actorCodeOf('IRQ', 'GOV', at)  // { code: 'IRQGOV', country: 'IRQ', roles: ['GOV'] }
 * actorCodeOf('IGOUNO', '', at)  // { code: 'IGOUNO', country: null, roles: ['IGO'] }
 */
export function actorCodeOf(countryCell, rolesCell, at) {
    const cell = required(countryCell, 'country', at);
    if (cell.length > 3) {
        const base = fullCodeOf(cell, at);
        const extra = rolesCell === '' ? [] : rolesOf(rolesCell, at);
        return { code: base.code + extra.join(''), country: base.country, roles: [...base.roles, ...extra.filter((r) => !base.roles.includes(r))] };
    }
    const { block, country } = countryOf(cell, at);
    const roles = rolesOf(required(rolesCell, 'roles', at), at);
    // A transnational prefix (IMG, IGO) is itself a role block; "---" is not.
    const allRoles = country === null && block !== '---' ? [block, ...roles.filter((r) => r !== block)] : roles;
    return { code: block + roles.join(''), country, roles: allRoles };
}
function isCalendarDay(year, month, day) {
    if (month < 1 || month > 12 || day < 1)
        return false;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
    return day <= days;
}
/**
 * A date cell: "" (open) or a real calendar date written YYYY-MM-DD.
 *
 * @example
 * dateOf('2006-05-20', 'from', at) // '2006-05-20'
 */
export function dateOf(cell, column, at) {
    if (cell === '')
        return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
    if (!m || !isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
        throw invalid(at, `${column} "${cell}" is not a date written YYYY-MM-DD`);
    }
    return cell;
}
/** Checks that a date range runs forwards. */
export function checkRange(from, to, at) {
    if (from !== null && to !== null && from > to)
        throw invalid(at, `from ${from} is after to ${to}`);
}
