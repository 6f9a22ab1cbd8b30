/**
 * What a journalist should check after an ingest: figures whose frame extraction could not complete — no entity
 * or measure, a year it could not anchor, a place it guessed from the story, an entity inferred from the paragraph — each with a ready-to-paste line for
 * `content/corrections.yaml` (`metrics.fix`). Pure: the CLI prints the lines.
 */
import type { MetricData } from '../../../src/schemas.ts';

/** A figure as the review sees it. */
export interface ReviewedFigure {
  /** The figure's frontmatter. */
  data: MetricData;
  /** True when its place is the story's place, not one its sentence names. */
  placeGuessed: boolean;
}

/** A YAML scalar for a flow mapping: plain where safe, else double-quoted. */
function scalar(value: string | number | boolean | null): string {
  if (typeof value !== 'string') return String(value);
  return /^[\p{Script=Han}\p{L}\p{N}][\p{Script=Han}\p{L}\p{N}.%·\-（）()]*$/u.test(value) &&
    !/^(?:true|false|null|yes|no|~)$/iu.test(value) &&
    !/^[\d.]+$/u.test(value)
    ? value
    : JSON.stringify(value);
}

/** One `metrics.fix` line: match the figure by story and printed text, set the field to what needs filling. */
function fixLine(d: MetricData, set: Record<string, string | number | boolean | null>, why: string): string {
  const sets = Object.entries(set)
    .map(([k, v]) => `${k}: ${scalar(v)}`)
    .join(', ');
  return `- { match: { article: ${d.article}, text: ${scalar(d.text)} }, set: { ${sets} } }   # ${why}`;
}

/**
 * The review lines, one per thing to check, in the order given. The `set:` values are what ingest has (to confirm)
 * or a blank to fill: a journalist edits the value and pastes the line under `metrics.fix`.
 */
export function reviewFigures(figures: readonly ReviewedFigure[]): string[] {
  const lines: string[] = [];
  for (const { data: d, placeGuessed } of figures) {
    if (d.enumerated) continue; // a count restating a list is shown, never charted: nothing to decide
    if (d.entity === null || d.measure === null) {
      const missing = [d.entity === null ? 'entity' : null, d.measure === null ? 'measure' : null].filter(Boolean).join(' and ');
      lines.push(
        fixLine(
          d,
          { ...(d.entity === null ? { entity: '?' } : {}), ...(d.measure === null ? { measure: d.subject } : {}) },
          `${d.text}: no ${missing} (subject ${d.subject})`,
        ),
      );
    } else if (/^(?:项目|企业|货物|单位|街道|组织|联盟|机构|人|产值|规模|总量)$/u.test(d.measure))
      lines.push(fixLine(d, { measure: d.measure }, `${d.text}: measure ${d.measure} too vague to read alone`));
    // An entity inferred from an earlier sentence of the paragraph: confirm it, or set it to null.
    if (d.entitySource === 'paragraph' && d.entity !== null)
      lines.push(
        fixLine(
          d,
          { entity: d.entity, entityKind: d.entityKind, entitySource: 'text' },
          `${d.text}: entity ${d.entity} inferred from an earlier sentence of its paragraph; confirm, or null`,
        ),
      );
    if (d.year === null && d.yearFrom === null && !d.target) lines.push(fixLine(d, { year: '?' }, `${d.text}: year not anchored`));
    if (placeGuessed && d.district !== null)
      lines.push(fixLine(d, { district: d.district }, `${d.text}: place guessed from the story (${d.district}); null if city-wide`));
  }
  return lines;
}
