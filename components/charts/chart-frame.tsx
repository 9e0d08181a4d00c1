"use client";

import { useId, type ReactNode } from "react";
import styles from "./charts.module.css";

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export type ChartFrameProps = {
  /** Visible chart title, rendered as a heading inside the figcaption. */
  title: string;
  /** Optional one-line explanation under the title. */
  description?: ReactNode;
  /** Text alternative for the chart: describes what the data shows. */
  summary: string;
  /** When true, the chart is replaced by `emptyMessage` (and the table too, unless it is beside). */
  isEmpty: boolean;
  emptyMessage: string;
  /** The same data as an accessible table (usually a <DataTable>), shown in a <details>. */
  table: ReactNode;
  /**
   * Where the table goes: behind "Show data table" (default), or always visible beside the
   * chart, for charts whose figures are the point (calibration). A table beside the chart is
   * shown even when the chart is empty, when there is one.
   */
  tablePlacement?: "details" | "beside";
  /** Under the table beside the chart: a note on how to read it. */
  tableNote?: ReactNode;
  /** The Recharts chart. It fills a fixed-height box. */
  children: ReactNode;
  /** Base for element ids; a generated id is used when omitted. */
  id?: string;
  /** Level of the title heading. Defaults to 3 (charts sit under a section's <h2>). */
  headingLevel?: HeadingLevel;
  /** Taller plot area (320px instead of 280px). */
  tall?: boolean;
};

const HEADING_TAGS = { 2: "h2", 3: "h3", 4: "h4", 5: "h5", 6: "h6" } as const;

export function ChartFrame({
  title,
  description,
  summary,
  isEmpty,
  emptyMessage,
  table,
  children,
  id,
  headingLevel = 3,
  tall = false,
  tablePlacement = "details",
  tableNote,
}: ChartFrameProps) {
  const generatedId = useId();
  const baseId = id ?? `chart-${generatedId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const titleId = `${baseId}-title`;
  const descriptionId = `${baseId}-description`;
  const Heading = HEADING_TAGS[headingLevel];
  const emptyState = (
    <p className={styles.empty} role="status">
      {emptyMessage}
    </p>
  );
  const plot = (
    <div className={tall ? `${styles.plot} ${styles.plotTall}` : styles.plot} role="img" aria-label={summary}>
      {children}
    </div>
  );

  return (
    <figure
      className={styles.figure}
      id={id}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
    >
      <figcaption className={styles.caption}>
        <Heading id={titleId} className={styles.title}>
          {title}
        </Heading>
        {description ? (
          <p id={descriptionId} className={styles.description}>
            {description}
          </p>
        ) : null}
      </figcaption>
      {tablePlacement === "beside" ? (
        <div className="grid grid-2 align-start">
          {isEmpty ? emptyState : plot}
          {table ? (
            <div className={styles.sideTable} role="region" aria-label={`${title}: table`} tabIndex={0}>
              {table}
              {tableNote ? <p className={`${styles.description} ${styles.note}`}>{tableNote}</p> : null}
            </div>
          ) : null}
        </div>
      ) : isEmpty ? (
        emptyState
      ) : (
        <>
          {plot}
          <details className={styles.details}>
            <summary>Show data table</summary>
            <div className={styles.tableWrap} role="region" aria-label={`${title}: data table`} tabIndex={0}>
              {table}
            </div>
          </details>
        </>
      )}
    </figure>
  );
}
