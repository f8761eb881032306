/**
 * The role blocks an actor code may carry after its country, with what each means. Dictionary
 * files are checked against this list; docs/dictionaries.md mirrors it.
 *
 * @example
 * ROLE_CODES.MIL // 'military: troops, soldiers, armed forces'
 */
export const ROLE_CODES = Object.freeze({
    GOV: 'government: executive, ministers, officials, diplomats, head of state',
    MIL: 'military: troops, soldiers, armed forces, commanders',
    COP: 'police and other internal security forces',
    REB: 'rebels, insurgents, militants and armed non-state groups',
    OPP: 'political opposition, dissidents, protesters',
    JUD: 'judiciary: courts, judges, prosecutors',
    LEG: 'legislature: parliament, lawmakers',
    PTY: 'a political party',
    MED: 'media: journalists, newspapers, broadcasters',
    BUS: 'business: companies, firms, businessmen',
    CVL: 'civilians: residents, citizens, villagers',
    REF: 'refugees, migrants, displaced people',
    SPY: 'intelligence services and agents',
    UAF: 'unidentified armed forces: gunmen, assailants',
    EDU: 'education: students, teachers, universities',
    HLH: 'health: doctors, nurses, hospitals',
    LAB: 'labour: workers, trade unions',
    REL: 'religious: clergy, clerics, churches, mosques',
    ELI: 'elites: former officials, notables, tribal elders',
    AGR: 'agriculture: farmers',
    CRM: 'criminals: gangs, smugglers, traffickers',
    ENV: 'environmental groups and activists',
    HRI: 'human rights groups and activists',
    SEP: 'separatists',
    MUS: 'Muslim identity (a religious block, as in EGYOPPMUS)',
    IGO: 'an intergovernmental organization',
    NGO: 'a non-governmental organization',
    MNC: 'a multinational corporation',
    IMG: 'an international militarized group',
});
/**
 * The blocks that may stand where a country does in a code, for actors that have none:
 * international and transnational bodies, and `---` (country unknown or none).
 *
 * @example
 * NON_COUNTRY_PREFIXES.includes('IGO') // true
 */
export const NON_COUNTRY_PREFIXES = Object.freeze(['IGO', 'NGO', 'MNC', 'IMG', '---']);
/**
 * Splits a code into its three-character blocks, or returns null if it is not made of them.
 *
 * @example
 * codeBlocks('IRQGOVMIL') // ['IRQ', 'GOV', 'MIL']
 */
export function codeBlocks(code) {
    if (code.length === 0 || code.length % 3 !== 0 || !/^(---|[A-Z]{3})([A-Z]{3})*$/.test(code))
        return null;
    const blocks = [];
    for (let i = 0; i < code.length; i += 3)
        blocks.push(code.slice(i, i + 3));
    return blocks;
}
