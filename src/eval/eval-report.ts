import type { GoldEvent } from './gold.js';
import type { PrecisionRecall } from './prf.js';

/**
 * How a suite is scored: dyadic CAMEO triples (PETRARCH-style), dyadic PLOVER triples, code recall
 * (codebook examples), or top-1 CAMEO root class (ConfliBERT-style).
 */
export type ScoringMethod = 'dyadic-cameo' | 'dyadic-plover' | 'code-recall' | 'cameo-class';

/**
 * Why a gold event was missed or a prediction was wrong, by a simple heuristic:
 * - `no_prediction`: nothing coded (or left unmatched) in the record that could be it;
 * - `wrong_direction`: the same event with source and target swapped (also: one direction of a
 *   reciprocal gold pair coded, the other not);
 * - `wrong_actor_country`: the same event with another (or a missing) actor country;
 * - `wrong_root`: the same dyad (or any prediction) with another root (PLOVER suites: type);
 * - `wrong_code`: the right root, another code (code recall only);
 * - `spurious`: a prediction nothing in the gold explains.
 */
export type ErrorCause = 'no_prediction' | 'wrong_direction' | 'wrong_actor_country' | 'wrong_root' | 'wrong_code' | 'spurious';

/** All causes, in the order error tables list them. */
export const ERROR_CAUSES: readonly ErrorCause[] = Object.freeze([
  'no_prediction', 'wrong_direction', 'wrong_actor_country', 'wrong_root', 'wrong_code', 'spurious',
] as const);

/**
 * What a score compares: source country, target country (null: none) and the event (a root,
 * a code, a PLOVER type or a root class).
 *
 * @example
 * const t: ScoredTuple = { source: 'DEU', target: 'FRA', event: '19' };
 */
export interface ScoredTuple {
  readonly source: string | null;
  readonly target: string | null;
  readonly event: string | null;
}

/** A predicted event as error listings show it. */
export interface PredictionView {
  readonly source: string | null;
  readonly target: string | null;
  readonly cameo: string;
  readonly plover: string | null;
  readonly confidence: number;
  readonly evidence: { readonly text: string; readonly span: readonly [number, number] };
  /** The pattern that coded it, when the coder passes one along (an extra `pattern` field). */
  readonly pattern: string | null;
}

/** One missed gold event or one false alarm. */
export interface ScoredError {
  readonly kind: 'miss' | 'false_alarm';
  readonly cause: ErrorCause;
  readonly tuple: ScoredTuple;
  /** Index into the record's `gold` (miss) or `predicted` (false alarm). */
  readonly index: number;
}

/** A record with at least one error: its text, everything gold and predicted, and the errors. */
export interface RecordErrors {
  readonly id: string;
  readonly text: string;
  readonly gold: readonly GoldEvent[];
  readonly predicted: readonly PredictionView[];
  readonly errors: readonly ScoredError[];
}

/** A named headline figure of a suite ("type recall", "coverage"). */
export interface SuiteFigure {
  readonly name: string;
  readonly value: number | null;
  /** `share`: 0..1, printed as a percentage; `count`; `mean`: a plain average. */
  readonly unit: 'share' | 'count' | 'mean';
}

/** Error counts by cause, for misses and false alarms separately. */
export interface CauseCounts {
  readonly misses: Readonly<Record<ErrorCause, number>>;
  readonly falseAlarms: Readonly<Record<ErrorCause, number>>;
}

/**
 * One scored prediction as a reliability diagram sees it: the confidence the coder gave it and
 * whether the suite's own rule counts it right (docs/accuracy.md, "Confidence").
 *
 * @example
 * const j: Judgment = { confidence: 0.82, right: true };
 */
export interface Judgment {
  readonly confidence: number;
  readonly right: boolean;
}

/**
 * How a scorer sums up one suite (before the runner adds the suite's name and counts).
 */
export interface SuiteScore {
  readonly method: ScoringMethod;
  readonly records: number;
  /** Gold events the scoring counts (dyadic ones for dyadic scorings). */
  readonly goldEvents: number;
  /** All predicted events of the scored records. */
  readonly predicted: number;
  readonly score: PrecisionRecall;
  readonly figures: readonly SuiteFigure[];
  readonly causes: CauseCounts;
  readonly errors: readonly RecordErrors[];
  /** Every prediction the suite's rule judges, in record order (text reports leave them out). */
  readonly judged: readonly Judgment[];
}

/** A suite's line of the report; `errors` only when asked for. */
export interface SuiteReport extends Omit<SuiteScore, 'errors'> {
  readonly suite: string;
  readonly errors?: readonly RecordErrors[];
}

/**
 * The result of `parley eval`: plain data, `JSON.stringify`-able as it is.
 *
 * @example
 * const report: EvalReport = { records: 0, suites: [] };
 */
export interface EvalReport {
  readonly records: number;
  readonly suites: readonly SuiteReport[];
}
