import { describe, expect, it } from 'vitest';
import { parseByline, splitParagraphDateline } from './bylines.ts';

describe('parseByline', () => {
  const cases: { text: string; credits: string[] | null; dateline?: string | null }[] = [
    // Spaced-out role word and a box marker.
    { text: '   □ 本 报 记 者  张明远 ', credits: ['本报记者 张明远'] },
    // Two roles, a spaced-out name, and a bare 报道 that is not a dateline.
    { text: '□记 者 王 健 通讯员 李小红 报道', credits: ['记者 王健', '通讯员 李小红'], dateline: null },
    // Names only, closed by a dateline.
    { text: '夏侯凤超 张三丰 济南报道', credits: [' 夏侯凤超', ' 张三丰'], dateline: '济南报道' },
    // A combined role (`文/片` then `记者`).
    { text: '文/片 记者 杜小娜', credits: ['文/片 记者 杜小娜'] },
    // A name glued to its role.
    { text: '记者王健', credits: ['记者 王健'] },
    // HTML tags pasted from a web page around the names.
    { text: '记者 <b>张明远</b> 通讯员 <span class="n">李小红</span>', credits: ['记者 张明远', '通讯员 李小红'] },
    // Markdown emphasis from an editor.
    { text: '□ 本报记者 **王健**', credits: ['本报记者 王健'] },
    // Running text that opens with 记者 is not a byline.
    { text: '记者了解到，在2022年度全市评比中', credits: null },
    // A lone name (an interviewee under a headline) is not a byline.
    { text: '徐某某', credits: null },
    // A column label is not a byline.
    { text: '一把手访谈', credits: null },
    // A headline set in two spaced phrases is not a byline.
    { text: '开拓进取 助推发展', credits: null },
  ];
  for (const c of cases) {
    it(`reads ${JSON.stringify(c.text)}`, () => {
      const parsed = parseByline(c.text);
      if (c.credits === null) {
        expect(parsed).toBeNull();
        return;
      }
      expect(parsed?.credits.map((x) => `${x.role} ${x.name}`)).toEqual(c.credits);
      if (c.dateline !== undefined) expect(parsed?.dateline).toBe(c.dateline);
    });
  }
});

describe('splitParagraphDateline', () => {
  const cases: { text: string; dateline: string | null; rest: string }[] = [
    // The usual local dateline, then a space.
    { text: '本报济南讯 近日，某区召开会议。', dateline: '本报济南讯', rest: '近日，某区召开会议。' },
    // A short form.
    { text: '本报讯 某区新建公园。', dateline: '本报讯', rest: '某区新建公园。' },
    // A wire dateline with a date.
    { text: '新华社济南4月1日电 某区新建公园。', dateline: '新华社济南4月1日电', rest: '某区新建公园。' },
    // No dateline: the paragraph is untouched.
    { text: '近日，某区召开会议。', dateline: null, rest: '近日，某区召开会议。' },
  ];
  for (const c of cases) {
    it(`splits ${JSON.stringify(c.text)}`, () => {
      expect(splitParagraphDateline(c.text)).toEqual({ dateline: c.dateline, rest: c.rest });
    });
  }
});
