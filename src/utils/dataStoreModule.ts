/**
 * Astro hands its whole content store to the build as one module, `export default JSON.parse("…")`, a single string
 * literal as long as the store (25 MB at 1,000 stories, ~250 MB at 10,000). Compiling a string literal costs time
 * growing with the square of its length (V8's scanner grows its literal buffer by at most 1 MB at a time, copying it
 * each time), so at 10,000 stories the compile alone took minutes. This rewrites the literal as pieces joined when the
 * module runs: the same string, compiled in time growing with its length.
 */

/** The id Vite gives Astro's content store module (`astro:data-layer-content`, resolved). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** Longest piece of the split literal, in UTF-16 code units. */
const PIECE = 1 << 20;

/**
 * The module's code with the string passed to `JSON.parse` given as pieces of at most `piece` code units joined
 * again, or null when the code is not that shape (an empty store, a chunked one, another Astro's codegen) or the
 * literal is short enough to leave alone.
 */
export function splitStoreLiteral(code: string, piece = PIECE): string | null {
  const open = 'JSON.parse(';
  const start = code.indexOf(open);
  const end = code.lastIndexOf(')');
  if (start < 0 || end <= start) return null;
  const literal = code.slice(start + open.length, end);
  if (literal.length <= piece || !literal.startsWith('"') || !literal.endsWith('"')) return null;
  let text: unknown;
  try {
    // Astro wrote the literal with JSON.stringify, so it reads back as JSON; anything else is left as it is.
    text = JSON.parse(literal);
  } catch {
    return null;
  }
  if (typeof text !== 'string') return null;
  const pieces: string[] = [];
  // A piece may end inside a surrogate pair: JSON.stringify writes the lone half as an escape, and joining the
  // pieces puts the pair back together.
  for (let at = 0; at < text.length; at += piece) pieces.push(JSON.stringify(text.slice(at, at + piece)));
  return `${code.slice(0, start)}${open}[${pieces.join(',\n')}].join("")${code.slice(end)}`;
}

/** A Vite plugin applying `splitStoreLiteral` to Astro's content store module. */
export function splitDataStoreLiteral() {
  return {
    name: 'split-data-store-literal',
    /** Rewrites the store module; every other module passes through. */
    transform(code: string, id: string) {
      if (id !== DATA_STORE_MODULE_ID) return null;
      const split = splitStoreLiteral(code);
      return split === null ? null : { code: split, map: { mappings: '' } };
    },
  };
}
