import type { Span } from '../../core/span.js';

// Wider nets than `mayHoldDate`'s tests (no word boundaries, so no dependence on the characters
// around a sentence): where they find nothing in a sentence, `mayHoldDate` finds nothing either.
const CALENDAR_NAME_NET = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/g;
const RELATIVE_WORD_NET = /yesterday|today|tonight|tomorrow|ago|week|month|year|\d[/.-]\d/gi;

/**
 * A cheap test of a document's sentences, in text order, before `mayHoldDate` (which needs the
 * sentence cut out and three searches): could the sentence hold a date expression at all? Each
 * net is run over the whole text once, from sentence to sentence: the next place it matches is
 * remembered, so no part of the text is searched twice.
 *
 * @example
 * const cues = new TextCues(doc.text);
 * for (const s of sentences) if (cues.mayHoldDate(s.span) && mayHoldDate(sentenceText(s))) ...
 */
export class TextCues {
  private readonly nets: { readonly name: RegExp; readonly relative: RegExp };
  // Where each net next matches at or after `from` (the last sentence's start); -1: not searched.
  private from = -1;
  private nameAt = -1;
  private relativeAt = -1;

  constructor(private readonly text: string) {
    // Copies: a global expression carries its search position.
    this.nets = { name: new RegExp(CALENDAR_NAME_NET), relative: new RegExp(RELATIVE_WORD_NET) };
  }

  /** False when the sentence surely holds nothing `mayHoldDate` looks for. */
  mayHoldDate(span: Span): boolean {
    if (span[0] < this.from) this.nameAt = this.relativeAt = -1; // out of order: search afresh
    this.from = span[0];
    if (this.nameAt < span[0]) this.nameAt = this.next(this.nets.name, span[0]);
    if (this.nameAt < span[1]) return true;
    if (this.relativeAt < span[0]) this.relativeAt = this.next(this.nets.relative, span[0]);
    return this.relativeAt < span[1];
  }

  // Where the net first matches at or after `from`, or the text's length when nowhere.
  private next(net: RegExp, from: number): number {
    net.lastIndex = from;
    const m = net.exec(this.text);
    return m === null ? this.text.length : m.index;
  }
}
