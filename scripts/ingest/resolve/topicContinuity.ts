/**
 * Topic continuity (zero anaphora): in Chinese news prose a sentence with no subject continues the subject of the
 * sentence before it in the same paragraph — `为…，某办重点打造…。截至目前，共推进项目57个…` — so the figures of the
 * second sentence belong to 某办. This finds that subject for a figure whose own sentence names no entity: a place,
 * the city or an organisation opening the nearest earlier sentence of the paragraph, through subjectless sentences
 * only. Never across a paragraph, never from a later sentence; any other subject in between and the answer is null.
 */
import type { MetricData } from '../../../src/schemas.ts';
import { sentenceSpans } from '../../../src/core/sentences.ts';
import { cityEntity } from './figureFrame.ts';
import { toHalfWidth } from '../extract/parseNumber.ts';
import { organisationNouns } from '../extract/orgNouns.ts';

/** An entity a sentence opens with. */
export type TopicEntity = { entity: string; entityKind: NonNullable<MetricData['entityKind']> };

/** Names the place printed at the very start of `text` (`某某区…` → `某某区`), which starts at offset `at` of its
 * paragraph, else null: what place extraction found there. */
export type PlaceAtStart = (text: string, at: number) => string | null;

// Adverbials a sentence may open with before its subject: a purpose clause (`为加快…，`), a time or a scope.
const ADVERBIALS = [
  /^为[^，,。；;！？!?]{1,40}[，,]/u,
  /^(?:截至|截止)[^，,。；;]{0,14}[，,]/u,
  /^在[^，,。；;]{1,24}(?:中|上|下|方面|过程中|期间|以来)[，,]/u,
  /^(?:\d{4}年(?:\d{1,2}月(?:份)?)?(?:以来)?|\d{4}[—\-－~～至]\d{4}年|今年(?:以来)?|去年|近年来|近年|近日|目前|当前|同时|此外|另外|与此同时|据统计|据了解|下一步|接下来|一季度|上半年|前三季度|全年|这一年)[，,]?/u,
];

// Words that open a clause without a subject: adverbs and verbs of the predicate (`共推进…`, `累计建成…`, `新开…`).
const PREDICATE_OPENER =
  /^(?:共|共计|累计|合计|先后|相继|陆续|已经|已|现已|目前已|还|又|也|并|再|均|分别|正在|将|计划|预计|力争|持续|进一步|不断|积极|全力|加快|重点|着力|大力|深入|扎实|有效|成功|实现|完成|推进|推动|建成|建设|开展|打造|培育|引进|落地|签约|新增|新建|新开|谋划|组织|帮扶|带动|实施|投入|争取|举办|开工|竣工|招引|形成|获得|获批|入选|达到|突破|提供|整合|解决|吸引|创建|设立|成立|启动|出台|制定|发布)/u;

// An organisation as the subject: a name ending in the word for an office, a body or a firm, not followed by a
// title (`局长`), a possessive (`某局的工作` has 工作 as its subject) or a longer noun (`社区`).
const ORGANISATION = new RegExp(`^([^，,。；;：:、“”"（）()的\\s]{1,14}?(?:${organisationNouns('subject').join('|')}))(?![的长员区会主任书局委办厅处科])`, 'u');

/** A sentence with its leading adverbials removed. */
function body(sentence: string): string {
  let rest = sentence.trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const re of ADVERBIALS) {
      const m = re.exec(rest);
      if (m && m[0].length > 0 && m[0].length < rest.length) {
        rest = rest.slice(m[0].length);
        changed = true;
      }
    }
  }
  return rest;
}

/** What a sentence (at offset `at` of its paragraph) opens with: an entity, no subject at all (`'none'`), or some
 * other subject (`'other'`). */
export function sentenceSubject(sentence: string, placeAtStart: PlaceAtStart, at = 0): TopicEntity | 'none' | 'other' {
  const rest = body(toHalfWidth(sentence));
  if (PREDICATE_OPENER.test(rest)) return 'none';
  const org = ORGANISATION.exec(rest)?.[1];
  if (org !== undefined) return { entity: org, entityKind: 'organisation' };
  // `rest` ends where the sentence ends (half-width folding keeps every character's place).
  const place = placeAtStart(rest, at + sentence.trimEnd().length - rest.length);
  if (place !== null) return { entity: place, entityKind: 'place' };
  const city = cityEntity(rest);
  if (city !== null && city.entity !== null && city.entityKind !== null) return { entity: city.entity, entityKind: city.entityKind };
  return 'other';
}

/**
 * The entity a figure at `offset` of `paragraph` continues from an earlier sentence of the paragraph, or null: its
 * own sentence must have no subject, and every sentence between must have none either.
 */
export function paragraphTopic(paragraph: string, offset: number, placeAtStart: PlaceAtStart): TopicEntity | null {
  const spans = sentenceSpans(paragraph, { asciiStop: true });
  const own = spans.findIndex((s) => offset >= s.start && offset < s.end);
  if (own <= 0) return null;
  if (sentenceSubject(paragraph.slice(spans[own]!.start, spans[own]!.end), placeAtStart, spans[own]!.start) !== 'none') return null;
  for (let i = own - 1; i >= 0; i--) {
    const subject = sentenceSubject(paragraph.slice(spans[i]!.start, spans[i]!.end), placeAtStart, spans[i]!.start);
    if (subject === 'none') continue;
    return subject === 'other' ? null : subject;
  }
  return null;
}
