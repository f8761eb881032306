import { ParleyError } from '../core/errors.js';
import { readInputs, type InputChoice } from '../stages/ingest/index.js';
import type { ParleyDocument } from '../core/document.js';
import { articleIdentity, sameArticle, type ArticleIdentity } from '../store/article-identity.js';
import { createIngester, type IngestTally } from '../store/ingest-documents.js';
import type { Store } from '../store/open-store.js';
import { CODING_BATCH, inBatches, textLength } from './batches.js';
import type { Coder } from './coder.js';
import { estimateArticles } from './ingest-estimate.js';
import { warn, type CommandIo } from './io.js';
import { createProgress } from './progress.js';

/** What an ingest run did. */
export interface IngestReport extends IngestTally {
  /** Articles not coded because the store had them already. */
  readonly skipped: number;
  readonly bad: number;
}

export interface IngestRunOptions {
  readonly date?: string | null;
  readonly input?: InputChoice;
  readonly batch?: number;
}

/** An input item not coded because its article is stored already. */
const SKIPPED = Symbol('skipped');

/**
 * Reads, codes and stores every input: articles already stored are skipped before coding, a bad
 * input is reported on one line and skipped, progress goes to standard error.
 *
 * @example
 * const report = await ingestInputs(['news/'], store, coder, io);
 */
export async function ingestInputs(inputs: readonly string[], store: Store, coder: Coder, io: CommandIo, options: IngestRunOptions = {}): Promise<IngestReport> {
  const ingester = createIngester(store, { batch: options.batch });
  const progress = createProgress(io);
  if (progress.tty) progress.expect(await estimateArticles(inputs));
  let bad = 0;
  let skipped = 0;
  const fail = (e: ParleyError) => {
    bad++;
    progress.clear();
    warn(io, e.oneLine());
  };
  const items = readInputs(inputs, { input: options.input ?? 'auto', date: options.date ?? null, stdin: io.stdin });
  try {
    for await (const batch of inBatches(items, textLength, CODING_BATCH)) {
      // Articles the store (or this batch) has already are skipped before coding.
      const fresh: { doc: ParleyDocument; identity: ArticleIdentity }[] = [];
      const outcome = batch.map((item) => {
        if (item.kind === 'error') return item.error;
        const identity = articleIdentity(item.doc);
        if (ingester.isStored(identity) || fresh.some((f) => sameArticle(f.identity, identity))) return SKIPPED;
        fresh.push({ doc: item.doc, identity });
        return fresh.length - 1;
      });
      const coded = coder.analyseBatch(fresh.map((f) => f.doc));
      for (const o of outcome) {
        if (o === SKIPPED) skipped++;
        else if (o instanceof ParleyError) { fail(o); continue; } else {
          const doc = coded[o];
          if (doc instanceof ParleyError) { fail(doc); continue; }
          try {
            ingester.add(doc, coder.records(doc), fresh[o].identity);
          } catch (e) {
            if (!(e instanceof ParleyError)) throw e;
            fail(e);
            continue;
          }
        }
        progress.tick(ingester.tally.stored, skipped, ingester.tally.newEvents);
      }
    }
  } catch (e) {
    // The batch in flight goes, as in a crash; every committed batch stays.
    ingester.abort();
    throw e;
  }
  ingester.flush();
  progress.clear();
  return { ...ingester.tally, skipped: skipped + ingester.tally.duplicates, bad };
}
