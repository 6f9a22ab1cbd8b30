import { describe, expect, it } from 'vitest';
import { displayProgrammeName } from './programmes.ts';

describe('displayProgrammeName', () => {
  it.each([
    { name: '泉城益企', shown: '“泉城益企”' }, // a plain name is quoted as the press prints it
    { name: '“5566”工作体系', shown: '“5566”工作体系' }, // a named fragment keeps its own quotes, not doubled
    { name: '社区‘八大’暖心实事项目', shown: '社区‘八大’暖心实事项目' }, // single quotes count too
  ])('$name → $shown', ({ name, shown }) => {
    expect(displayProgrammeName(name)).toBe(shown);
  });
});
