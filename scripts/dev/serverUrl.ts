/**
 * Reads the address a dev or preview server says it listens on from its console output, so `npm start` prints the
 * real one (Astro moves to another port when the asked one is taken).
 */

/** Colour and cursor escapes a terminal-aware server may print. */
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/gu;

/** The `Local` address from Astro's banner (`┃ Local    http://localhost:4322/`), or null if not printed yet. */
export function parseServerUrl(output: string): string | null {
  const m = /\bLocal\s+(https?:\/\/\S+)/u.exec(output.replace(ANSI, ''));
  return m ? m[1]! : null;
}
