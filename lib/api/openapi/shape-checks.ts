// Compile-time checks that each response schema (./responses.ts) describes exactly the type
// the route answers with: `npm run typecheck` fails when a field is added, removed or retyped
// on one side only. Types only; nothing here runs.
import type { z } from "zod";
import type { toApiReview, toApiReviewDetail } from "../reviews";
import type { toApiPrediction, toApiPredictionDetail } from "../shapes";
import type { listAudit } from "../../db/audit";
import type { getSource, listSources } from "../../db/sources";
import type { deleteTag, listTagsWithCounts, mergeTags } from "../../db/tags";
import type { retractEvidence } from "../../db/evidence";
import type { ForecastReport } from "../../db/forecasts";
import type { EvidenceItem, Revision, VerdictItem } from "../../db/rows";
import type { ReviewSealCheck } from "../../db/reviews/chain";
import type { Scorecard } from "../../db/scorecard";
import type { UserRow } from "../../db/users";
import type { listApiTokens } from "../../auth/tokens";
import type { Actor } from "../../auth/permissions";
import type { FinderResult } from "../../finder";
import type { DeliveryLogItem, WebhookSummary } from "../../db/webhooks";
import type * as R from "./responses";
import type * as W from "./webhooks";
import type * as S from "./sources";
import type * as E from "./webhook-events";
import type { claimUpdatedData, evidenceCreatedData, reviewCompletedData, verdictRecordedData } from "../../webhooks/payloads";
import type { ImportedClaim, ImportPreview } from "../../db/claim-import";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type Out<S extends z.ZodType> = z.output<S>;
/** Plain JSON: what a value becomes once serialised (no readonly, optional keys as written). */
type Plain<T> = T extends readonly (infer U)[] ? Plain<U>[] : T extends object ? { -readonly [K in keyof T]: Plain<T[K]> } : T;
type Same<S extends z.ZodType, T> = Equal<Plain<Out<S>>, Plain<T>>;

export type ShapeChecks = [
  Expect<Same<typeof R.predictionSchema, ReturnType<typeof toApiPrediction>>>,
  Expect<Same<typeof R.predictionDetailSchema, ReturnType<typeof toApiPredictionDetail>>>,
  Expect<Same<typeof R.evidenceSchema, EvidenceItem>>,
  Expect<Same<typeof R.verdictSchema, VerdictItem>>,
  Expect<Same<typeof R.revisionSchema, Revision>>,
  Expect<Same<typeof R.retractedRowSchema, Awaited<ReturnType<typeof retractEvidence>>>>,
  Expect<Same<typeof R.sourceSchema, Omit<NonNullable<Awaited<ReturnType<typeof getSource>>>, "kind"> & { kind: z.output<typeof R.sourceSchema>["kind"] }>>,
  Expect<Same<typeof R.sourceListItemSchema, Omit<Awaited<ReturnType<typeof listSources>>[number], "kind"> & { kind: z.output<typeof R.sourceSchema>["kind"] }>>,
  Expect<Same<typeof R.tagSchema, Omit<Awaited<ReturnType<typeof listTagsWithCounts>>[number], "claimCount">>>,
  Expect<Same<typeof R.tagMergedSchema, Awaited<ReturnType<typeof mergeTags>>>>,
  Expect<Same<typeof R.tagDeletedSchema, Awaited<ReturnType<typeof deleteTag>>>>,
  Expect<Same<typeof R.reviewSchema, ReturnType<typeof toApiReview>>>,
  Expect<Same<typeof R.reviewDetailSchema, ReturnType<typeof toApiReviewDetail>>>,
  Expect<Same<typeof R.reviewSealCheckSchema, ReviewSealCheck>>,
  Expect<Same<typeof R.calibrationBinSchema, ForecastReport["calibration"][number]>>,
  Expect<Equal<Plain<z.output<typeof R.scorecardSchema>["pastHorizon"]>, Plain<Scorecard["pastHorizon"]["items"]>>>,
  Expect<Equal<Plain<z.output<typeof R.scorecardSchema>["byTag"]>, Plain<ForecastReport["byTag"]>>>,
  Expect<Equal<Plain<z.output<typeof R.scorecardSchema>["bySource"]>, Plain<ForecastReport["bySource"]>>>,
  Expect<Equal<Plain<z.output<typeof R.scorecardSchema>["overTime"]>, Plain<ForecastReport["overTime"]>>>,
  Expect<Equal<z.output<typeof R.scorecardSchema>["due"], Scorecard["due"]>>,
  Expect<Same<typeof R.userSchema, UserRow>>,
  Expect<Same<typeof R.actorSchema, Actor>>,
  Expect<Same<typeof R.tokenSchema, Awaited<ReturnType<typeof listApiTokens>>[number]>>,
  Expect<Same<typeof R.auditEntrySchema, Awaited<ReturnType<typeof listAudit>>["items"][number]>>,
  Expect<Same<typeof R.finderResultSchema, FinderResult>>,
  Expect<Same<typeof W.webhookSchema, WebhookSummary>>,
  Expect<Same<typeof W.deliverySchema, DeliveryLogItem>>,
  Expect<Same<typeof S.importPreviewSchema, ImportPreview>>,
  Expect<Same<typeof S.importedClaimSchema, ImportedClaim>>,
  Expect<Same<typeof E.evidenceCreatedDataSchema, ReturnType<typeof evidenceCreatedData>>>,
  Expect<Same<typeof E.verdictRecordedDataSchema, ReturnType<typeof verdictRecordedData>>>,
  Expect<Same<typeof E.reviewCompletedDataSchema, ReturnType<typeof reviewCompletedData>>>,
  Expect<Same<typeof E.claimUpdatedDataSchema, ReturnType<typeof claimUpdatedData>>>,
];
