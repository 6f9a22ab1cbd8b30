import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { describe, expect, it, vi } from 'vitest';
import { storyText } from '../core/markdown.ts';
import type { MentionData } from '../schemas.ts';
import type { ContentIndex } from './contentIndex.ts';
import rehypeAnnotate from './rehypeAnnotate.ts';

/** A made-up corpus in the style of the stories: three places (one without a page), one programme, one official, five figures. */
const index: ContentIndex = {
  districts: new Map([
    ['huaiyin-qu', { name: '槐荫区', aliases: ['槐荫'] }],
    ['huaiyin-kaifaqu', { name: '济南槐荫经济开发区', aliases: [] }],
  ]),
  officials: new Map([['li-hongwei', '李洪伟']]),
  initiatives: new Map([['342', '342']]),
  metrics: new Map([
    ['a', { article: 'story', quote: '近日，槐荫区完成工业总产值45.3亿元，同比增长16.6%。', text: '45.3亿元' }],
    ['b', { article: 'story', quote: '近日，槐荫区完成工业总产值45.3亿元，同比增长16.6%。', text: '16.6%' }],
    // the quote holds characters Markdown escapes in the body
    ['c', { article: 'story', quote: '注：带*号的企业<5家，济南槐荫经济开发区另有2家。', text: '2家' }],
    // a figure in a subhead, whose sentence is the subhead
    ['e', { article: 'story', quote: '槐荫区：签约项目15个', text: '15个' }],
    // a figure the story lists but ingest recorded no mention of
    ['f', { article: 'story', quote: '不在正文里。', text: '99家' }],
  ]),
};

const body = [
  '近日，槐荫区完成工业总产值45.3亿元，同比增长16.6%。槐荫区以打造“342”现代化产业体系为抓手。',
  '注：带\\*号的企业&lt;5家，济南槐荫经济开发区另有2家。',
  '## 槐荫区：签约项目15个',
  '李洪伟表示，槐荫工业经济实现新突破，某某新村也在其中。',
].join('\n\n');

/** A mention as ingest records it: the offsets of the `nth` printing of `printed` in the story's text. */
function mention(kind: MentionData['kind'], ref: string, printed: string, nth = 0): MentionData {
  const text = storyText(body);
  let start = text.indexOf(printed);
  for (let i = 0; i < nth; i++) start = text.indexOf(printed, start + 1);
  return { kind, ref, start, end: start + printed.length };
}

const frontmatter = {
  districts: ['huaiyin-qu', 'huaiyin-kaifaqu'],
  officials: ['li-hongwei'],
  initiatives: ['342'],
  metrics: ['a', 'b', 'c', 'e', 'f'],
  mentions: [
    mention('place', 'huaiyin-qu', '槐荫区'),
    mention('figure', 'a', '45.3亿元'),
    mention('figure', 'b', '16.6%'),
    mention('place', 'huaiyin-qu', '槐荫区', 1),
    mention('initiative', '342', '342'),
    mention('figure', 'c', '2家'),
    mention('place', 'huaiyin-kaifaqu', '济南槐荫经济开发区'),
    mention('place', 'huaiyin-qu', '槐荫区', 2),
    mention('figure', 'e', '15个'),
    mention('official', 'li-hongwei', '李洪伟'),
    mention('place', 'huaiyin-qu', '槐荫', 4),
    // a village the gazetteer knows but the site has no page for
    mention('place', 'mou-xin-cun', '某某新村'),
  ],
};

async function render(file: string, contentDir?: string, markdown = body, matter: Record<string, unknown> = frontmatter) {
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    smartypants: false,
    remarkPlugins: [remarkCjkFriendly],
    rehypePlugins: [[rehypeAnnotate, { index, contentDir }]],
  });
  return processor.render(markdown, { fileURL: pathToFileURL(file), frontmatter: matter });
}

