"use client";

import type { ReactNode } from "react";
import styles from "./charts.module.css";

export type DataTableColumn = {
  key: string;
  label: string;
  align?: "left" | "right" | "center";
};

export type DataTableCell = string | number | null;

export type DataTableProps = {
  caption: ReactNode;
  columns: DataTableColumn[];
  rows: Record<string, DataTableCell>[];
};

const ALIGN_CLASS: Record<NonNullable<DataTableColumn["align"]>, string | undefined> = {
  left: undefined,
  right: styles.alignRight,
  center: styles.alignCenter,
};

function formatCell(value: DataTableCell | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  return String(value);
}

/** A plain semantic table: caption, column headers, and the first cell of each row as a row header. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <table className={styles.table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((col) => (
            <th key={col.key} scope="col" className={ALIGN_CLASS[col.align ?? "left"]}>
              {col.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {columns.map((col, colIndex) => {
              const className = ALIGN_CLASS[col.align ?? "left"];
              const text = formatCell(row[col.key]);
              return colIndex === 0 ? (
                <th key={col.key} scope="row" className={className}>
                  {text}
                </th>
              ) : (
                <td key={col.key} className={className}>
                  {text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
