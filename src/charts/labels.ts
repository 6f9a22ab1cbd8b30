/**
 * Words for charts on the pages: what each chart type is called.
 */
import type { CHART_TYPES } from '../schemas.ts';

/** Chinese name of each chart type, shown above a chart's title and in the gallery. */
export const CHART_TYPE_LABELS: Record<(typeof CHART_TYPES)[number], string> = {
  bar: '条形图',
  'grouped-bar': '分组条形图',
  'stacked-bar': '构成图',
  timeline: '时间线',
};
