/** A highlighted range of the text, in UTF-16 offsets, and the kind of thing it marks. */
export interface Annotation {
  readonly start: number;
  readonly end: number;
  /** e.g. "actor", "trigger", "place", "date", "boilerplate", "source", "target". */
  readonly kind: string;
  /** A hover text: the actor's code, the date's value... */
  readonly title?: string;
}

/** A run of text where the same annotations hold. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly kinds: readonly string[];
  readonly titles: readonly string[];
}

/** A block of the text (a sentence, or the text between sentences) and its pieces. */
export interface Block {
  readonly start: number;
  readonly end: number;
  /** The index of the sentence, or null for text between sentences. */
  readonly sentence: number | null;
  readonly pieces: readonly Piece[];
}

/**
 * Cuts a text into blocks (its sentences and the gaps between them) and each block into pieces
 * over which the same annotations hold, so that overlapping layers (an actor inside a boilerplate
 * line, a trigger inside an actor's phrase) render as flat runs. Linear in the text's boundaries.
 *
 * @example
 * layoutText(11, [{ index: 0, start: 0, end: 11 }], [{ start: 0, end: 3, kind: 'actor' }])
 * // [{ start: 0, end: 11, sentence: 0, pieces: [{ 0-3 actor }, { 3-11 }] }]
 */
export function layoutText(
  length: number,
  sentences: readonly { readonly index: number; readonly start: number; readonly end: number }[],
  annotations: readonly Annotation[],
): Block[] {
  const blocks: { start: number; end: number; sentence: number | null }[] = [];
  let at = 0;
  for (const s of [...sentences].sort((a, b) => a.start - b.start)) {
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, length);
    if (end <= start) continue;
    if (start > at) blocks.push({ start: at, end: start, sentence: null });
    blocks.push({ start, end, sentence: s.index });
    at = end;
  }
  if (at < length) blocks.push({ start: at, end: length, sentence: null });

  const clipped = annotations
    .map((a) => ({ ...a, start: Math.max(0, a.start), end: Math.min(length, a.end) }))
    .filter((a) => a.end > a.start);
  const cuts = new Set<number>();
  for (const b of blocks) { cuts.add(b.start); cuts.add(b.end); }
  for (const a of clipped) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].sort((x, y) => x - y);

  const byStart = [...clipped].sort((x, y) => x.start - y.start);
  const open: Annotation[] = [];
  let next = 0;
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    while (next < byStart.length && byStart[next].start <= start) open.push(byStart[next++]);
    for (let k = open.length - 1; k >= 0; k--) if (open[k].end <= start) open.splice(k, 1);
    const kinds = [...new Set(open.map((a) => a.kind))].sort();
    const titles = open.flatMap((a) => (a.title ? [a.title] : []));
    pieces.push({ start, end, kinds, titles });
  }

  let p = 0;
  return blocks.map((b) => {
    const own: Piece[] = [];
    while (p < pieces.length && pieces[p].end <= b.end) {
      if (pieces[p].start >= b.start) own.push(pieces[p]);
      p++;
    }
    return { ...b, pieces: own };
  });
}
