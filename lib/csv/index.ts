// CSV in and out: writing (csv-stringify, with the formula-injection rule) and reading
// (csv-parse), and the claim import's columns and row adapter. Pure: no I/O.
export * from "./write";
export * from "./read";
export * from "./claim-import";
