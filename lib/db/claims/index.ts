// Claims, read and changed. The code sits in read.ts (one claim, lists, searches, the
// timeline), families.ts (the claim list with sub-claims nested) and edits.ts (curation,
// revisions, the parent picker, reopening); import them from here.
export * from "./read";
export * from "./families";
export * from "./edits";
