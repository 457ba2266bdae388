/**
 * Opens the header's search dialog from elsewhere on a page (the hero's box, the 404 page's button),
 * with `query` in its box when given. The header button is enabled once its script has loaded, and the
 * box exists once the dialog has opened: both are waited for, a few seconds at most.
 */
export function openSearch(query?: string): void {
  const fill = (text: string, tries: number) => {
    const input = document.querySelector<HTMLInputElement>('site-search dialog[open] .pagefind-ui__search-input');
    if (input) {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (tries > 0) setTimeout(() => fill(text, tries - 1), 100);
  };
  const open = (tries: number) => {
    const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
    if (button && !button.disabled) {
      button.click();
      if (query !== undefined) fill(query, 50);
    } else if (tries > 0) setTimeout(() => open(tries - 1), 100);
  };
  open(50);
}

/** Starts loading the search (its panel and index) when a reader shows intent elsewhere on the page: focus of the hero's box. */
export function preloadSearch(): void {
  (document.querySelector('site-search') as (HTMLElement & { preload?: () => void }) | null)?.preload?.();
}
