/**
 * Starlight's route data, adjusted where our sidebar is not a plain list of pages: a topic's own pages
 * (/pod/create/) are not in it, so there its topic's entry is marked as where the reader is (their 上一页 and
 * 下一页 are in their front matter: scripts/emit/topic-page.ts); and 待补充 leaves it, and 上一页 and 下一页,
 * while no question is open (its page stays, for links to it, and says 共 0 道). And the table of contents of a page whose
 * questions stand under no group heading (a group's own page, /pod/config/) lists them beside 概述, not under it: they
 * are the page's sections, not parts of its introduction.
 */
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import records from './data/search.json';

type Entry = StarlightRouteData['sidebar'][number];
type Link = Extract<Entry, { type: 'link' }>;

const links = (entries: readonly Entry[]): Link[] => entries.flatMap((entry) => (entry.type === 'group' ? links(entry.entries) : [entry]));
const OPEN = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/open/`;

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const all = links(route.sidebar);
  if (!all.some((link) => link.isCurrent)) {
    // The entry whose address the page's begins with (not the home page's, which every address does).
    const topic = all.find((link) => link.href !== import.meta.env.BASE_URL && context.url.pathname.startsWith(link.href));
    if (topic) topic.isCurrent = true;
  }
  const overview = route.toc?.items[0];
  if (route.toc && overview && overview.children.length > 0) {
    route.toc.items.splice(1, 0, ...overview.children.map((item) => ({ ...item, depth: overview.depth })));
    overview.children = [];
  }
  const open = all.findIndex((link) => link.href === OPEN);
  if (open >= 0 && !records.some((r) => r.unanswered)) {
    route.sidebar = route.sidebar.filter((entry) => entry !== all[open]);
    const { prev, next } = route.pagination;
    if (prev?.href === OPEN) route.pagination.prev = all[open - 1];
    if (next?.href === OPEN) route.pagination.next = all[open + 1];
  }
});
