// DATETIME values are ISO 8601 with an offset on the wire; the browser's datetime-local input
// speaks local wall time without one. The offset is the user's own at that date (DST included).

/** "2026-03-16T12:00" (local) → "2026-03-16T12:00:00+01:00"; "" when empty or invalid. */
export function fromLocalInput(value: string): string {
  const date = new Date(value);
  if (!value || Number.isNaN(date.getTime())) return '';
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${value.slice(0, 16)}:00${sign}${hours}:${minutes}`;
}

/** An ISO value with an offset → the local wall time the input shows. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
