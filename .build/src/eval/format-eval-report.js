import { ERROR_CAUSES } from './eval-report.js';
function percent(value) {
    return value === null ? '–' : `${(value * 100).toFixed(1)}%`;
}
function figureText(figure) {
    if (figure.value === null)
        return `${figure.name} –`;
    if (figure.unit === 'share')
        return `${figure.name} ${percent(figure.value)}`;
    if (figure.unit === 'mean')
        return `${figure.name} ${figure.value.toFixed(2)}`;
    return `${figure.name} ${figure.value}`;
}
/** Lays rows out as columns: the first `left` left-aligned (names), the rest right-aligned (numbers). */
function columns(rows, left = 1) {
    const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
    return rows.map((row) => row.map((cell, c) => (c < left ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd());
}
function scoreTable(suites) {
    const header = ['suite', 'method', 'records', 'gold', 'predicted', 'TP', 'P', 'R', 'F1'];
    const rows = suites.map((s) => [
        s.suite, s.method, String(s.records), String(s.goldEvents), String(s.predicted), String(s.score.tp),
        percent(s.score.precision), percent(s.score.recall), percent(s.score.f1),
    ]);
    return columns([header, ...rows], 2);
}
function causeCell(causes, cause) {
    return `${causes.misses[cause]}/${causes.falseAlarms[cause]}`;
}
function causeTable(suites) {
    const header = ['suite', ...ERROR_CAUSES];
    const rows = suites.map((s) => [s.suite, ...ERROR_CAUSES.map((cause) => causeCell(s.causes, cause))]);
    return columns([header, ...rows]);
}
function actorText(code) {
    return code ?? '·';
}
/** Suites that score actors show dyads; the others only the event. */
function tupleText(tuple, method) {
    const event = tuple.event ?? '·';
    if (method === 'code-recall' || method === 'cameo-class')
        return event;
    return `${tuple.source ?? '---'} → ${tuple.target ?? '---'}  ${event}`;
}
function goldText(event) {
    const what = [event.code, event.plover, event.cameo_roots && `class ${event.cameo_roots}`].filter((part) => part).join(' ') || '·';
    if (event.source === null && event.target === null)
        return what;
    return `${actorText(event.source)} → ${actorText(event.target)}  ${what}`;
}
function predictionText(event, recordText) {
    const parts = [`${actorText(event.source)} → ${actorText(event.target)}  ${event.cameo}`];
    if (event.plover !== null)
        parts.push(event.plover);
    parts.push(`conf ${event.confidence.toFixed(2)}`);
    if (event.pattern !== null)
        parts.push(`pattern ${event.pattern}`);
    const evidence = event.evidence.text.trim() === recordText.trim() ? '' : ` "${event.evidence.text}"`;
    parts.push(`evidence [${event.evidence.span[0]},${event.evidence.span[1]})${evidence}`);
    return parts.join('  ');
}
function errorText(error, method) {
    const kind = error.kind === 'miss' ? 'miss' : 'false alarm';
    return `${kind.padEnd(11)}  ${tupleText(error.tuple, method)}  (${error.cause})`;
}
function recordErrorLines(record, method) {
    const lines = [`• ${record.id}`, `  ${record.text}`];
    if (record.gold.length === 0)
        lines.push('  gold       (no event)');
    record.gold.forEach((event) => lines.push(`  gold       ${goldText(event)}`));
    if (record.predicted.length === 0)
        lines.push('  predicted  (no event)');
    record.predicted.forEach((event) => lines.push(`  predicted  ${predictionText(event, record.text)}`));
    record.errors.forEach((error) => lines.push(`  ${errorText(error, method)}`));
    return lines;
}
/**
 * The report as text: a per-suite table (records, gold events, predictions, TP, P, R, F1), each
 * suite's headline figures, error counts by cause (misses/false alarms), and with `errors` every
 * record with a miss or a false alarm: its text, gold and predicted events, and each error.
 *
 * @example
 * process.stdout.write(formatEvalReport(report, { errors: true }));
 */
export function formatEvalReport(report, options = {}) {
    const lines = [`${report.records} gold records in ${report.suites.length} suite${report.suites.length === 1 ? '' : 's'}`, ''];
    if (report.suites.length === 0)
        return `${lines.join('\n')}\n`;
    lines.push(...scoreTable(report.suites), '');
    for (const suite of report.suites)
        lines.push(`${suite.suite}: ${suite.figures.map(figureText).join(', ')}`);
    lines.push('', 'errors by cause (misses/false alarms)', ...causeTable(report.suites));
    if (options.errors) {
        for (const suite of report.suites) {
            if (suite.errors === undefined || suite.errors.length === 0)
                continue;
            lines.push('', `── errors: ${suite.suite} (${suite.errors.length} records)`);
            for (const record of suite.errors)
                lines.push(...recordErrorLines(record, suite.method));
        }
    }
    return `${lines.join('\n')}\n`;
}
