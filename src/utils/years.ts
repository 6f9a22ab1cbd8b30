/** A span of years as Chinese text: `2023—2025年`, or `2024年` when it starts and ends in the same year. */
export function yearSpan(start: number, end: number): string {
  return start === end ? `${start}年` : `${start}—${end}年`;
}
