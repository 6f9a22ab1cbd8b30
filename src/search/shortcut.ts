/**
 * The header search box's script, on every page: `/` focuses the search box, and the first focus prefetches
 * the index and the search page so results show at once. It never loads the index by itself.
 */
// The addresses come from the markup (the form's action, the input's data attribute) so this script imports
// nothing and stays one small file on every page.

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

function prefetch(href: string, as: string): void {
  if (document.head.querySelector(`link[rel="prefetch"][href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = href;
  link.as = as;
  document.head.append(link);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing || isEditable(event.target)) return;
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

for (const input of document.querySelectorAll<HTMLInputElement>('[data-search-prefetch]')) {
  input.addEventListener(
    'focus',
    () => {
      const index = input.dataset.searchPrefetch;
      if (index) prefetch(index, 'fetch');
      if (input.form) prefetch(input.form.getAttribute('action') ?? '', 'document');
    },
    { once: true },
  );
}
