/** Expected failures the data layer reports; route handlers and actions map them to 4xx. */
export class NotFoundError extends Error {
  constructor(readonly entity: string, readonly id: string) {
    super(`${entity} ${id} was not found`);
    this.name = "NotFoundError";
  }
}

export class InvalidReferenceError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = "InvalidReferenceError";
  }
}

/** The write would break a uniqueness rule (a review for that year exists, one is open…). */
export class ConflictError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "ConflictError";
  }
}
