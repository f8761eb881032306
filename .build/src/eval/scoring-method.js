import { scoreCameoClass } from './score-cameo-class.js';
import { scoreCameoDyads } from './score-cameo-dyads.js';
import { scoreCodeRecall } from './score-code-recall.js';
import { scorePloverDyads } from './score-plover-dyads.js';
/** The suites whose scoring is fixed by name. */
const KNOWN_SUITES = Object.freeze({
    petrarch2_gsr: 'dyadic-cameo',
    petrarch2_pytest: 'dyadic-cameo',
    plover_gsr_cameo: 'dyadic-plover',
    cameo_manual_examples: 'code-recall',
    conflibert_cameo_class: 'cameo-class',
});
/**
 * How to score a suite: by its name when known; otherwise by what its gold gives: actor codes
 * and CAMEO codes are scored like petrarch2_gsr, actor codes and PLOVER types like
 * plover_gsr_cameo, root classes like conflibert_cameo_class, anything else by code recall.
 *
 * @example
 * scoringMethodFor('petrarch2_gsr', []) // 'dyadic-cameo'
 */
export function scoringMethodFor(suite, records) {
    const known = KNOWN_SUITES[suite];
    if (known !== undefined)
        return known;
    const events = records.flatMap((record) => record.expected);
    const dyadic = events.filter((event) => event.source !== null && event.target !== null);
    if (dyadic.some((event) => event.code !== null))
        return 'dyadic-cameo';
    if (dyadic.some((event) => event.plover !== null))
        return 'dyadic-plover';
    if (events.some((event) => event.code === null && event.cameo_roots !== null))
        return 'cameo-class';
    return 'code-recall';
}
/** The scorer of each method. */
export const SCORERS = Object.freeze({
    'dyadic-cameo': scoreCameoDyads,
    'dyadic-plover': scorePloverDyads,
    'code-recall': scoreCodeRecall,
    'cameo-class': scoreCameoClass,
});
