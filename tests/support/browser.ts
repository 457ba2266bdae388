import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts headless Chromium, quietly and offline-friendly. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** What went wrong in a page as a reader's browser would report it: console errors and uncaught exceptions. */
export interface PageProblems {
  /** Messages of `console.error` calls and browser-logged errors (failed resource loads, CSP, …). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections thrown by the page's scripts. */
  pageErrors: string[];
  /** Requests that failed outright (connection refused, aborted) or answered with HTTP ≥ 400. */
  failedRequests: string[];
  /** Everything above, one line each; empty when the page is clean. */
  all(): string[];
}

/** Starts recording a page's problems; attach before the first `goto`. */
export function collectProblems(page: Page): PageProblems {
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    all() {
      return [...this.consoleErrors.map((m) => `console.error: ${m}`), ...this.pageErrors.map((m) => `page error: ${m}`), ...this.failedRequests.map((m) => `request: ${m}`)];
    },
  };
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location().url;
      problems.consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
    }
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
  // A request the browser abandoned and then made again and got (a navigation superseded by the same one on a
  // busy machine) is nothing a reader sees: only an abort that was never served counts.
  const served = new Set<string>();
  const aborted: string[] = [];
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'failed';
    if (error === 'net::ERR_ABORTED') aborted.push(request.url());
    else problems.failedRequests.push(`${request.url()} ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} HTTP ${response.status()}`);
    else served.add(response.url());
  });
  const all = problems.all.bind(problems);
  problems.all = () => [...all(), ...aborted.filter((url) => !served.has(url)).map((url) => `request: ${url} net::ERR_ABORTED`)];
  return problems;
}

/** axe-core's violations on a page (or inside `include`), one line each: the rule and up to three of the elements it names. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/** Types a query into the site's search dialog (opening it) and returns the result links once the first shows, with their addresses. */
export async function searchResultLinks(page: Page, query: string): Promise<{ links: Locator; hrefs: string[] }> {
  await page.locator('site-search button[data-open-modal]').click();
  const dialog = page.locator('site-search dialog[open]');
  await dialog.locator('input.pagefind-ui__search-input').fill(query);
  const links = dialog.locator('a.pagefind-ui__result-link');
  await links.first().waitFor({ state: 'visible' });
  return { links, hrefs: await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')) };
}
