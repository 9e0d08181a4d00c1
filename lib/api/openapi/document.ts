// The OpenAPI 3.1 document of app/api, generated from the routes' own zod schemas
// (lib/validation) and the answers' schemas (./responses.ts) by zod-openapi. One module per
// route group describes its paths; this file puts them together. Served at
// GET /api/openapi.json and rendered at /docs/api.
import { createDocument } from "zod-openapi";
import type { oas31 } from "zod-openapi";
import { apiErrorEnvelope, SECURITY_SCHEMES, type RouteGroup } from "./common";
import { auditGroup } from "./audit";
import { authGroup } from "./auth";
import { claimsGroup } from "./claims";
import { evidenceGroup } from "./evidence";
import { exportGroup } from "./export";
import { finderGroup } from "./finder";
import { metaGroup } from "./meta";
import { reviewsGroup } from "./reviews";
import { scorecardGroup } from "./scorecard";
import { settingsGroup } from "./settings";
import { sourcesGroup } from "./sources";
import { tagsGroup } from "./tags";
import { tokensGroup } from "./tokens";
import { usersGroup } from "./users";
import { verdictsGroup } from "./verdicts";
import { webhookEvents } from "./webhook-events";
import { webhooksGroup } from "./webhooks";

export type OpenApiDocument = oas31.OpenAPIObject;

/** In the order the reference page lists them. */
export const ROUTE_GROUPS: RouteGroup[] = [
  claimsGroup,
  evidenceGroup,
  verdictsGroup,
  reviewsGroup,
  sourcesGroup,
  tagsGroup,
  scorecardGroup,
  finderGroup,
  authGroup,
  tokensGroup,
  usersGroup,
  settingsGroup,
  auditGroup,
  exportGroup,
  webhooksGroup,
  metaGroup,
];

export const OPENAPI_VERSION = "3.1.0";
/** The API's own version: raise it when a change would break a client. */
export const API_VERSION = "1.0.0";

const DESCRIPTION = `The JSON API of the Prediction Tracker: claims (predictions), evidence, verdicts, yearly reviews and the scorecard.

- **Reading** is open on a public instance; on a private one every read needs a signed-in account.
- **Writing** needs a personal API token (\`Authorization: Bearer <token>\`) or the session cookie, and a role: each operation says which. Without one the answer is 401; with too small a role, 403.
- **Bodies** are JSON objects sent with \`Content-Type: application/json\`, at most 64 kB unless an operation says otherwise. Unknown fields are refused.
- **Errors** always use one envelope, \`{ "error": { "code", "message", "fields"? } }\` (the \`ApiError\` schema); each operation lists the statuses and codes it may answer.
- **Lists that grow are paged**: \`limit\` (1–500, default 50) and an opaque \`cursor\`; pass back \`nextCursor\` with the same filters and sort.

- **Webhooks** (admins register them under \`/api/webhooks\`) receive the signed deliveries described under \`webhooks\`.

Left out: what is served outside \`/api\`: a review's Markdown report (\`/reviews/{year}/report.md\`), the Atom feeds, badges, embeds and Open Graph images.`;

function paths(groups: RouteGroup[]) {
  const out: RouteGroup["paths"] = {};
  for (const g of groups) {
    for (const [path, item] of Object.entries(g.paths)) {
      if (out[path]) throw new Error(`OpenAPI: ${path} is described by two route groups`);
      out[path] = item;
    }
  }
  return out;
}

/** Builds the document; use openApiDocument(), which builds it once per process. */
export function buildOpenApiDocument(): OpenApiDocument {
  return createDocument(
    {
      openapi: OPENAPI_VERSION,
      info: {
        title: "Prediction Tracker API",
        version: API_VERSION,
        description: DESCRIPTION,
      },
      servers: [{ url: "/", description: "This instance" }],
      tags: ROUTE_GROUPS.map((g) => g.tag),
      paths: paths(ROUTE_GROUPS),
      webhooks: webhookEvents,
      components: {
        schemas: { ApiError: apiErrorEnvelope },
        securitySchemes: SECURITY_SCHEMES as unknown as Record<string, oas31.SecuritySchemeObject>,
      },
    },
    { outputIdSuffix: "Output" },
  );
}

let cached: OpenApiDocument | null = null;

/** The document, built once per process (it depends on the code only). */
export function openApiDocument(): OpenApiDocument {
  return (cached ??= buildOpenApiDocument());
}

/** A Next.js route pattern (`/api/predictions/[id]`) as an OpenAPI path template (`/api/predictions/{id}`). */
export function toPathTemplate(pattern: string): string {
  return pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, "{$1}");
}
