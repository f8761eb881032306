import { createDocument } from '../../core/document.js';
import { asIngestError, documentItem, errorItem } from './input-reader.js';
import { readWholeText } from './whole-text.js';
/**
 * Reads plain text: the document text is the input exactly as given (a byte-order mark, white
 * space and line ends kept), so offsets slice the raw file. The id is the file's base name.
 *
 * @example
 * createTextReader().read(memorySource('a.txt', 'Iran met Iraq.'), { date: '2024-03-05', maxBytes: 1e8 })
 * // one document: id 'a.txt', date '2024-03-05', text 'Iran met Iraq.'
 */
export function createTextReader() {
    return Object.freeze({
        format: 'text',
        async *read(source, options) {
            let text;
            try {
                text = await readWholeText(source, options);
            }
            catch (e) {
                yield errorItem(asIngestError(e, source.origin));
                return;
            }
            yield documentItem(createDocument({
                id: source.name, title: null, date: options.date, url: null, source: null, byline: null,
                format: 'text', origin: source.origin,
            }, text));
        },
    });
}
