import { describe, expect, it } from "vitest";
import { AuthError } from "./auth/permissions";
import { ConflictError, InvalidReferenceError, NotFoundError } from "./db/errors";
import { InvalidCursorError } from "./db/keyset";
import { expectedFailureOf } from "./failures";

describe("expectedFailureOf", () => {
  it("tells each expected failure apart, with what its answer needs", () => {
    expect(expectedFailureOf(new AuthError(403, "no"))).toEqual({ kind: "auth", status: 403, message: "no" });
    expect(expectedFailureOf(new NotFoundError("Tag", "ai"))).toEqual({ kind: "not_found", entity: "Tag", id: "ai", message: "Tag ai was not found" });
    expect(expectedFailureOf(new ConflictError("review_open", "Open"))).toEqual({ kind: "conflict", code: "review_open", message: "Open" });
    expect(expectedFailureOf(new InvalidReferenceError("parentId", "Loop"))).toEqual({ kind: "invalid_reference", field: "parentId", message: "Loop" });
  });

  it("counts a bad page cursor as an invalid reference, and anything else as unexpected", () => {
    expect(expectedFailureOf(new InvalidCursorError())).toMatchObject({ kind: "invalid_reference", field: "cursor" });
    expect(expectedFailureOf(new Error("SQLITE_BUSY"))).toBeNull();
    expect(expectedFailureOf("a string")).toBeNull();
  });
});
