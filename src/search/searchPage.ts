/**
 * The search page's script: loads the sharded index's manifest (then, per query, the few files it needs), answers the query in the URL, updates the results as the
 * reader types (debounced, no page load), keeps the query in the URL (replaced while typing, a new history
 * entry per search, so Back returns to the previous one) and moves through results with the arrow keys.
 */
import type { HitGroup } from './rank.ts';
import type { SearchAnswer } from './search.ts';
import { createShardedSearcher } from './shardClient.ts';
import type { ShardManifest, ShardedSearcher } from './shardFormat.ts';
import type { Segment } from './types.ts';
import { SEARCH_INDEX_PATH, SHARD_DIR } from '../core/routes.ts';
import { searchUrl } from './urls.ts';

/** Fetches a JSON file of the site; a failed response is an error naming the file. */
async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** Results shown per group before the "more" button. */
const FIRST_PAGE = 10;
/** Results added per press of the "more" button. */
const MORE_PAGE = 50;
/** Pause in typing before the results update. */
const DEBOUNCE_MS = 150;

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-form] [data-search-input]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const results = document.querySelector<HTMLElement>('[data-search-results]');
const empty = document.querySelector<HTMLTemplateElement>('[data-search-empty]');

if (form && input && status && results && empty) {
  for (const el of document.querySelectorAll<HTMLElement>('[data-search-js]')) el.hidden = false;
  const baseTitle = document.title;
  let searcher: ShardedSearcher | null = null;
  // Answers arrive out of order while the reader types; only the latest query's is drawn.
  let latest = 0;
  let loadError = false;
  let shown = '';
  // Typing replaces the current history entry; the first change after a committed search starts a new one.
  let committed = true;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const segmentsInto = (parent: HTMLElement, segments: readonly Segment[]): void => {
    for (const { text, mark } of segments) {
      if (mark) {
        const m = document.createElement('mark');
        m.textContent = text;
        parent.append(m);
      } else parent.append(text);
    }
  };

  const renderHits = (list: HTMLOListElement, group: HitGroup, answer: SearchAnswer, from: number, to: number): void => {
    for (const hit of group.hits.slice(from, to)) {
      const shownHit = searcher!.show(hit, answer);
      const item = document.createElement('li');
      item.className = 'result';
      const link = document.createElement('a');
      link.className = 'result__link';
      link.href = shownHit.url;
      segmentsInto(link, shownHit.title);
      const heading = document.createElement('h3');
      heading.className = 'result__title';
      heading.append(link);
      item.append(heading);
      if (shownHit.meta) {
        const meta = document.createElement('p');
        meta.className = 'result__meta';
        meta.textContent = shownHit.meta;
        item.append(meta);
      }
      const snip = document.createElement('p');
      snip.className = 'result__snippet';
      segmentsInto(snip, shownHit.snippet);
      item.append(snip);
      list.append(item);
    }
  };

  const renderGroup = (group: HitGroup, answer: SearchAnswer): HTMLElement => {
    const section = document.createElement('section');
    section.className = 'result-group';
    const headingId = `results-${group.type}`;
    section.setAttribute('aria-labelledby', headingId);
    const heading = document.createElement('h2');
    heading.id = headingId;
    heading.className = 'result-group__head';
    heading.append(group.label);
    const count = document.createElement('span');
    count.className = 'result-group__count';
    count.textContent = `${group.count} 条`;
    heading.append(' ', count);
    const list = document.createElement('ol');
    list.className = 'result-list';
    list.setAttribute('role', 'list');
    section.append(heading, list);
    let at = Math.min(FIRST_PAGE, group.count);
    renderHits(list, group, answer, 0, at);
    if (at < group.count) {
      const more = document.createElement('button');
      more.type = 'button';
      more.className = 'result-group__more';
      const label = () => `再显示 ${Math.min(MORE_PAGE, group.count - at)} 条${group.label}结果（共 ${group.count} 条）`;
      more.textContent = label();
      more.addEventListener('click', () => {
        const before = at;
        const upTo = Math.min(at + MORE_PAGE, group.count);
        more.disabled = true;
        // The next hits' documents are fetched only now, as the reader asks for them.
        searcher!.more(answer, group.type, upTo).then(
          () => {
            at = upTo;
            renderHits(list, group, answer, before, at);
            list.querySelectorAll<HTMLAnchorElement>('.result__link')[before]?.focus();
            if (at >= group.count) more.remove();
            else {
              more.disabled = false;
              more.textContent = label();
            }
          },
          (error: unknown) => {
            more.disabled = false;
            console.error(error);
          },
        );
      });
      section.append(more);
    }
    return section;
  };

  const render = (query: string): void => {
    shown = query;
    document.title = query.trim() ? `${query.trim()} · ${baseTitle}` : baseTitle;
    const ticket = ++latest;
    if (query.trim() === '' || !searcher) {
      results.replaceChildren();
      status.textContent = query.trim() === '' ? '' : loadError ? '搜索索引载入失败，请刷新页面重试。' : '正在载入搜索索引…';
      return;
    }
    searcher.search(query).then(
      (answer) => {
        if (ticket === latest) draw(query, answer);
      },
      (error: unknown) => {
        if (ticket !== latest) return;
        status.textContent = '搜索索引载入失败，请刷新页面重试。';
        console.error(error);
      },
    );
  };

  const draw = (query: string, answer: SearchAnswer): void => {
    results.replaceChildren();
    // Which query the results answer: while a reader types, earlier answers are drawn and replaced.
    results.dataset.answers = query;
    if (answer.total === 0) {
      status.textContent = `没有找到与“${query.trim()}”相关的结果。`;
      const block = empty.content.cloneNode(true) as DocumentFragment;
      for (const slot of block.querySelectorAll('[data-search-query]')) slot.textContent = query.trim();
      results.append(block);
      return;
    }
    const counts = answer.groups.map((g) => `${g.label} ${g.count}`).join('，');
    status.textContent = answer.partial
      ? `没有同时包含全部词语的结果。部分匹配：找到 ${answer.total} 条结果，只含“${answer.matched.join('”“')}”：${counts}。`
      : `找到 ${answer.total} 条结果：${counts}。`;
    if (answer.partial) {
      const note = document.createElement('p');
      note.className = 'search-partial';
      note.textContent = `部分匹配：以下结果只含“${answer.matched.join('”“')}”，不含“${answer.terms.filter((t) => !answer.matched.includes(t)).join('”“')}”。`;
      results.append(note);
    }
    for (const group of answer.groups) results.append(renderGroup(group, answer));
  };

  const update = (mode: 'replace' | 'push'): void => {
    const query = input.value;
    if (query === shown && mode === 'replace') return;
    const url = searchUrl(query);
    if (url !== `${location.pathname}${location.search}`) {
      if (mode === 'push' || committed) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    committed = mode === 'push';
    render(query);
  };

  input.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing) return;
    clearTimeout(timer);
    timer = setTimeout(() => update('replace'), DEBOUNCE_MS);
  });
  // A Chinese input method fires `input` with pinyin while composing; search once the characters are chosen.
  input.addEventListener('compositionend', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update('replace'), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update('push');
  });

  const links = (): HTMLAnchorElement[] => [...results.querySelectorAll<HTMLAnchorElement>('.result__link')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  results.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = all[at + 1];
    else if (event.key === 'ArrowUp') next = at === 0 ? input : all[at - 1];
    else if (event.key === 'Home') next = all[0];
    else if (event.key === 'End') next = all.at(-1);
    else if (event.key === 'Escape') next = input;
    else return;
    event.preventDefault();
    next?.focus();
  });

  const fromUrl = (): void => {
    input.value = new URLSearchParams(location.search).get('q') ?? '';
    committed = true;
    render(input.value);
  };
  window.addEventListener('popstate', fromUrl);
  fromUrl();

  fetchJson(SEARCH_INDEX_PATH)
    .then((manifest) => {
      const m = manifest as ShardManifest;
      if (m.version !== 3) throw new Error(`${SEARCH_INDEX_PATH}: unknown version ${String(m.version)}`);
      searcher = createShardedSearcher(
        m,
        (name) => fetchJson(`${SHARD_DIR}${name}`),
        // The traditional→simplified converter is its own file, fetched only for a query holding Chinese characters.
        () => import('./traditional.ts').then((t) => t.toSimplified),
      );
      // The reader may have typed while the manifest loaded: answer that query now, and put it in the address first
      // (as the debounced update would), so a result followed before the debounce fires still comes Back to it.
      if (input.value !== shown) {
        clearTimeout(timer);
        update('replace');
      } else render(input.value);
    })
    .catch((error: unknown) => {
      loadError = true;
      render(input.value);
      console.error(error);
    });
}
