/**
 * A readable summary of coded events, for people: one line per event, then counts by CAMEO root
 * and the busiest dyads.
 *
 * @example
 * summariseEvents(records, (code) => ontology.cameo(code).name)
 */
export function summariseEvents(records, nameOf) {
    const lines = [];
    let doc = '';
    for (const e of records) {
        if (e.doc_id !== doc) {
            doc = e.doc_id;
            lines.push('', `== ${doc}`);
        }
        const who = `${e.source?.code ?? '?'} -> ${e.target?.code ?? '?'}`;
        const where = e.location ? ` @ ${e.location.name} (${e.location.country})` : '';
        const mood = e.modality === 'asserted' ? '' : ` [${e.modality}]`;
        lines.push(`  ${e.date.value ?? '????-??-??'}  ${who.padEnd(22)} ${e.cameo.padEnd(4)} ${truncate(nameOf(e.cameo), 34).padEnd(34)} ${e.confidence.toFixed(2)}${mood}${where}`);
    }
    const byRoot = new Map();
    const byDyad = new Map();
    for (const e of records) {
        const root = `${e.cameo_root} ${nameOf(e.cameo_root)}`;
        byRoot.set(root, (byRoot.get(root) ?? 0) + 1);
        if (e.source && e.target) {
            const d = `${e.source.code} -> ${e.target.code}`;
            byDyad.set(d, (byDyad.get(d) ?? 0) + 1);
        }
    }
    lines.push('', `${records.length} events in ${new Set(records.map((e) => e.doc_id)).size} articles`, '', 'By CAMEO root:');
    for (const [root, n] of [...byRoot].sort((a, b) => a[0].localeCompare(b[0])))
        lines.push(`  ${String(n).padStart(4)}  ${root}`);
    lines.push('', 'Busiest dyads:');
    for (const [d, n] of [...byDyad].sort((a, b) => b[1] - a[1]).slice(0, 8))
        lines.push(`  ${String(n).padStart(4)}  ${d}`);
    return `${lines.join('\n')}\n`;
}
function truncate(s, n) {
    return s.length <= n ? s : `${s.slice(0, n - 1)}\u2026`;
}
