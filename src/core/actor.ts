import type { Span } from './span.js';

/** How an actor mention was recognised; it feeds the confidence of the events that use it. */
export type ActorEvidence = 'dictionary' | 'person' | 'title' | 'capital' | 'role' | 'coreference';

/**
 * An actor found in the text: a token range with its CAMEO-style code.
 * Members of a compound ("the US and Iran") are separate mentions sharing `group`.
 *
 * @example
 * // "Iraqi Prime Minister Nuri al-Maliki"
 * { code: 'IRQGOV', country: 'IRQ', roles: ['GOV'], name: 'Nuri al-Maliki', ... }
 */
export interface ActorMention {
  readonly kind: 'actor';
  readonly sentence: number;
  /** Token range `[first, end)` of this actor's own words ("Iran" in "officials from the US and Iran"). */
  readonly tokens: readonly [number, number];
  /** Token range of the whole noun phrase it belongs to ("officials from the US and Iran"). */
  readonly phrase: readonly [number, number];
  /** Offsets of this actor's own words in the text. */
  readonly span: Span;
  readonly code: string;
  readonly country: string | null;
  readonly roles: readonly string[];
  /** Canonical name of a known entity ("Nuri al-Maliki"), else null. */
  readonly name: string | null;
  readonly evidence: ActorEvidence;
  /** Mentions of one compound phrase share a group number; null when alone. */
  readonly group: number | null;
}

/** Joins a country (or IGO/NGO prefix) and role blocks into a code: ('IRQ', ['GOV','MIL']) -> 'IRQGOVMIL'. */
export function actorCode(prefix: string | null, roles: readonly string[]): string {
  return (prefix ?? '---') + roles.join('');
}