describe('rehypeAnnotate', () => {
  it('marks every figure where ingest found it, inside its sentence, and links the names it found', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { code, metadata } = await render('/site/content/articles/story.md');
    // the listed figure with no mention is named in the build log
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/story: .*\bf$/u));
    warn.mockRestore();

    // both figures of the first sentence sit in one sentence span, each mark linking to the figure's page
    expect(code).toContain(
      '<span class="fig-sentence" data-figures="a b">近日，<a href="/districts/huaiyin-qu/" class="ent ent--districts">槐荫区</a>完成工业总产值<mark class="fig" id="fig-a"><a href="/figures/a/" class="fig__link">45.3亿元</a></mark>，同比增长<mark class="fig" id="fig-b"><a href="/figures/b/" class="fig__link">16.6%</a></mark>。</span>',
    );
    // the place is linked once per paragraph; the programme where ingest found it
    expect(code).toContain('。</span>槐荫区以打造“<a href="/initiatives/342/" class="ent ent--initiatives">342</a>”现代化');
    // offsets count the text as read, not the Markdown: after the escaped `\*` and `&lt;` the figure is still in place
    expect(code).toContain('<mark class="fig" id="fig-c"><a href="/figures/c/" class="fig__link">2家</a></mark>');
    expect(code).toContain('&#x3C;');
    // the longer place name is linked whole, not as the shorter one inside it
    expect(code).toContain('<a href="/districts/huaiyin-kaifaqu/" class="ent ent--districts">济南槐荫经济开发区</a>');
    // a subhead gets its figure but no links
    expect(code).toMatch(/<h2[^>]*><span class="fig-sentence" data-figures="e">槐荫区：签约项目<mark class="fig" id="fig-e">/u);
    // the two-character form `槐荫` is linked where ingest found it, and so is the official
    expect(code).toContain(
      '<a href="/officials/li-hongwei/" class="ent ent--officials">李洪伟</a>表示，<a href="/districts/huaiyin-qu/" class="ent ent--districts">槐荫</a>工业经济',
    );
    // a place without a page is not linked
    expect(code).toContain('，某某新村也在其中。');
    // listed in reading order
    expect(metadata.frontmatter.figureAnchors).toEqual(['a', 'b', 'c', 'e']);
  });

  it.each([
    // a figure's own file renders its quote, but is not a story
    ['/site/content/metrics/a.md', undefined],
    // a folder called `articles` elsewhere under the content folder is not the stories collection
    ['/site/content/metrics/articles/a.md', '/site/content'],
  ])('leaves %s alone', async (file, contentDir) => {
    const { code, metadata } = await render(file, contentDir);
    expect(code).not.toContain('<mark');
    expect(code).not.toContain('<a ');
    expect(metadata.frontmatter.figureAnchors).toBeUndefined();
  });

  it('annotates a story in a sub-folder of the stories collection', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { metadata } = await render('/site/content/articles/2024/story.md', '/site/content');
    warn.mockRestore();
    expect(metadata.frontmatter.figureAnchors).toHaveLength(4);
  });

  it.each([
    // A bare URL followed by Chinese: the link ends before the Han characters.
    ['详见https://www.example.gov.cn/col/一览表。', '<a href="https://www.example.gov.cn/col/">https://www.example.gov.cn/col/</a>一览表。'],
    // Full-width punctuation ends it too.
    ['网址：https://example.cn/a?b=1，欢迎访问。', '<a href="https://example.cn/a?b=1">https://example.cn/a?b=1</a>，欢迎访问。'],
    // A www address ends at a full-width bracket.
    ['（www.example.cn）', '（<a href="http://www.example.cn">www.example.cn</a>）'],
    // A URL followed by a space was already right and stays so.
    ['见 https://example.cn/x 一文', '<a href="https://example.cn/x">https://example.cn/x</a> 一文'],
  ])('ends a bare URL where the Chinese text resumes: %s', async (markdown, expected) => {
    const { code } = await render('/site/content/articles/story.md', undefined, markdown, {});
    expect(code).toContain(expected);
  });

  it('keeps the #fig- anchor of a figure whose sentence holds a web address', async () => {
    const quote = '名单见https://www.example.gov.cn/col/，全年签约项目15个。';
    const linked: ContentIndex = { ...index, metrics: new Map([['g', { article: 'linked', quote, text: '15个' }]]) };
    const processor = await createMarkdownProcessor({
      syntaxHighlight: false,
      smartypants: false,
      remarkPlugins: [remarkCjkFriendly],
      rehypePlugins: [[rehypeAnnotate, { index: linked }]],
    });
    const start = quote.indexOf('15个');
    const { code, metadata } = await processor.render(quote, {
      fileURL: pathToFileURL('/site/content/articles/linked.md'),
      frontmatter: { metrics: ['g'], mentions: [{ kind: 'figure', ref: 'g', start, end: start + 3 }] },
    });
    expect(code).toContain('<mark class="fig" id="fig-g"><a href="/figures/g/" class="fig__link">15个</a></mark>');
    expect(metadata.frontmatter.figureAnchors).toEqual(['g']);
  });
});
