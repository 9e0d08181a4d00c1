// Text limits shared by forms, actions and the API. A module of plain constants (no zod), so
// the forms in the browser can show the limits without shipping the validation library; the
// schemas in lib/validation enforce them on the server.

export const LIMITS = {
  title: 200,
  url: 2000,
  summary: 2000,
  /** An evidence excerpt: a few hundred words. */
  excerpt: 4000,
  rationale: 4000,
  name: 80,
  search: 200,
  citations: 50,
} as const;

export const QUOTE_MAX = 2000;
export const TAG_MAX = 40;
