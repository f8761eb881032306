import type { ParleyDocument } from '../core/document.js';
import type { EventRecord } from '../core/event-record.js';
import { articleIdentity } from '../store/article-identity.js';
import { createArticleWriter } from '../store/article-writer.js';
import type { Store } from '../store/open-store.js';
import { deferRollups } from '../store/rollup-deferral.js';

/** What the server needs of the coder (the CLI's `Coder` is one). */
export interface ArticleCoder {
  analyse(doc: ParleyDocument): ParleyDocument;
  records(doc: ParleyDocument): EventRecord[];
}

/** What storing one posted article did. */
export interface IngestedArticle {
  /** 'duplicate': an article with the same URL or text is stored already; nothing was coded. */
  readonly status: 'stored' | 'duplicate';
  /** The store id of the article (the stored one, for a duplicate). */
  readonly articleId: number;
  readonly mentions: number;
  readonly newEvents: number;
}

/** Codes and stores one article; injected into the API so that tests can pass their own. */
export type ArticleIngest = (doc: ParleyDocument) => IngestedArticle;

/**
 * The ingest a writable server runs: an article already stored (same URL or text) is not coded
 * again; otherwise it is coded and written in one transaction, its mentions merged into stored
 * events as `parley ingest` does.
 *
 * @example
 * createApi({ db: store, token, ingest: createArticleIngest(store, createCoder()) })
 */
export function createArticleIngest(store: Store, coder: ArticleCoder, now: () => string = () => new Date().toISOString()): ArticleIngest {
  const writer = createArticleWriter(store);
  const write = store.db.transaction((doc: ParleyDocument, records: readonly EventRecord[], identity: ReturnType<typeof articleIdentity>) => {
    const settle = deferRollups(store.db);
    const outcome = writer.write(doc, records, now(), identity);
    settle();
    return outcome;
  });
  return (doc) => {
    const identity = articleIdentity(doc);
    const seen = writer.storedId(identity);
    if (seen !== undefined) return { status: 'duplicate', articleId: seen, mentions: 0, newEvents: 0 };
    const coded = coder.analyse(doc);
    // IMMEDIATE: take the write lock first (waiting out another writer), so that another process's
    // commit between this read and the first write cannot fail the transaction.
    return write.immediate(coded, coder.records(coded), identity);
  };
}
