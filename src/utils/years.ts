/** Spans of years for pages; the one implementation lives in the core beside the other numbers. */
export { yearSpan } from '../core/numbers.ts';
