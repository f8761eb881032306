import type { ParleyDocument } from '../core/document.js';
import type { EventRecord } from '../core/event-record.js';
import { createArticleWriter, type ArticleOutcome } from './article-writer.js';
import { canonicalUrl, contentHash } from './article-identity.js';
import type { Store } from './open-store.js';

/** Running totals of an ingest. */
export interface IngestTally {
  stored: number;
  duplicates: number;
  mentions: number;
  newEvents: number;
}

/** Feeds coded articles into a store in batches, one transaction per batch. */
export interface Ingester {
  /** True when an article with this URL or text is stored already (so it need not be coded). */
  isStored(doc: ParleyDocument): boolean;
  /** Queues a coded article; a full batch is committed at once. */
  add(doc: ParleyDocument, records: readonly EventRecord[]): void;
  /** Commits what is queued. */
  flush(): void;
  readonly tally: Readonly<IngestTally>;
}

export interface IngesterOptions {
  /** Articles per transaction (default 50). A killed run loses at most the batch in flight. */
  readonly batch?: number;
  /** The clock, for `ingested_at` (tests pass a fixed one). */
  readonly now?: () => string;
}

/**
 * Batched, idempotent ingest: an article already stored (same URL or same text) is skipped, each
 * batch is one transaction, and a batch is all or nothing. Run the same inputs again, or again
 * after a crash, and the store ends as one uninterrupted run would leave it.
 *
 * @example
 * const ingester = createIngester(store);
 * for (const doc of docs) if (!ingester.isStored(doc)) ingester.add(coded, coder.code(doc));
 * ingester.flush();
 */
export function createIngester(store: Store, options: IngesterOptions = {}): Ingester {
  const writer = createArticleWriter(store);
  const size = options.batch ?? 50;
  const now = options.now ?? (() => new Date().toISOString());
  const byUrl = store.db.prepare('SELECT 1 FROM articles WHERE url = ?').pluck();
  const byHash = store.db.prepare('SELECT 1 FROM articles WHERE content_hash = ?').pluck();
  const tally: IngestTally = { stored: 0, duplicates: 0, mentions: 0, newEvents: 0 };
  let pending: { doc: ParleyDocument; records: readonly EventRecord[] }[] = [];
  const commit = store.db.transaction((batch: typeof pending): ArticleOutcome[] => {
    const stamp = now();
    return batch.map(({ doc, records }) => writer.write(doc, records, stamp));
  });
  const flush = () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    for (const o of commit(batch)) {
      if (o.status === 'duplicate') { tally.duplicates++; continue; }
      tally.stored++;
      tally.mentions += o.mentions;
      tally.newEvents += o.newEvents;
    }
  };
  return {
    isStored(doc) {
      const url = canonicalUrl(doc.meta.url);
      if (url !== null && byUrl.get(url) !== undefined) return true;
      if (byHash.get(contentHash(doc.text)) !== undefined) return true;
      return pending.some((p) => p.doc.text === doc.text || (url !== null && canonicalUrl(p.doc.meta.url) === url));
    },
    add(doc, records) {
      pending.push({ doc, records });
      if (pending.length >= size) flush();
    },
    flush,
    tally,
  };
}
