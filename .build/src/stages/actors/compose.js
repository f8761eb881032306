import { actorCode } from '../../core/actor.js';
import { hasKind } from './pieces.js';
const COUNTRYISH = new Set(['country', 'adjective', 'people', 'capital']);
/**
 * Reads a chunk's pieces as one actor: a known person or body wins; otherwise a country (from a
 * name, adjective or capital) joined with the role of the head noun or title.
 *
 * @example
 * // "Iraqi Prime Minister Nuri al-Maliki" -> { prefix: 'IRQ', roles: ['GOV'], name: 'Nuri al-Maliki' }
 */
export function specOfChunk(chunk, tokens, date) {
    let person = null;
    let body = null;
    let known = null;
    let country = null;
    let capital = null;
    let roles = null;
    let titleRoles = null;
    let unknownName = null;
    let countryOnly = true;
    let adjectiveOnly = true;
    // A role word right before a common noun only modifies it ("military exercises", "police station").
    const modifierOnly = chunk.end < tokens.count && tokens.pos[chunk.end] === 'NOUN' && tokens.sentence[chunk.end] === tokens.sentence[chunk.end - 1];
    const lastPiece = chunk.pieces[chunk.pieces.length - 1];
    for (const p of chunk.pieces) {
        if (modifierOnly && p === lastPiece && p.entries.every((e) => e.kind === 'role'))
            continue;
        if (p.known) {
            known = p.known;
            countryOnly = false;
            adjectiveOnly = false;
            continue;
        }
        const personEntry = pickDated(p.entries.filter((e) => e.kind === 'person'), date);
        if (personEntry) {
            person = personEntry;
            countryOnly = false;
            adjectiveOnly = false;
            continue;
        }
        const b = p.entries.find((e) => e.kind === 'organization' || e.kind === 'group');
        if (b) {
            body ??= b;
            countryOnly = false;
            adjectiveOnly = false;
            continue;
        }
        const c = p.entries.find((e) => COUNTRYISH.has(e.kind));
        if (c) {
            if (country === null)
                country = c.country;
            if (c.kind === 'capital' && p.entries.every((e) => e.kind === 'capital'))
                capital ??= c;
            if (!p.entries.every((e) => e.kind === 'adjective'))
                adjectiveOnly = false;
            if (c.kind === 'people' && p.entries.every((e) => e.kind === 'people'))
                adjectiveOnly = false;
            continue;
        }
        const title = p.entries.find((e) => e.kind === 'title');
        if (title && hasKind(p, 'title')) {
            titleRoles = title.roles.length ? title.roles : [title.code];
            if (p.end > p.matchEnd)
                unknownName = tokens.text.slice(p.matchEnd, p.end).join(' ');
            countryOnly = false;
            adjectiveOnly = false;
            continue;
        }
        const role = p.entries.find((e) => e.kind === 'role');
        if (role) {
            roles = role.roles.length ? role.roles : [role.code];
            countryOnly = false;
            adjectiveOnly = false;
            // "Libyan leader Muammar Gaddafi": a singular role noun before a name works as a title.
            if (p.end > p.matchEnd) {
                titleRoles = roles;
                unknownName = tokens.text.slice(p.matchEnd, p.end).join(' ');
            }
        }
    }
    if (person) {
        return spec(person.country, person.country ?? prefixOf(person.code), person.roles, person.name, 'person', false, false, introduce(person.name ?? '', person.code, person.country, person.roles, person.name), person.code);
    }
    if (known)
        return spec(known.country, known.country ?? prefixOf(known.code), known.roles, known.name, 'coreference', false, false, null, known.code);
    if (body) {
        if (body.roles.length > 0 || !roles)
            return spec(body.country, body.country ?? prefixOf(body.code), body.roles, body.name, 'dictionary', false, false, null, body.code);
        return spec(body.country, body.country ?? prefixOf(body.code), roles, body.name, 'dictionary', false, false, null, null);
    }
    // "Israeli shelling", "the Macedonian flag": an adjective alone names the country (never a place).
    if (adjectiveOnly)
        return country === null ? null : spec(country, country, [], null, 'dictionary', false, true, null, null);
    const headRoles = titleRoles ?? roles;
    if (headRoles) {
        const evidence = titleRoles ? 'title' : 'role';
        const intro = unknownName ? introduce(unknownName, actorCode(country, headRoles), country, headRoles, unknownName) : null;
        return spec(country, country, headRoles, unknownName, evidence, country === null, false, intro);
    }
    if (capital)
        return spec(capital.country, capital.country, capital.roles.length ? capital.roles : ['GOV'], capital.name, 'capital', false, true, null, capital.code);
    if (country !== null)
        return spec(country, country, [], null, 'dictionary', false, countryOnly, null);
    return null;
}
function spec(country, prefix, roles, name, evidence, needsCountry, bareCountry, introduces, code = null) {
    return { country, prefix, roles, name, evidence, needsCountry, bareCountry, introduces, code };
}
function introduce(fullName, code, country, roles, name) {
    const words = fullName.split(/\s+/).filter(Boolean);
    if (words.length === 0)
        return null;
    return { surname: words[words.length - 1].toLowerCase(), known: { code, country, roles, name } };
}
function prefixOf(code) {
    return code.slice(0, 3);
}
/** The entry whose dates include `date`; without a date, the most recent; else the nearest. */
export function pickDated(entries, date) {
    if (entries.length === 0)
        return null;
    if (entries.length === 1 || date === null) {
        return [...entries].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0];
    }
    const inRange = entries.find((e) => (e.from === null || e.from <= date) && (e.to === null || date <= e.to));
    if (inRange)
        return inRange;
    let best = entries[0];
    let bestGap = Infinity;
    for (const e of entries) {
        const gap = Math.min(gapDays(e.from, date), gapDays(e.to, date));
        if (gap < bestGap) {
            bestGap = gap;
            best = e;
        }
    }
    return best;
}
function gapDays(a, b) {
    if (a === null)
        return Infinity;
    return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}
