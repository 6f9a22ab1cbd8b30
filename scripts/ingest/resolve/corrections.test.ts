import { describe, expect, it } from 'vitest';
import { parseCorrections } from './corrections.ts';
import { InputError } from '../types.ts';

describe('parseCorrections refuses corrections that could hurt', () => {
  const bad: { name: string; yaml: string; message: RegExp }[] = [
    // Two renames into each other would silently merge two different people.
    {
      name: 'a rename cycle',
      yaml: 'officials:\n  rename:\n    - { from: 张明远, to: 王立新 }\n    - { from: 王立新, to: 张明远 }\n',
      message: /^x\/c\.yaml:3: officials: renames form a cycle, which would merge different entries: 张明远→王立新 \(line 3\), 王立新→张明远 \(line 4\)/,
    },
    // A three-step cycle through a merge.
    {
      name: 'a cycle through a merge',
      yaml: 'officials:\n  rename:\n    - { from: 甲乙, to: 丙丁 }\n  merge:\n    - { names: [丙丁, 戊己], into: 戊己 }\n    - { names: [戊己, 甲乙], into: 甲乙 }\n',
      message: /officials: renames form a cycle.*甲乙→丙丁 \(line 3\), 丙丁→戊己 \(line 5\), 戊己→甲乙 \(line 6\)/,
    },
    // A chain's result depends on the order of lines: ask for the straight rename.
    {
      name: 'a rename chain',
      yaml: 'officials:\n  rename:\n    - { from: 李红伟, to: 李宏伟 }\n    - { from: 李宏伟, to: 李洪伟 }\n',
      message: /^x\/c\.yaml:3: officials: renames form a chain: 李红伟→李宏伟 \(line 3\), 李宏伟→李洪伟 \(line 4\); rename each straight to 李洪伟/,
    },
    // The same name renamed to two different names.
    {
      name: 'one name renamed twice',
      yaml: 'officials:\n  rename:\n    - { from: 李红伟, to: 李宏伟 }\n    - { from: 李红伟, to: 李洪伟 }\n',
      message: /^x\/c\.yaml:4: officials: 李红伟 is renamed twice, to 李宏伟 \(line 3\) and to 李洪伟/,
    },
    // Initiatives are checked the same way.
    {
      name: 'an initiative rename cycle',
      yaml: 'initiatives:\n  rename:\n    - { from: 三强, to: 三提 }\n    - { from: 三提, to: 三强 }\n',
      message: /^x\/c\.yaml:3: initiatives: renames form a cycle/,
    },
    // A "billion laughs": nested aliases that expand exponentially.
    {
      name: 'a YAML alias bomb',
      yaml: [
        'a: &a [x, x, x, x, x, x, x, x, x]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
        'officials: { drop: *d }',
        '',
      ].join('\n'),
      message: /^x\/c\.yaml:2: too many YAML aliases/,
    },
  ];
  for (const c of bad) {
    it(`refuses ${c.name}, naming the lines`, () => {
      expect(() => parseCorrections(c.yaml, 'x/c.yaml')).toThrow(InputError);
      expect(() => parseCorrections(c.yaml, 'x/c.yaml')).toThrow(c.message);
    });
  }

  const good: { name: string; yaml: string }[] = [
    // Two independent renames.
    { name: 'independent renames', yaml: 'officials:\n  rename:\n    - { from: 李红伟, to: 李洪伟 }\n    - { from: 王 健, to: 王健 }\n' },
    // A merge whose target is one of its names, and a rename into the same target.
    {
      name: 'renames and merges into one name',
      yaml: 'officials:\n  rename:\n    - { from: 王建, to: 王健 }\n  merge:\n    - { names: [王健, 王 健], into: 王健 }\n',
    },
    // One alias is fine.
    { name: 'a single alias', yaml: 'officials:\n  drop: &d [小郑]\ndistricts:\n  drop: *d\n' },
  ];
  for (const c of good) {
    it(`accepts ${c.name}`, () => {
      expect(() => parseCorrections(c.yaml, 'c.yaml')).not.toThrow();
    });
  }
});
