import type { Retraction } from "@/lib/db/rows";

export function RetractedNote({ retraction }: { retraction: Retraction }) {
  return (
    <p className="small text-danger retracted-note">
      Retracted by {retraction.by} on <time dateTime={retraction.at}>{retraction.at.slice(0, 10)}</time>: {retraction.reason}
    </p>
  );
}
