/**
 * What every chart type's component takes (`BarChart`, `GroupedBarChart`, `StackedBarChart`, `TimelineChart`), and
 * hands on whole to `ChartSvg`, which draws the root and frame around the body the type lays out.
 */
import type { Frame } from './layout.ts';
import type { ChartModel } from './model.ts';

/** The chart and where it is drawn. */
export interface ChartTypeProps {
  /** The chart. */
  chart: ChartModel;
  /** `page`: colours follow the page's scheme, no frame; `file`: fixed colours and fonts, framed. */
  mode: 'page' | 'file';
  /** Prefix of every id inside the SVG, unique on the page. */
  idPrefix: string;
  /** The frame, in `file` mode. */
  frame?: Frame | undefined;
  /** viewBox width: 640 by default, narrower for phones. */
  width?: number;
  /** Extra class on the root (`qc-wide`, `qc-narrow`). */
  variant?: string | undefined;
}
