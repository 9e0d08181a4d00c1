// Class names of charts.module.css, so the charts type-check even before Next.js writes
// next-env.d.ts (its `*.module.css` declaration would also do). Keep in sync with the CSS.
declare const styles: {
  readonly figure: string;
  readonly caption: string;
  readonly title: string;
  readonly description: string;
  readonly plot: string;
  readonly plotTall: string;
  readonly empty: string;
  readonly details: string;
  readonly tableWrap: string;
  readonly table: string;
  readonly alignRight: string;
  readonly alignCenter: string;
  readonly tooltip: string;
  readonly tooltipMeta: string;
};
export default styles;
