// Where a claim page points after saving: the newest items (no history cursors), with the new
// item named in `?added=` and its element as the fragment.

export type AddedKind = "evidence" | "verdict";

/** The element id of an item in a claim's evidence list or verdict history. */
export const addedItemId = (kind: AddedKind, id: string) => `${kind}-${id}`;

export function claimAddedHref(predictionId: string, kind: AddedKind, id: string): string {
  return `/predictions/${encodeURIComponent(predictionId)}?added=${encodeURIComponent(id)}#${addedItemId(kind, id)}`;
}
