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
