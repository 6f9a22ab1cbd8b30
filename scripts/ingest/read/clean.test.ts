import { describe, expect, it } from 'vitest';
import { clean, detectLayout } from './clean.ts';

/** Texts of the units of `source`, with their kinds. */
function units(source: string): string[] {
  return clean(source).map((u) => `${u.kind}${u.displaced ? '/displaced' : ''}: ${u.text}`);
}

/** A narrow hard-wrapped column: paragraphs start indented, lines break anywhere. */
const column = (lines: string[]): string => lines.join('\n');
/** A long wrapped paragraph, so that a short snippet still reads as a column page. */
const FILLER = ['  这是一段很长的填充文字，只为让', '片段像窄栏排版的报纸页面，每行', '都很短，段落跨越许多行，读起来', '与真实的版面相同，到此结束。'];
const FILLER_TEXT = 'text: 这是一段很长的填充文字，只为让片段像窄栏排版的报纸页面，每行都很短，段落跨越许多行，读起来与真实的版面相同，到此结束。';

describe('clean: column layout', () => {
  const cases: { name: string; source: string; expected: string[] }[] = [
    {
      // Lines of one indented paragraph are joined with no space, even mid-word.
      name: 'joins hard-wrapped lines into one paragraph',
      source: column([
        '  近年来，某某区持续推进老旧小区改',
        '造，今年共完成改造项目12个，惠及居',
        '民3000余户。',
        '  下一步，该区将继续加大投入。',
        '  第三段文字在这里开始，用来让版式',
        '更像报纸的窄栏排版，并无其他意义。',
        '  第四段文字同样如此，只为凑足行数',
        '以便识别窄栏。',
      ]),
      expected: [
        'text: 近年来，某某区持续推进老旧小区改造，今年共完成改造项目12个，惠及居民3000余户。',
        'text: 下一步，该区将继续加大投入。',
        'text: 第三段文字在这里开始，用来让版式更像报纸的窄栏排版，并无其他意义。',
        'text: 第四段文字同样如此，只为凑足行数以便识别窄栏。',
      ],
    },
    {
      // A blank line inside an unfinished sentence is a column break, not a paragraph break.
      name: 'rejoins a sentence cut by a column break',
      source: column([
        '  目前，全区已建成“横向到边、纵向到',
        '',
        '底”的服务网络，设立工作站26个。',
        '  第二段文字在这里开始，用来让版式',
        '更像报纸的窄栏排版，并无其他意义。',
        '  第三段文字同样如此，只为凑足行数',
        '以便识别窄栏，再多写一些字。',
      ]),
      expected: [
        'text: 目前，全区已建成“横向到边、纵向到底”的服务网络，设立工作站26个。',
        'text: 第二段文字在这里开始，用来让版式更像报纸的窄栏排版，并无其他意义。',
        'text: 第三段文字同样如此，只为凑足行数以便识别窄栏，再多写一些字。',
      ],
    },
    {
      // After a finished sentence and a blank line, an unindented line is a headline; its second line joins it.
      name: 'keeps a subhead and merges a headline broken over two lines',
      source: column([
        ...FILLER,
        '  □记者 张三 报道',
        '  本报济南讯 某某街道新建口袋公园',
        '3处，方便居民休闲。',
        '',
        '口袋公园建设',
        '',
        '  另一段正文从这里开始，用来让版式',
        '更像报纸的窄栏排版，并无其他意义。',
        '',
        '某某街道新建',
        '',
        '口袋公园三处',
      ]),
      expected: [
        FILLER_TEXT,
        'byline: □记者 张三 报道',
        'text: 本报济南讯 某某街道新建口袋公园3处，方便居民休闲。',
        'text: 口袋公园建设',
        'text: 另一段正文从这里开始，用来让版式更像报纸的窄栏排版，并无其他意义。',
        'text: 某某街道新建口袋公园三处',
      ],
    },
    {
      // A kicker ends with a colon: the headline under it is a separate line.
      name: 'does not merge a headline into the kicker above it',
      source: column([
        ...FILLER,
        '  正文第一段，用来让版式像报纸的窄',
        '栏排版，并无其他意义，到此结束。',
        '  正文第二段，同样只为凑足行数而写',
        '的文字，到此结束。',
        '',
        '推进城市更新，某某区：',
        '',
        '老街区焕发新活力',
        '',
        '  □ 本报记者 李四',
      ]),
      expected: [
        FILLER_TEXT,
        'text: 正文第一段，用来让版式像报纸的窄栏排版，并无其他意义，到此结束。',
        'text: 正文第二段，同样只为凑足行数而写的文字，到此结束。',
        'text: 推进城市更新，某某区：',
        'text: 老街区焕发新活力',
        'byline: □ 本报记者 李四',
      ],
    },
    {
      // Two byline lines in a row (reporter, then correspondent) are one byline.
      name: 'joins a byline printed on two lines',
      source: column([
        '   □ 本 报 记 者  王五 ',
        '    本报通讯员 赵六 钱七',
        '',
        '  正文第一段，用来让版式像报纸的窄',
        '栏排版，并无其他意义，到此结束。',
        '  正文第二段，同样只为凑足行数而写',
        '的文字，到此结束。',
      ]),
      expected: [
        'byline: □ 本 报 记 者  王五 本报通讯员 赵六 钱七',
        'text: 正文第一段，用来让版式像报纸的窄栏排版，并无其他意义，到此结束。',
        'text: 正文第二段，同样只为凑足行数而写的文字，到此结束。',
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(detectLayout(c.source)).toBe('column');
      expect(units(c.source)).toEqual(c.expected);
    });
  }
});

