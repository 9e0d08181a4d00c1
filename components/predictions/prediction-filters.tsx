"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { GRADES, GRADE_LABELS, NO_VERDICT_LABEL } from "@/lib/domain";
import type { PredictionFilter } from "@/lib/validation/filters";
import { filterQueryString } from "@/lib/validation/filter-url";

type Props = {
  filter: PredictionFilter;
  tags: string[];
  sources: { id: string; title: string }[];
};

type Values = Record<"q" | "verdict" | "tag" | "source" | "horizon" | "due" | "sort", string>;

const valuesOf = (f: PredictionFilter): Values => ({
  q: f.q ?? "",
  verdict: f.verdict ?? "",
  tag: f.tag ?? "",
  source: f.source ?? "",
  horizon: f.horizon ?? "",
  due: f.due ?? "",
  sort: f.sort ?? "position",
});

const TYPING_DELAY_MS = 400;

/**
 * The claim list's filters. Every filter lives in the URL, so views can be bookmarked and
 * shared. With JavaScript, a filter applies as soon as it changes (the search after a short
 * pause in typing) and the URL carries only the filters in use; without it, this is a plain
 * GET form with an Apply button (the page drops the empty parameters it sends).
 */
export function PredictionFilters({ filter, tags, sources }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [values, setValues] = useState<Values>(() => valuesOf(filter));
  const [isEnhanced, setIsEnhanced] = useState(false);
  const [isPending, startTransition] = useTransition();
  const searchRef = useRef<HTMLInputElement>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const filterKey = JSON.stringify(valuesOf(filter));

  useEffect(() => setIsEnhanced(true), []);

  // The URL changed from outside (Clear, Back, a tag link): show its filters, but never
  // overwrite the search box while someone is typing in it.
  useEffect(() => {
    const next = JSON.parse(filterKey) as Values;
    setValues((v) => ({ ...next, q: document.activeElement === searchRef.current ? v.q : next.q }));
  }, [filterKey]);

  useEffect(() => () => {
    if (typingTimer.current) clearTimeout(typingTimer.current);
  }, []);

  const apply = (next: Values, mode: "push" | "replace") => {
    const qs = filterQueryString(next);
    const href = `${pathname}${qs ? `?${qs}` : ""}`;
    startTransition(() => (mode === "push" ? router.push(href, { scroll: false }) : router.replace(href, { scroll: false })));
  };

  const change = (key: keyof Values, value: string) => {
    const next = { ...values, [key]: value };
    setValues(next);
    if (typingTimer.current) clearTimeout(typingTimer.current);
    if (key === "q") typingTimer.current = setTimeout(() => apply(next, "replace"), TYPING_DELAY_MS);
    else apply(next, "push");
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (typingTimer.current) clearTimeout(typingTimer.current);
    apply(values, "push");
  };

  const select = (key: keyof Values) => ({
    name: key,
    value: values[key],
    onChange: (e: { target: { value: string } }) => change(key, e.target.value),
  });

  return (
    <form method="get" action="/predictions" className="card" role="search" aria-label="Filter predictions" onSubmit={submit} aria-busy={isPending || undefined}>
      <div className="row">
        <div className="field search-field">
          <label htmlFor="f-q">Search</label>
          <input id="f-q" ref={searchRef} type="search" placeholder="Words in the quote or statement" {...select("q")} />
        </div>
        <div className="field">
          <label htmlFor="f-verdict">Verdict</label>
          <select id="f-verdict" {...select("verdict")}>
            <option value="">Any verdict</option>
            {GRADES.map((g) => (
              <option key={g} value={g}>
                {GRADE_LABELS[g]}
              </option>
            ))}
            <option value="none">{NO_VERDICT_LABEL}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-tag">Tag</label>
          <select id="f-tag" {...select("tag")}>
            <option value="">Any tag</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-source">Source</label>
          <select id="f-source" {...select("source")}>
            <option value="">Any source</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-horizon">Horizon</label>
          <select id="f-horizon" {...select("horizon")}>
            <option value="">Any horizon</option>
            <option value="past">Horizon has passed</option>
            <option value="current">Horizon includes this year</option>
            <option value="future">Horizon still ahead</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-due">Due</label>
          <select id="f-due" {...select("due")}>
            <option value="">Any</option>
            <option value="stale">Not reviewed in over 12 months</option>
            <option value="final">Past horizon: ready for a final verdict</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-sort">Sort by</label>
          <select id="f-sort" {...select("sort")}>
            <option value="position">Order in source</option>
            <option value="made">Date made (newest first)</option>
            <option value="horizon">Horizon (soonest first)</option>
            <option value="evidence">Most evidence</option>
            <option value="verdict">Latest verdict</option>
          </select>
        </div>
        <div className="row fixed">
          {/* Needed only without JavaScript: with it, filters apply as they change. */}
          {!isEnhanced && (
            <button type="submit" className="button secondary">
              Apply
            </button>
          )}
          <Link href="/predictions" className="button secondary">
            Clear
          </Link>
        </div>
      </div>
      {isEnhanced && <p className="small muted filters-note">Filters apply as you change them.</p>}
    </form>
  );
}
