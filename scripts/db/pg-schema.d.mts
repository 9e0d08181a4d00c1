export declare const SQLITE_SCHEMA: string;
export declare const PG_SCHEMA: string;
export declare function toPostgresSchema(source: string): string;
export declare function writePostgresSchema(): string;
