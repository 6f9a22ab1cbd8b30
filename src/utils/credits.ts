/** One credited person as stored in an article's frontmatter. */
export interface CreditInput {
  /** Role as printed: `记者`, `本报记者`, `通讯员`, `文/片 记者`; empty when only names are printed. */
  role: string;
  /** Person's name. */
  name: string;
}

/** Consecutive people who share a printed role, for a byline such as `记者 杜春娜 于泊升`. */
export interface CreditGroup {
  /** Role as printed, letter-spacing undone (`本 报 记 者` → `本报记者`); empty when none was printed. */
  role: string;
  /** Names in printed order. */
  names: string[];
}

/** Groups credits into runs of the same role, keeping the printed order of roles and names. */
export function groupCredits(credits: readonly CreditInput[]): CreditGroup[] {
  const groups: CreditGroup[] = [];
  for (const credit of credits) {
    const role = normalizeRole(credit.role);
    const last = groups.at(-1);
    if (last && last.role === role) last.names.push(credit.name);
    else groups.push({ role, names: [credit.name] });
  }
  return groups;
}

/** Undoes letter-spacing from narrow columns (`本 报 记 者`) but keeps a real word break (`文/片 记者`). */
function normalizeRole(role: string): string {
  const parts = role
    .trim()
    .split(/\s+/)
    .filter((part) => part !== '');
  return parts.every((part) => [...part].length === 1) ? parts.join('') : parts.join(' ');
}
