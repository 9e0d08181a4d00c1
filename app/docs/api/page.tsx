import type { Metadata } from "next";
import { ApiReference } from "@/components/api-docs/api-reference";
import { apiReference } from "@/lib/api/openapi/reference";

export const metadata: Metadata = {
  title: "API reference",
  description: "Every route of the JSON API: parameters, bodies, responses, errors and authentication, with a curl example each.",
};

/** Rendered from the OpenAPI document (GET /api/openapi.json); it holds no data, so it needs no sign-in. */
export default function ApiDocsPage() {
  return <ApiReference reference={apiReference()} />;
}
