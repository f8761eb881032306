import { withLayers } from '../../core/document.js';
import { createStage } from '../../core/stage.js';
import { findBoilerplate } from './find-boilerplate.js';
/**
 * The clean stage: marks boilerplate lines (donation and subscribe banners, share and related
 * links, bylines, photo credits, cookie and comment prompts, copyright lines, site chrome) as the
 * `boilerplate` layer: sorted, non-overlapping `[start, end)` spans. The text is never edited, so
 * offsets into it stay those of the input.
 *
 * @example
 * const doc = createCleanStage(loadBoilerplateRules()).run(createDocument(metaFor('a.txt'), 'Iran met Iraq.\nShare this article'));
 * doc.layers.boilerplate // [[15, 33]]
 */
export function createCleanStage(rules) {
    return createStage({
        name: 'clean',
        requires: [],
        provides: ['boilerplate'],
        run(doc) {
            const spans = findBoilerplate(doc.text, rules).map((line) => line.span);
            return withLayers(doc, { boilerplate: Object.freeze(spans) });
        },
    });
}
