import type { Period, PointTuple } from '../store/timeline.js';

/**
 * The JSON text of `GET /api/timeline`'s answer, `{"per": ..., "timeline": [points]}`, written
 * directly from point tuples: the same text as `JSON.stringify({ per, timeline: points })` of the
 * point objects, without building them (a daily timeline of ten years is 3,650 points).
 *
 * @example
 * timelineJson('month', [['2015-03', 2, 5, -3.5, 1, 0, 0, 1]])
 * // '{"per":"month","timeline":[{"period":"2015-03","events":2,"mentions":5,"goldstein":-3.5,"quad":{"1":1,"2":0,"3":0,"4":1}}]}'
 */
export function timelineJson(per: Period, points: readonly PointTuple[]): string {
  // Appended to one string (V8 joins the pieces once, when the text is written): faster than joining an array of points.
  let text = `{"per":"${per}","timeline":[`;
  for (let i = 0; i < points.length; i++) {
    const [period, events, mentions, goldstein, q1, q2, q3, q4] = points[i];
    // Periods are "YYYY-MM-DD" or "YYYY-MM" (nothing to escape); the counts are finite numbers, printed as JSON prints them.
    text += `${i === 0 ? '' : ','}{"period":"${period}","events":${events},"mentions":${mentions},"goldstein":${goldstein},"quad":{"1":${q1},"2":${q2},"3":${q3},"4":${q4}}}`;
  }
  return `${text}]}`;
}
