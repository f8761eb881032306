import type { DateBasis, DatePrecision } from './dates.js';
import type { Modality } from './event.js';

/** An actor as the contract prints it (offsets in code points). */
export interface ActorRecord {
  readonly code: string;
  readonly country: string | null;
  readonly roles: readonly string[];
  readonly name: string | null;
  readonly text: string;
  readonly span: readonly [number, number];
}

/** One event line of `parley code --format jsonl`, exactly the contract's fields. */
export interface EventRecord {
  readonly id: string;
  readonly doc_id: string;
  readonly sentence: number;
  readonly source: ActorRecord | null;
  readonly target: ActorRecord | null;
  readonly cameo: string;
  readonly cameo_root: string;
  readonly quad_class: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  readonly plover: { readonly type: string; readonly mode: string } | null;
  readonly date: { readonly value: string | null; readonly precision: DatePrecision; readonly basis: DateBasis };
  readonly location: { readonly name: string; readonly country: string; readonly lat: number | null; readonly lon: number | null; readonly geonames_id: number | null } | null;
  readonly modality: Modality;
  readonly confidence: number;
  readonly evidence: { readonly text: string; readonly span: readonly [number, number] };
}
