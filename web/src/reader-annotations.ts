import type { ArticleDetail, ArticleEventMention, Span } from './api-types.js';
import type { Annotation } from './text-layers.js';

/** The trigger span of an event mention, in either shape the API may give it. */
export function triggerSpan(m: { readonly trigger?: Span | { readonly span: Span } | null }): Span | null {
  const t = m.trigger;
  if (!t) return null;
  if (Array.isArray(t)) return t as Span;
  return (t as { span?: Span }).span ?? null;
}

/**
 * The highlights of an article, in UTF-16 offsets: boilerplate, actors, and the event words,
 * places and dates when the store keeps them (a layer that is absent is simply not drawn); for
 * the selected event, its source, target and trigger.
 *
 * @example
 * readerAnnotations(detail, codePointOffsets(detail.article.text), selectedMention)
 */
export function readerAnnotations(detail: ArticleDetail, toUnits: (cp: number) => number, selected: ArticleEventMention | null): Annotation[] {
  const out: Annotation[] = [];
  const add = (span: Span | null | undefined, kind: string, title?: string) => {
    if (!span || span.length !== 2) return;
    const start = toUnits(span[0]);
    const end = toUnits(span[1]);
    if (end > start) out.push({ start, end, kind, title });
  };
  const L = detail.layers;
  for (const b of L.boilerplate ?? []) add(b, 'boilerplate', 'boilerplate');
  for (const s of L.sentences ?? []) if (s.boilerplate) add(s.span, 'boilerplate', 'boilerplate');
  for (const a of L.actors ?? []) add(a.span, 'actor', `${a.code}${a.name ? ` (${a.name})` : ''}`);
  for (const t of L.triggers ?? []) add(t.span, 'trigger', describe(t, 'event word'));
  for (const m of L.events ?? []) add(triggerSpan(m), 'trigger', `${m.cameo} event word`);
  for (const p of L.places ?? []) add(p.span, 'place', describe(p, 'place'));
  for (const d of L.dates ?? []) add(d.span, 'date', describe(d, 'date'));
  if (selected) {
    add(selected.source?.span, 'source', `source: ${selected.source?.code}`);
    add(selected.target?.span, 'target', `target: ${selected.target?.code}`);
    add(triggerSpan(selected), 'selected-trigger', `event word of ${selected.cameo}`);
  }
  return out;
}

function describe(m: Record<string, unknown>, what: string): string {
  const detail = ['code', 'value', 'name', 'country', 'cameo'].map((k) => m[k]).filter((v) => typeof v === 'string' && v !== '');
  return detail.length ? `${what}: ${detail.join(' ')}` : what;
}
