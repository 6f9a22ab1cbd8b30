/**
 * Pinyin slugs for URLs: `lixia-qu`, `xu-faxian`, `ning-ju-xin-li-liang`. Slugs are stable: the same name always
 * gives the same slug, and collisions are settled by a numeric suffix in a fixed order by the caller.
 */
import { pinyin } from 'pinyin-pro';

/** Most syllables kept in a story's slug. */
const MAX_TITLE_SYLLABLES = 10;

/** Pinyin syllables of `text` (Han characters) and lower-case ASCII runs (digits, Latin); punctuation dropped. */
export function syllables(text: string, opts: { surname?: boolean } = {}): string[] {
  const out: string[] = [];
  const parts = pinyin(text.normalize('NFKC'), {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    v: true,
    ...(opts.surname ? { surname: 'head' as const } : {}),
  });
  for (const part of parts) {
    for (const token of part.toLowerCase().split(/[^a-z0-9]+/u)) if (token) out.push(token);
  }
  return out;
}

/** Slug of a story from its headline: the first syllables joined by hyphens. */
export function titleSlug(title: string): string {
  return syllables(title).slice(0, MAX_TITLE_SYLLABLES).join('-') || 'story';
}

/** Slug of a person: surname, then the given name run together (`xu-faxian`, `xiahou-fengchao`). */
export function personSlug(name: string, surnameLength = 1): string {
  const chars = [...name];
  const surname = syllables(chars.slice(0, surnameLength).join(''), { surname: true }).join('');
  const given = syllables(chars.slice(surnameLength).join('')).join('');
  return [surname, given].filter(Boolean).join('-') || 'person';
}

/** Administrative suffixes split off a place name's slug (`历下区` → `lixia-qu`), longest first. */
const PLACE_SUFFIXES = ['管理委员会', '开发区', '起步区', '街道', '社区', '区', '县', '镇', '乡', '村'];

/** Slug of a place: its name without the suffix run together, then the suffix (`lixia-qu`, `yaojia-jiedao`). */
export function placeSlug(name: string): string {
  const suffix = PLACE_SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
  const stem = suffix ? name.slice(0, -suffix.length) : name;
  return [syllables(stem).join(''), suffix ? syllables(suffix).join('') : ''].filter(Boolean).join('-') || 'place';
}

/** Slug of a named programme: its syllables joined by hyphens, at most ten. */
export function nameSlug(name: string): string {
  return syllables(name).slice(0, MAX_TITLE_SYLLABLES).join('-') || 'item';
}

/** Hands out unique slugs: the first claimant of a base slug gets it, later ones `-2`, `-3`, … */
export class SlugRegistry {
  private readonly taken = new Set<string>();

  /** Returns `base` or the first free `base-N`, and reserves it. */
  claim(base: string): string {
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}
