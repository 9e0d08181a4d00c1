// Who may call each writing API route. The permission test compares this table with the
// route files it finds under app/api, so a new writing route that is not listed here (and
// so has no reviewed permission) fails the suite.
import type { Role } from "@/lib/roles";
import type { Method } from "../support/routes";

/** "public" routes are open by design (they start or end the caller's own session). */
export type Access = Role | "public";

export const WRITE_ROUTES: Record<string, Partial<Record<Method, Access>>> = {
  "/api/auth/sign-in": { POST: "public" },
  "/api/auth/sign-out": { POST: "public" },
  "/api/evidence/[id]/retract": { POST: "editor" },
  "/api/finder": { POST: "editor" },
  "/api/predictions": { POST: "admin" },
  "/api/predictions/[id]": { PATCH: "admin" },
  "/api/predictions/[id]/credence": { POST: "admin" },
  "/api/predictions/[id]/evidence": { POST: "editor" },
  "/api/predictions/[id]/parent": { POST: "admin" },
  "/api/predictions/[id]/quote-correction": { POST: "admin" },
  "/api/predictions/[id]/reopen": { POST: "editor" },
  "/api/predictions/[id]/verdicts": { POST: "editor" },
  "/api/reviews": { POST: "editor" },
  "/api/reviews/[year]/complete": { POST: "editor" },
  "/api/reviews/[year]/reopen": { POST: "editor" },
  "/api/settings": { PUT: "admin" },
  "/api/sources": { POST: "admin" },
  "/api/sources/[id]": { PATCH: "admin" },
  "/api/sources/[id]/import": { POST: "admin" },
  "/api/tags": { POST: "admin" },
  "/api/tags/[name]": { PATCH: "admin", DELETE: "admin" },
  "/api/tags/[name]/merge": { POST: "admin" },
  "/api/tokens": { POST: "editor" },
  "/api/tokens/[id]": { DELETE: "editor" },
  "/api/users": { POST: "admin" },
  "/api/users/[id]": { PATCH: "admin" },
  "/api/verdicts/[id]/retract": { POST: "editor" },
  "/api/webhooks": { POST: "admin" },
  "/api/webhooks/[id]": { PATCH: "admin", DELETE: "admin" },
  "/api/webhooks/[id]/ping": { POST: "admin" },
};
