export { readInputs, detectFormat, type ReadInputsOptions, type InputChoice } from './read-inputs.js';
export {
  type InputReader, type IngestItem, type ReaderOptions, DEFAULT_MAX_BYTES, ingestError, errorItem, documentItem,
} from './input-reader.js';
export { type InputSource, fileSource, memorySource, streamSource, HEAD_BYTES } from './input-source.js';
export { defaultReaders, type ReaderTable } from './readers.js';
export { createTextReader } from './text-reader.js';
export { createHtmlReader } from './html-reader.js';
export { createJsonlReader } from './jsonl-reader.js';
export { createFeedReader } from './feed-reader.js';
export { parseFeed, type ParsedFeed, type FeedEntry } from './feed-xml.js';
export { createWarcReader } from './warc-reader.js';
export { readWarcRecords, type WarcItem, type WarcHeaders } from './warc-records.js';
export { fetchUrlSource, isUrlInput, DEFAULT_URL_TIMEOUT_MS } from './url-source.js';
export { htmlFragmentText } from './html-fragment.js';
export { jsonlRecordDocument } from './jsonl-record.js';
export { formatFromExtension, formatFromContent, formatFromContentType } from './detect-format.js';
export { extractHtmlArticle, type HtmlArticle } from './html-article.js';
export { isIsoDate, normalisePublicationDate } from './publication-date.js';
