/** Dates cross the data layer as YYYY-MM-DD strings (UTC days) or ISO timestamps. */
export const toIsoDay = (d: Date): string => d.toISOString().slice(0, 10);
export const fromIsoDay = (day: string): Date => new Date(`${day}T00:00:00.000Z`);
export const utcToday = (now = new Date()): string => toIsoDay(now);
