export { readInputs, detectFormat, type ReadInputsOptions, type InputChoice } from './read-inputs.js';
export {
  type InputReader, type IngestItem, type ReaderOptions, DEFAULT_MAX_BYTES, ingestError, errorItem, documentItem,
} from './input-reader.js';
export { type InputSource, fileSource, memorySource, streamSource, HEAD_BYTES } from './input-source.js';
export { defaultReaders, type ReaderTable } from './readers.js';
export { createTextReader } from './text-reader.js';
export { createHtmlReader } from './html-reader.js';
export { createJsonlReader } from './jsonl-reader.js';
export { jsonlRecordDocument } from './jsonl-record.js';
export { formatFromExtension, formatFromContent } from './detect-format.js';
export { extractHtmlArticle, type HtmlArticle } from './html-article.js';
export { isIsoDate, normalisePublicationDate } from './publication-date.js';
