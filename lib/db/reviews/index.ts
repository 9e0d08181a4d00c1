// Yearly reviews. The code sits in review.ts (a review's life and its reads) and queue.ts
// (the guided review); import them from here. snapshot.ts and chain.ts carry no
// "server-only" guard because the seed and `npm run verify` run them outside Next.js, so
// they are imported by their own path and not re-exported here.
export * from "./review";
export * from "./queue";
