// The claim finder: candidate claims in a text, without writing anything.
import { finderInputSchema } from "../../validation/finder";
import { operation, type RouteGroup } from "./common";
import { finderResultSchema } from "./responses";

const TAG = "Finder";

export const finderGroup: RouteGroup = {
  tag: {
    name: TAG,
    description: "Reads Markdown, HTML or plain text as plain text and proposes the forward-looking sentences as claims, best first. Every offset refers to the `text` it answers.",
  },
  paths: {
    "/api/finder": {
      post: operation({
        operationId: "findClaims",
        tag: TAG,
        summary: "Propose candidate claims for a text",
        description: "Writes nothing. The text is at most 60,000 characters.",
        access: "editor",
        body: finderInputSchema,
        success: { status: 200, description: "The plain text and its candidates, best first.", schema: finderResultSchema },
        example: { body: { text: "# Next steps\n\nI expect most models to be multimodal within a few years. It's only a matter of time.", publishedOn: "2022-05-12", format: "markdown" } },
      }),
    },
  },
};
