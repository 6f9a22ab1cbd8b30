import { describe, expect, it } from 'vitest';
import { parseServerUrl } from './serverUrl.ts';

describe('parseServerUrl', () => {
  it.each<[string, string, string | null]>([
    // Astro's plain banner, as printed to a pipe
    ['plain banner', ' astro  v7.3.5 ready in 58 ms\n┃ Local    http://localhost:4322/\n┃ Network  use --host to expose\n', 'http://localhost:4322/'],
    // the same banner with colours, as printed to a terminal
    ['coloured banner', '\u001b[32m┃\u001b[39m Local    \u001b[36mhttp://localhost:4321/jinan/\u001b[39m\n', 'http://localhost:4321/jinan/'],
    // output before the server is listening
    ['not yet listening', ' astro  v7.3.5 building…\n', null],
  ])('%s', (_label, output, expected) => {
    expect(parseServerUrl(output)).toBe(expected);
  });
});
