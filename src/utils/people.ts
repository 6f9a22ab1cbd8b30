/**
 * People by kind: the label shown for each category and the grouping of the people index, so a law-firm partner
 * never stands unmarked in the same list as a party secretary.
 */
import { OFFICIAL_CATEGORIES } from '../schemas.ts';

/** A person's category as the schema has it, or null when the posts do not tell. */
export type PersonCategory = (typeof OFFICIAL_CATEGORIES)[number] | null;

/** The label shown for each category (Chinese, as the site reads). */
export const CATEGORY_LABELS: Readonly<Record<(typeof OFFICIAL_CATEGORIES)[number], string>> = {
  party: '党委',
  government: '政府部门',
  community: '社区',
  village: '乡村',
  enterprise: '企业',
  expert: '专家学者',
};

/** The label for a category; people whose posts do not tell get `其他`. */
export function categoryLabel(category: PersonCategory): string {
  return category === null ? '其他' : CATEGORY_LABELS[category];
}

/** One group of the people index. */
export interface CategoryGroup<T> {
  /** The category, or null for people whose posts do not tell. */
  category: PersonCategory;
  /** Its label. */
  label: string;
  /** The people in it, in the order given. */
  people: T[];
}

/** Groups people by category in the schema's order (party first), the unclassified last; empty groups dropped. */
export function groupByCategory<T>(people: readonly T[], categoryOf: (person: T) => PersonCategory): CategoryGroup<T>[] {
  const order: PersonCategory[] = [...OFFICIAL_CATEGORIES, null];
  return order
    .map((category) => ({ category, label: categoryLabel(category), people: people.filter((p) => categoryOf(p) === category) }))
    .filter((g) => g.people.length > 0);
}
