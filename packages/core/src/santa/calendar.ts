// Counting the sleeps until Christmas, by the calendar date (UTC) of `today`.

export function daysUntilChristmas(today: Date): number {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  let christmas = Date.UTC(today.getUTCFullYear(), 11, 25);
  if (christmas < start) christmas = Date.UTC(today.getUTCFullYear() + 1, 11, 25);
  return Math.round((christmas - start) / 86_400_000);
}
