"use client";

import {
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { BAND_PERCENT, bandLabel, binLabel, percent, type FilledBin } from "@/lib/calibration-format";
import { AXIS_STROKE, FILL_FRAME, GRID_STROKE, TEXT_COLOR, TICK } from "./chart-theme";
import styles from "./charts.module.css";

type Point = { x: number; y: number; n: number; bin: FilledBin };

const TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];
const POINT_COLOR = "var(--chart-point)";
const POINT_EDGE = "var(--chart-point-edge)";
const BAND_FILL = "var(--chart-band)";
const BAND_STROKE = "var(--chart-band-edge)";
const DIAGONAL = "var(--chart-diagonal)";
/** Half the drawn width of a bin's band, in credence units. */
const BAND_HALF_WIDTH = 0.018;

function CalibrationTooltip({ active, point }: { active?: boolean; point?: Point }) {
  if (!active || !point) return null;
  const { bin } = point;
  return (
    <div className={styles.tooltip}>
      <p>
        <strong>Credence {binLabel(bin)}</strong>
      </p>
      <p>
        {percent(bin.observedRate)} came true, at a mean credence of {percent(bin.meanCredence)}
      </p>
      <p className={styles.tooltipMeta}>
        n = {bin.n} · {BAND_PERCENT} band {bandLabel(bin)}
      </p>
    </div>
  );
}

/** The plot of CalibrationChart, loaded on its own so Recharts stays out of the first load. */
export default function CalibrationPlot({ filled }: { filled: FilledBin[] }) {
  const points: Point[] = filled.map((b) => ({ x: b.meanCredence, y: b.observedRate, n: b.n, bin: b }));
  const maxN = Math.max(1, ...filled.map((b) => b.n));
  return (
      <ScatterChart
        responsive
        style={FILL_FRAME}
        margin={{ top: 12, right: 28, bottom: 20, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={GRID_STROKE} />
        <XAxis
          type="number"
          dataKey="x"
          name="Mean credence"
          domain={[0, 1]}
          ticks={TICKS}
          tickFormatter={percent}
          tick={TICK}
          stroke={AXIS_STROKE}
          label={{ value: "Credence", position: "insideBottom", offset: -12, fill: TICK.fill, fontSize: 12 }}
        />
        <YAxis
          type="number"
          dataKey="y"
          name="Observed rate"
          domain={[0, 1]}
          ticks={TICKS}
          tickFormatter={percent}
          width={52}
          tick={TICK}
          stroke={AXIS_STROKE}
          label={{
            value: "Came true",
            angle: -90,
            position: "insideLeft",
            textAnchor: "middle",
            fill: TICK.fill,
            fontSize: 12,
          }}
        />
        <ZAxis type="number" dataKey="n" name="n" domain={[0, maxN]} range={[40, 320]} />
        {filled.map((b) => (
          <ReferenceArea
            key={b.from}
            x1={b.meanCredence - BAND_HALF_WIDTH}
            x2={b.meanCredence + BAND_HALF_WIDTH}
            y1={b.bandLow}
            y2={b.bandHigh}
            ifOverflow="hidden"
            fill={BAND_FILL}
            fillOpacity={0.35}
            stroke={BAND_STROKE}
            strokeWidth={1}
          />
        ))}
        <ReferenceLine
          segment={[
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ]}
          stroke={DIAGONAL}
          strokeDasharray="5 4"
          ifOverflow="hidden"
        />
        <Scatter data={points} name="Came true" fill={POINT_COLOR} stroke={POINT_EDGE} isAnimationActive={false}>
          <LabelList
            dataKey="n"
            position="right"
            offset={10}
            fill={TEXT_COLOR}
            fontSize={12}
            formatter={(v) => `n=${String(v)}`}
          />
        </Scatter>
        <Tooltip
          cursor={{ stroke: AXIS_STROKE, strokeDasharray: "2 2" }}
          content={({ active, payload }) => (
            <CalibrationTooltip active={active} point={payload?.[0]?.payload as Point | undefined} />
          )}
        />
      </ScatterChart>
  );
}
