/**
 * What kind of person someone is, read from the grammar of their posts: party, government, community, village,
 * enterprise or expert.
 *
 * Rules:
 * - Each title is read on its own, the most local sign first, because a grassroots post names its party body too
 *   (`某社区党委书记` is a community cadre, `某村党支部书记` a village one): a village (`某村…`, `第一书记`, `头雁`) →
 *   `village`; a community (`社区`, `网格`, `小巷总理`) → `community`; research (`学者`, `研究员`, `教授`, `实验室`,
 *   `研究院`) → `expert`; business (`公司`, `集团`, `律师事务所`, `企业家`, `合伙人`, `董事长`) → `enterprise`; a party
 *   body or post (`党委`, `党组`, `书记`, `市委…`, `常委`, `组织部`) → `party`; a government body or head (`局长`,
 *   `区长`, `政府`, `管委会`, `办公室主任`) → `government`.
 * - Seats in assemblies (`政协委员`, `人大代表`) are honours held beside a post and say nothing of its kind: skipped.
 * - The person's category is that of their first title that has one. Chinese news prints a person's posts from the
 *   most senior down (`省委常委、济南市委书记`, `党组书记、局长`), so the first classified post is the senior one.
 * - Certain only when that title ends in a post (`…局长`, `…合伙人`); from a role, a nickname or a description
 *   (`访问学者`, `回村企业家`, `“第一书记”`) it is a reading to review. No title with a sign: null.
 */
import type { OFFICIAL_CATEGORIES } from '../../../src/schemas.ts';

/** One of the people categories of the schema. */
export type OfficialCategory = (typeof OFFICIAL_CATEGORIES)[number];

/** A category and whether a post (rather than a role or nickname) says so. */
export interface CategoryReading {
  /** The category, or null when no title has a sign of one. */
  category: OfficialCategory | null;
  /** True when the title that decided ends in a post word. */
  certain: boolean;
  /** The title that decided, or null. */
  from: string | null;
}

/** Signs of each category in a title, checked in this order (most local first). */
const SIGNS: readonly [OfficialCategory, RegExp][] = [
  ['village', /(?<![乡农山渔回驻进到返])村(?!民)|第一书记|头雁|村医/u],
  ['community', /社区|网格|楼长|小巷总理|居委会|居民委员会/u],
  ['expert', /学者|研究员|教授|专家|实验室|研究院|研究所|研究中心|院士|博士|大学|学院/u],
  ['enterprise', /公司|集团|事务所|企业家|合伙人|董事|总经理|经理|总裁|创始人|老板|店长|厂长|商会|个体户/u],
  ['party', /党委|党组|党工委|党支部|党总支|书记|[省市区县镇乡]委|常委|工委|纪委|组织部|宣传部|统战部|社会工作部|政法委/u],
  ['government', /局|厅|政府|管委会|办公室|办事处|[省市区县镇乡]长|主任|处长|科长|公务员/u],
];

/** Honorary seats held beside a post: they carry no category. */
const SEAT_RE = /政协委员|政协常委|人大代表|人大常委|党代表/u;

/** Words a post ends with: the category read from such a title is certain. */
const POST_END_RE =
  /(?:书记|委员|常委|部长|局长|主任|[省市区县镇乡村]长|处长|科长|所长|院长|校长|董事长|董事|总经理|经理|总裁|合伙人|创始人|负责人|会长|理事长|站长|馆长|网格员|网格长|楼长|研究员|教授|院士|主席|秘书长|成员)$/u;

/** The category one title shows, or null. */
export function titleCategory(title: string): OfficialCategory | null {
  if (SEAT_RE.test(title)) return null;
  for (const [category, sign] of SIGNS) if (sign.test(title)) return category;
  return null;
}

/** The category of a person with these titles (most senior first, as printed), and how sure the reading is. */
export function officialCategory(titles: readonly string[]): CategoryReading {
  for (const title of titles) {
    const category = titleCategory(title);
    if (category !== null) return { category, certain: POST_END_RE.test(title) && !/[“”"]/u.test(title), from: title };
  }
  return { category: null, certain: false, from: null };
}
