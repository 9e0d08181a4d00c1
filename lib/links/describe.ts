// What a reader is told about an evidence link's last check. Pure, shared by the claim page's
// flag and the editors' link-health list.
import { isLinkProblem, type LinkProblem } from "./assess";

/** An evidence item's link fields as they cross the data layer (ISO timestamps). */
export type LinkHealth = {
  url: string;
  archiveUrl: string | null;
  linkProblem: string | null;
  linkStatus: number | null;
  linkError: string | null;
  linkFinalUrl: string | null;
  linkCheckedAt: string | null;
  linkChangedAt: string | null;
};

export type LinkHealthFlag = { problem: LinkProblem; text: string };

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

/** The flag to show, or null when the link was fine (or never checked). `withDate: false` leaves out "checked <day>". */
export function describeLinkProblem(link: LinkHealth, options: { withDate?: boolean } = {}): LinkHealthFlag | null {
  if (!isLinkProblem(link.linkProblem)) return null;
  const checked = options.withDate === false ? null : day(link.linkCheckedAt);
  const on = checked ? `, checked ${checked}` : "";
  switch (link.linkProblem) {
    case "broken":
      return {
        problem: "broken",
        text: link.linkStatus !== null ? `Link broken (${link.linkStatus})${on}` : `Link broken: ${link.linkError ?? "not a usable address"}${on}`,
      };
    case "unreachable":
      return { problem: "unreachable", text: `Unreachable: ${link.linkError ?? "no answer"}${on}` };
    case "changed": {
      const since = day(link.linkChangedAt);
      return { problem: "changed", text: `Page changed since it was cited${since ? ` (noticed ${since})` : ""}` };
    }
  }
}

/** Whether the final address differs from the cited one in more than a trailing slash. */
export function wasRedirected(link: Pick<LinkHealth, "url" | "linkFinalUrl">): boolean {
  if (!link.linkFinalUrl) return false;
  const norm = (u: string) => u.replace(/\/+$/, "");
  return norm(link.linkFinalUrl) !== norm(link.url);
}
