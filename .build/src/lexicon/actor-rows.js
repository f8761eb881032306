import { actorCodeOf, checkRange, dateOf, fullCodeOf, phrasesOf, required, rolesOf, } from './actor-fields.js';
/**
 * The header each kind of file must have, column for column.
 *
 * @example
 * ACTOR_FILE_COLUMNS.roles // ['role', 'nouns', 'notes']
 */
export const ACTOR_FILE_COLUMNS = Object.freeze({
    countries: Object.freeze(['code', 'name', 'names', 'adjectives', 'people', 'capitals']),
    metonyms: Object.freeze(['country', 'roles', 'name', 'names', 'notes']),
    organizations: Object.freeze(['code', 'name', 'names', 'notes']),
    groups: Object.freeze(['country', 'roles', 'name', 'names', 'notes']),
    roles: Object.freeze(['role', 'nouns', 'notes']),
    titles: Object.freeze(['roles', 'titles', 'notes']),
    people: Object.freeze(['name', 'names', 'country', 'roles', 'from', 'to', 'office']),
});
function entriesFor(kind, phrases, shape, origin) {
    return phrases.map((phrase) => ({
        kind,
        phrase,
        code: shape.code,
        country: shape.country,
        roles: shape.roles,
        name: shape.name,
        from: shape.from ?? null,
        to: shape.to ?? null,
        origin,
    }));
}
/** The canonical name and the other names of a row, as phrases without repeats. */
function namesOf(row) {
    const name = required(row.cell('name'), 'name', row.at);
    const phrases = phrasesOf(`${name}${row.cell('names') ? `|${row.cell('names')}` : ''}`, row.at);
    return { name, phrases };
}
function countryRows(row) {
    const code = required(row.cell('code'), 'code', row.at);
    const { name, phrases } = namesOf(row);
    const bare = { code, country: code, roles: [], name };
    const gov = { code: `${code}GOV`, country: code, roles: ['GOV'], name };
    return [
        ...entriesFor('country', phrases, bare, row.origin),
        ...entriesFor('adjective', phrasesOf(row.cell('adjectives'), row.at), bare, row.origin),
        ...entriesFor('people', phrasesOf(row.cell('people'), row.at), bare, row.origin),
        ...entriesFor('capital', phrasesOf(row.cell('capitals'), row.at), gov, row.origin),
    ];
}
/** A sub-state body or group with its country and roles: metonyms and groups share this shape. */
function namedBodyRows(kind, row) {
    const { name, phrases } = namesOf(row);
    const shape = actorCodeOf(row.cell('country'), row.cell('roles'), row.at);
    return entriesFor(kind, phrases, { ...shape, name }, row.origin);
}
function organizationRows(row) {
    const shape = fullCodeOf(required(row.cell('code'), 'code', row.at), row.at);
    const { name, phrases } = namesOf(row);
    return entriesFor('organization', phrases, { ...shape, name }, row.origin);
}
function roleRows(row) {
    const roles = rolesOf(required(row.cell('role'), 'role', row.at), row.at);
    const nouns = phrasesOf(required(row.cell('nouns'), 'nouns', row.at), row.at);
    return entriesFor('role', nouns, { code: roles.join(''), country: null, roles, name: null }, row.origin);
}
function titleRows(row) {
    const roles = rolesOf(required(row.cell('roles'), 'roles', row.at), row.at);
    const titles = phrasesOf(required(row.cell('titles'), 'titles', row.at), row.at);
    return entriesFor('title', titles, { code: roles.join(''), country: null, roles, name: null }, row.origin);
}
function personRows(row) {
    const { name, phrases } = namesOf(row);
    const actor = actorCodeOf(row.cell('country'), row.cell('roles'), row.at);
    const from = dateOf(required(row.cell('from'), 'from', row.at), 'from', row.at);
    const to = dateOf(row.cell('to'), 'to', row.at);
    checkRange(from, to, row.at);
    const shape = { ...actor, name, from, to };
    return entriesFor('person', phrases, shape, row.origin);
}
/**
 * The entries one row of a file of the given kind defines (a row with several names gives one
 * entry per name); throws LEXICON_INVALID at the row's line when a cell is wrong.
 *
 * @example
 * entriesOfRow('roles', row) // [{ kind: 'role', phrase: 'troops', code: 'MIL', ... }, ...]
 */
export function entriesOfRow(kind, row) {
    switch (kind) {
        case 'countries':
            return countryRows(row);
        case 'metonyms':
            return namedBodyRows('capital', row);
        case 'groups':
            return namedBodyRows('group', row);
        case 'organizations':
            return organizationRows(row);
        case 'roles':
            return roleRows(row);
        case 'titles':
            return titleRows(row);
        case 'people':
            return personRows(row);
    }
}