describe('clean: line layout', () => {
  const para = (s: string): string => `${s}这句话只是为了让段落足够长，像报纸上真实的一段正文那样。`;
  const cases: { name: string; source: string; expected: string[] }[] = [
    {
      // `定期举` / `办`: a word split across a page break is rejoined without a space.
      name: 'rejoins a word split across a page break',
      source: `${para('第一段。')}\n\n今年，该局将定期举\n\n办行业座谈会，推动资源融通。\n`,
      expected: [`text: ${para('第一段。')}`, 'text: 今年，该局将定期举办行业座谈会，推动资源融通。'],
    },
    {
      // The later copy of a paragraph printed twice is dropped; the cut before it is still mended.
      name: 'drops a paragraph printed twice',
      source: `全市率先制定两项地方标准，包括《社工站服\n\n务指南》等，建成首个主题社区。\n\n\n\n务指南》等，建成首个主题社区。\n\n${para('下一段。')}`,
      expected: ['text: 全市率先制定两项地方标准，包括《社工站服务指南》等，建成首个主题社区。', `text: ${para('下一段。')}`],
    },
    {
      // A one-sentence caption after a wide gap inside a cut sentence is pulled out; the sentence reads whole.
      name: 'pulls an image caption out of an interrupted sentence',
      source: `未来，该区将进一步聚焦楼\n\n\n\n居民在新建的口袋公园里散步。\n\n宇经济，推广“楼委会”等工作模式。\n`,
      expected: ['text: 未来，该区将进一步聚焦楼宇经济，推广“楼委会”等工作模式。', 'caption: 居民在新建的口袋公园里散步。'],
    },
    {
      // Whole paragraphs printed inside the cut before a caption are a displaced lead, marked to move to the start.
      name: 'marks a displaced lead and pulls out the caption after it',
      source: `“明天早上七点来接我。”位于历\n\n时至仲夏，泉城处处涌动着发展的勃勃生机，新画卷正在徐徐展开。\n\n\n\n楼宇企业在早餐会上交流。\n\n下区的某大厦里，律师王某正在准备早餐会。\n`,
      expected: [
        'text: “明天早上七点来接我。”位于历下区的某大厦里，律师王某正在准备早餐会。',
        'text/displaced: 时至仲夏，泉城处处涌动着发展的勃勃生机，新画卷正在徐徐展开。',
        'caption: 楼宇企业在早餐会上交流。',
      ],
    },
    {
      // A real paragraph break after a finished sentence is kept.
      name: 'keeps real paragraph breaks',
      source: `${para('第一段。')}\n\n${para('第二段。')}\n`,
      expected: [`text: ${para('第一段。')}`, `text: ${para('第二段。')}`],
    },
    {
      // A subhead printed on two lines is one heading, its halves set apart by a space; it never joins the text.
      name: 'joins a two-line subhead with a space and keeps it apart from the text',
      source: `基层运转更高效\n社区工作者更出彩\n\n${para('正文。')}\n`,
      expected: ['text: 基层运转更高效 社区工作者更出彩', `text: ${para('正文。')}`],
    },
    {
      // A headline with a comma is not a cut paragraph: the display line after it stays separate.
      name: 'does not join a headline to the subtitle under it',
      source: `强省会迸发活力，党建守护幸福\n\n党建领航赋能高质量发展\n\n${para('正文。')}\n`,
      expected: ['text: 强省会迸发活力，党建守护幸福', 'text: 党建领航赋能高质量发展', `text: ${para('正文。')}`],
    },
    {
      // A subhead whose two phrases are set apart by a space does not swallow the paragraph after it.
      name: 'does not join a spaced subhead with clause punctuation to the text after it',
      source: `沿链谋划、招大引强 计划招引项目\n\n${para('正文。')}\n`,
      expected: ['text: 沿链谋划、招大引强 计划招引项目', `text: ${para('正文。')}`],
    },
    {
      // Names followed by a dateline on the next line form a byline block.
      name: 'reads a block of names ending in a dateline as a byline',
      source: `某某某 张小三\n李小四 济南报道\n\n${para('正文。')}\n`,
      expected: ['byline: 某某某 张小三 李小四 济南报道', `text: ${para('正文。')}`],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(detectLayout(c.source)).toBe('line');
      expect(units(c.source)).toEqual(c.expected);
    });
  }
});
