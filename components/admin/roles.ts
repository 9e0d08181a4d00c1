export const ROLE_HINTS = "Viewer reads; editor also logs evidence, records verdicts and runs reviews; admin also manages users, sources, claims, tags and settings.";
