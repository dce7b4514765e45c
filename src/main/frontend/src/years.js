/*
 * Which ties a year range keeps: pure, so that it is tested on its own (test/years.test.js).
 */

/**
 * Whether a tie shared a work from `from` to `to`. With the years of all its works known (`years`),
 * exactly; otherwise from its first and last year, which are each a shared work's year.
 */
export function inRange(attributes, from, to) {
  if (attributes.years) return attributes.years.some((year) => year >= from && year <= to);
  const { first, last, weight } = attributes;
  if (first === null || first === undefined) return true;
  if ((first >= from && first <= to) || (last >= from && last <= to)) return true;
  // with two works at most, those are all; with more, a range inside the span may hold one we cannot
  // see without the works, and the tie stays
  return (weight || 1) > 2 && first < from && last > to;
}
