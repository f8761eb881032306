/** Joins a country (or IGO/NGO prefix) and role blocks into a code: ('IRQ', ['GOV','MIL']) -> 'IRQGOVMIL'. */
export function actorCode(prefix, roles) {
    return (prefix ?? '---') + roles.join('');
}
