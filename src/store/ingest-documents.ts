import type { ParleyDocument } from '../core/document.js';
import type { EventRecord } from '../core/event-record.js';
import { createArticleWriter, type ArticleOutcome } from './article-writer.js';
import { articleIdentity, sameArticle, type ArticleIdentity } from './article-identity.js';
import type { Store } from './open-store.js';
import { deferRollups } from './rollup-deferral.js';

/** Running totals of an ingest. */
export interface IngestTally {
  stored: number;
  duplicates: number;
  mentions: number;
  newEvents: number;
}

/** Feeds coded articles into a store in batches, one transaction per batch. */
export interface Ingester {
  /** True when an article with this identity is stored or queued already (so it need not be coded). */
  isStored(identity: ArticleIdentity): boolean;
  /** Queues a coded article (with its identity when the caller has it); a full batch is committed at once. */
  add(doc: ParleyDocument, records: readonly EventRecord[], identity?: ArticleIdentity): void;
  /** Commits what is queued. */
  flush(): void;
  readonly tally: Readonly<IngestTally>;
}

export interface IngesterOptions {
  /** Articles per transaction (default 200: fewer, larger commits write each index page fewer times). A killed run loses at most the batch in flight. */
  readonly batch?: number;
  /** The clock, for `ingested_at` (tests pass a fixed one). */
  readonly now?: () => string;
}

/**
 * Batched, idempotent ingest: an article already stored (same URL or same text) is skipped, each
 * batch is one transaction, and a batch is all or nothing. A batch's new events join the timeline
 * and aggregate rollups together at its end (deferRollups). Run the same inputs again, or again
 * after a crash, and the store ends as one uninterrupted run would leave it.
 *
 * @example
 * const ingester = createIngester(store);
 * const id = articleIdentity(doc);
 * if (!ingester.isStored(id)) ingester.add(coded, coder.records(coded), id);
 * ingester.flush();
 */
export function createIngester(store: Store, options: IngesterOptions = {}): Ingester {
  const writer = createArticleWriter(store);
  const size = options.batch ?? 200;
  const now = options.now ?? (() => new Date().toISOString());
  const tally: IngestTally = { stored: 0, duplicates: 0, mentions: 0, newEvents: 0 };
  let pending: { doc: ParleyDocument; records: readonly EventRecord[]; identity: ArticleIdentity }[] = [];
  const commit = store.db.transaction((batch: typeof pending): ArticleOutcome[] => {
    const stamp = now();
    const settle = deferRollups(store.db);
    const outcomes = batch.map(({ doc, records, identity }) => writer.write(doc, records, stamp, identity));
    settle();
    return outcomes;
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
    isStored(identity) {
      return writer.storedId(identity) !== undefined || pending.some((p) => sameArticle(p.identity, identity));
    },
    add(doc, records, identity = articleIdentity(doc)) {
      pending.push({ doc, records, identity });
      if (pending.length >= size) flush();
    },
    flush,
    tally,
  };
}
