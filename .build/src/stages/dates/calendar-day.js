/**
 * Reads 'YYYY-MM-DD', or null when it is not a real date.
 *
 * @example
 * parseDay('2007-05-28') // { year: 2007, month: 5, day: 28 }
 */
export function parseDay(value) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m)
        return null;
    const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    const back = new Date(Date.UTC(day.year, day.month - 1, day.day));
    return back.getUTCMonth() === day.month - 1 && back.getUTCDate() === day.day ? day : null;
}
/**
 * 'YYYY-MM-DD' of a day.
 *
 * @example
 * formatDay({ year: 2007, month: 5, day: 3 }) // '2007-05-03'
 */
export function formatDay(d) {
    return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
/** Noon UTC of a day: the reference instant handed to the date parser. */
export function noonOf(d) {
    return new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
}
/**
 * The most recent `weekday` (0 = Sunday ... 6 = Saturday) on or before `day`: news says "Monday"
 * for this week's Monday, and for the publication day itself.
 *
 * @example
 * mostRecentWeekday({ year: 2007, month: 5, day: 28 }, 0) // 2007-05-27, the Sunday before that Monday
 */
export function mostRecentWeekday(day, weekday) {
    const date = new Date(Date.UTC(day.year, day.month - 1, day.day));
    date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() - weekday + 7) % 7));
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
