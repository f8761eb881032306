import type { ParleyDocument } from '../core/document.js';
import type { EventRecord } from '../core/event-record.js';
import { createArticleWriter, type ArticleOutcome, type PreparedArticle } from './article-writer.js';
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
  /** The batch's articles as written, in order: what it takes to write the batch again. */
  readonly written: PreparedArticle[];
  readonly tally: IngestTally;
}

const emptyTally = (): IngestTally => ({ stored: 0, duplicates: 0, mentions: 0, newEvents: 0 });

/**
 * Batched, idempotent ingest: an article already stored (same URL or same text) is skipped, each
 * batch is one transaction, and a batch is all or nothing. Articles are written as they come into
 * the batch's open transaction, and a batch's new events join the timeline and aggregate rollups
 * together at its commit (deferRollups). Run the same inputs again, or again after a crash, and the
 * store ends as one uninterrupted run would leave it.
 *
 * An article that fails costs only itself. Its values are computed before any statement runs (a
 * record that cannot be stored fails there, with nothing written); should the store refuse one of
 * its rows half way, the batch is rolled back and its earlier articles, kept as prepared, are
 * written again. (A savepoint per article would do the same, but SQLite then copies every page an
 * article touches into a sub-journal: about a sixth of the store's time.)
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
      return { settle: deferRollups(store.db), stamp: now(), started: Date.now(), written: [], tally: emptyTally() };
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
  // The batch without the article that failed half way: rolled back and written again from its
  // prepared articles, with the same outcomes (the same writes on the same committed store). If
  // even that fails, the batch goes, as in a crash.
  const rewrite = (failed: OpenBatch) => {
    abort();
    try {
      const batch = begin();
      open = batch;
      for (const article of failed.written) {
        batch.written.push(article);
        count(batch.tally, writer.apply(article));
      }
    } catch (e) {
      abort();
      throw e;
    }
  };
  return {
    isStored(identity) {
      return writer.storedId(identity) !== undefined;
    },
    add(doc, records, identity = articleIdentity(doc)) {
      open ??= begin();
      const batch = open;
      const article = writer.prepare(doc, records, batch.stamp, identity);
      let outcome: ArticleOutcome;
      try {
        outcome = writer.apply(article);
      } catch (e) {
        rewrite(batch);
        throw e;
      }
      batch.written.push(article);
      count(batch.tally, outcome);
      if (batch.written.length >= size || Date.now() - batch.started >= maxMs) flush();
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
