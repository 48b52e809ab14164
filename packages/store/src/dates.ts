/** Partial dates (`2025`, `2025-01`, `2025-01-12`) as the range of days they cover. */

/** First day a partial date may mean. */
export function firstDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Last day a partial date may mean; `31` is safe because only string order matters. */
export function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}
