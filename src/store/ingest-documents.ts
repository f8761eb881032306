import type { ParleyDocument } from '../core/document.js';
import type { EventRecord } from '../core/event-record.js';
import { createArticleWriter, type ArticleOutcome } from './article-writer.js';
import { articleIdentity, type ArticleIdentity } from './article-identity.js';
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
  /** True when an article with this identity is stored already (committed, or written in the open batch), so it need not be coded. */
  isStored(identity: ArticleIdentity): boolean;
  /** Writes a coded article (with its identity when the caller has it) into the open batch; a full or old batch is committed. */
  add(doc: ParleyDocument, records: readonly EventRecord[], identity?: ArticleIdentity): void;
  /** Commits the open batch, if any. */
  flush(): void;
  /** Rolls the open batch back, if any (what a crash would do); the tally forgets it. */
  abort(): void;
  /** Totals of the articles written, committed or in the open batch. */
  readonly tally: Readonly<IngestTally>;
}

export interface IngesterOptions {
  /** Articles per transaction (default 1000: fewer, larger commits write each index page and rollup row fewer times). A killed run loses at most the batch in flight. */
  readonly batch?: number;
  /** A batch open this long (ms, default 5000) is committed at the next article, so that a slow input's articles become visible. */
  readonly maxBatchMs?: number;
  /** The clock, for `ingested_at` (tests pass a fixed one). */
  readonly now?: () => string;
}

/** The transaction of the batch being written. */
interface OpenBatch {
  readonly settle: () => void;
  readonly stamp: string;
  readonly started: number;
  articles: number;
  readonly tally: IngestTally;
}

const emptyTally = (): IngestTally => ({ stored: 0, duplicates: 0, mentions: 0, newEvents: 0 });

/**
 * Batched, idempotent ingest: an article already stored (same URL or same text) is skipped, each
 * batch is one transaction, and a batch is all or nothing. Articles are written as they come into
 * the batch's open transaction (nothing is held in memory but the transaction's pages), and a
 * batch's new events join the timeline and aggregate rollups together at its commit
 * (deferRollups). Run the same inputs again, or again after a crash, and the store ends as one
 * uninterrupted run would leave it.
 *
 * @example
 * const ingester = createIngester(store);
 * const id = articleIdentity(doc);
 * if (!ingester.isStored(id)) ingester.add(coded, coder.records(coded), id);
 * ingester.flush();
 */
export function createIngester(store: Store, options: IngesterOptions = {}): Ingester {
  const writer = createArticleWriter(store);
  const size = options.batch ?? 1000;
  const maxMs = options.maxBatchMs ?? 5000;
  const now = options.now ?? (() => new Date().toISOString());
  const committed = emptyTally();
  let open: OpenBatch | null = null;

  const begin = (): OpenBatch => {
    store.db.exec('BEGIN');
    try {
      return { settle: deferRollups(store.db), stamp: now(), started: Date.now(), articles: 0, tally: emptyTally() };
    } catch (e) {
      store.db.exec('ROLLBACK');
      throw e;
    }
  };
  const abort = () => {
    if (open === null) return;
    open = null;
    if (store.db.inTransaction) store.db.exec('ROLLBACK');
  };
  const flush = () => {
    if (open === null) return;
    const batch = open;
    try {
      batch.settle();
      store.db.exec('COMMIT');
    } catch (e) {
      abort();
      throw e;
    }
    open = null;
    for (const k of Object.keys(committed) as (keyof IngestTally)[]) committed[k] += batch.tally[k];
  };
  return {
    isStored(identity) {
      return writer.storedId(identity) !== undefined;
    },
    add(doc, records, identity = articleIdentity(doc)) {
      open ??= begin();
      const batch = open;
      // A savepoint per article: an article that fails leaves the rest of its batch as it was.
      let outcome: ArticleOutcome;
      store.db.exec('SAVEPOINT article');
      try {
        outcome = writer.write(doc, records, batch.stamp, identity);
      } catch (e) {
        if (store.db.inTransaction) store.db.exec('ROLLBACK TO article; RELEASE article');
        else open = null;
        throw e;
      }
      store.db.exec('RELEASE article');
      count(batch.tally, outcome);
      batch.articles++;
      if (batch.articles >= size || Date.now() - batch.started >= maxMs) flush();
    },
    flush,
    abort,
    get tally() {
      const t = { ...committed };
      if (open !== null) for (const k of Object.keys(t) as (keyof IngestTally)[]) t[k] += open.tally[k];
      return t;
    },
  };
}

function count(tally: IngestTally, o: ArticleOutcome): void {
  if (o.status === 'duplicate') { tally.duplicates++; return; }
  tally.stored++;
  tally.mentions += o.mentions;
  tally.newEvents += o.newEvents;
}
