// Stand-in for the "server-only" import guard under Vitest, which runs server code only.
export {};
