import type { Span } from './span.js';

export type DatePrecision = 'day' | 'month' | 'year';
export type DateBasis = 'explicit' | 'relative' | 'published' | 'none';

/** A date expression in the text, resolved against the publication date. */
export interface DateMention {
  readonly kind: 'date';
  readonly sentence: number;
  readonly span: Span;
  /** YYYY-MM-DD (first day of the month or year for coarser precision), or null. */
  readonly value: string | null;
  readonly precision: DatePrecision;
  readonly basis: 'explicit' | 'relative';
  /** True for a past year or era well before publication ("the 1979 crisis", "in the 1980s"). */
  readonly historical: boolean;
}

export interface DatesLayer {
  /** The publication date and where it came from ('published' basis when known). */
  readonly published: { readonly value: string | null; readonly source: 'input' | 'option' | 'meta' | 'dateline' | 'none' };
  readonly mentions: readonly DateMention[];
}
