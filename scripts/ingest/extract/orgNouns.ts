/**
 * The words that end an organisation's name in Chinese news writing (`某某区委员会`, `某局`, `某某集团`), in one list
 * for the three readers that need them. Each reader takes only the words that are safe where it looks:
 * - `subject`: a sentence opening with an organisation (topic continuity). Only words that rarely end anything
 *   else at a sentence's start: a single `部`, `所` or `站` would read `全区所有学校` as an office `全区所`.
 * - `owner`: the department or body that runs a programme (`由市某局牵头实施`); the clause is already cut at its
 *   verb, so government and university names count too.
 * - `beforeTitle`: the last character of a body named right before a post (`某某局局长`, `某某站站长`), so a
 *   conjunction inside the body's name (`住房和城乡建设局`) is not read as joining two posts.
 */

/** Who may read a word as the end of an organisation's name. */
type Reader = 'subject' | 'owner' | 'beforeTitle';

/** The words, longest forms before the short ones they end in (the subject pattern tries them in this order). */
const ORGANISATION_NOUNS: readonly [string, readonly Reader[]][] = [
  ['委员会', ['subject', 'owner', 'beforeTitle']],
  ['管委会', ['owner']],
  ['办公室', ['subject', 'beforeTitle']],
  ['办事处', ['owner', 'beforeTitle']],
  ['办', ['subject', 'owner']],
  ['局', ['subject', 'owner', 'beforeTitle']],
  ['委', ['subject', 'owner', 'beforeTitle']],
  ['厅', ['subject', 'owner', 'beforeTitle']],
  ['部', ['owner', 'beforeTitle']],
  ['政府', ['owner']],
  ['中心', ['subject', 'owner', 'beforeTitle']],
  ['集团', ['subject', 'owner']],
  ['有限公司', ['subject']],
  ['公司', ['subject', 'owner', 'beforeTitle']],
  ['协会', ['subject', 'owner']],
  ['商会', ['subject']],
  ['联合会', ['subject', 'owner']],
  ['研究院', ['subject', 'owner', 'beforeTitle']],
  ['合作社', ['subject']],
  ['大学', ['owner']],
  ['银行', ['subject', 'owner']],
  ['所', ['beforeTitle']],
  ['科', ['beforeTitle']],
  ['站', ['beforeTitle']],
  ['校', ['beforeTitle']],
  ['馆', ['beforeTitle']],
];

/** The words `reader` accepts, in the list's order. */
export function organisationNouns(reader: Reader): string[] {
  return ORGANISATION_NOUNS.filter(([, readers]) => readers.includes(reader)).map(([noun]) => noun);
}

/** Last characters of a body's name that a post may follow (`局` of `某局局长`). */
export const ORG_END_CHARS: ReadonlySet<string> = new Set(organisationNouns('beforeTitle').map((noun) => noun.at(-1)!));
