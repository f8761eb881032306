/**
 * True for a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isIsoDate('2024-02-29') // true
 * isIsoDate('2023-02-29') // false
 */
export function isIsoDate(value) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m)
        return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1)
        return false;
    return d <= daysInMonth(y, mo);
}
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/**
 * The calendar date (`YYYY-MM-DD`) a publication timestamp names, or null when it names none.
 * An ISO timestamp keeps the publisher's own local date (its offset is not applied), since that
 * is the date printed on the article; other forms ("Tue, 05 Mar 2024 10:00:00 GMT",
 * "March 5, 2024") go through `Date.parse` and are read in UTC.
 *
 * @example
 * normalisePublicationDate('2024-03-05T23:30:00-05:00') // '2024-03-05'
 * normalisePublicationDate('March 5, 2024')             // '2024-03-05'
 */
export function normalisePublicationDate(value) {
    if (typeof value !== 'string')
        return null;
    const s = value.trim();
    if (s === '')
        return null;
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
    if (iso) {
        const date = `${iso[1]}-${iso[2]}-${iso[3]}`;
        return isIsoDate(date) ? date : null;
    }
    const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
    if (compact) {
        const date = `${compact[1]}-${compact[2]}-${compact[3]}`;
        return isIsoDate(date) ? date : null;
    }
    // Bare numbers ("1709632800") and short strings are not dates we trust Date.parse with.
    if (!/[A-Za-z]/.test(s) || !/\d{4}/.test(s))
        return null;
    const ms = Date.parse(s);
    if (Number.isNaN(ms))
        return null;
    const year = new Date(ms).getUTCFullYear();
    if (year < 1800 || year > 2200)
        return null;
    return new Date(ms).toISOString().slice(0, 10);
}
