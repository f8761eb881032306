import { ParleyError, isParleyError } from './errors.js';
/**
 * Chains stages, checking when built (not halfway through a run) that every layer a stage
 * requires is provided by an earlier one or already present on input documents (`given`).
 *
 * @example
 * const p = createPipeline([clean, segment, actors, events], { given: [] });
 * const coded = p.run(doc);
 */
export function createPipeline(stages, options = {}) {
    const available = new Set(options.given ?? []);
    for (const stage of stages) {
        const missing = stage.requires.filter((l) => !available.has(l));
        if (missing.length > 0) {
            throw new ParleyError('PIPELINE_INVALID', `stage '${stage.name}' requires ${missing.join(', ')}, which no earlier stage provides`, { stage: stage.name });
        }
        for (const l of stage.provides)
            available.add(l);
    }
    const frozen = Object.freeze([...stages]);
    return Object.freeze({
        stages: frozen,
        run(doc, timings) {
            let current = doc;
            for (const stage of frozen) {
                const t0 = timings ? performance.now() : 0;
                try {
                    current = stage.run(current);
                }
                catch (e) {
                    if (isParleyError(e))
                        throw e;
                    throw new ParleyError('STAGE_FAILED', `stage '${stage.name}' failed: ${e?.message ?? String(e)}`, {
                        stage: stage.name, docId: doc.meta.id, input: doc.meta.origin, cause: e,
                    });
                }
                if (timings)
                    timings.set(stage.name, (timings.get(stage.name) ?? 0) + performance.now() - t0);
            }
            return current;
        },
    });
}
