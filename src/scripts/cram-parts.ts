/**
 * A long page's later topics (the 突击版's and 高频题's: scripts/cram-split.ts): loaded all at once when the reader starts reading, and put in
 * place in reading order, one topic a task so that reading and scrolling never wait for them.
 *
 * The reader's place is kept by this script while topics come in above it: the browser's own scroll anchoring
 * loses it when the element it holds on to is the one replaced. The place is a heading and how far it stands from
 * the top of the window: the heading a link (the table of contents, cram/#cram-…) points at, the one at the top
 * of the window when the reader left the page (back, reload), or else the one at the top now.
 */
import { hashId } from './hash.ts';

const ATTRIBUTE = 'data-cram-part';
/** Dispatched on the document each time a topic is put in place: its questions' links, practice and titles follow. */
export const TOPIC_LOADED = 'kb:topic-loaded';

/** A heading, and where its top stands in the window (none: where scrolling it into view puts it). */
interface Place {
  id: string;
  top?: number;
}

export function loadCramParts(): void {
  const slots = [...document.querySelectorAll<HTMLElement>(`[${ATTRIBUTE}]`)];
  if (slots.length === 0) return;
  const content = slots[0]!.closest('.sl-markdown-content')!;

  /** The first heading in the window below the site's header (what is above it may still change height), or the last above. */
  const placeNow = (): Place | undefined => {
    const top = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    let at: HTMLElement | undefined;
    for (const heading of content.querySelectorAll<HTMLElement>('h2[id], h3[id]')) {
      at = heading;
      if (heading.getBoundingClientRect().top >= top) break;
    }
    return at && { id: at.id, top: at.getBoundingClientRect().top };
  };
  const hashPlace = (): Place | undefined => {
    const id = hashId();
    return id ? { id } : undefined;
  };
  /** Puts a place's heading back where it stood; false while its topic has not come. */
  const restore = (place: Place): boolean => {
    const heading = document.getElementById(place.id);
    if (!heading) return false;
    if (place.top === undefined) heading.scrollIntoView();
    else scrollBy(0, heading.getBoundingClientRect().top - place.top);
    return true;
  };

  // Back or reload: the browser would restore a height the page does not have yet; the heading is restored instead.
  history.scrollRestoration = 'manual';
  addEventListener('pagehide', () => history.replaceState({ ...(history.state as object | null), kbCramAt: placeNow() }, ''));
  /** What the reader asked to see, kept while topics come in: cleared when they scroll or press a key themselves. */
  // Where the reader was when they left this entry comes before its #…: coming back after a jump from the contents
  // and some reading returns to the reading, not to the jump.
  let pinned = (history.state as { kbCramAt?: Place } | null)?.kbCramAt ?? hashPlace();
  if (pinned) restore(pinned);
  for (const input of ['wheel', 'touchstart', 'pointerdown', 'keydown']) addEventListener(input, () => (pinned = undefined), { passive: true, capture: true });
  addEventListener('hashchange', () => (pinned = hashPlace()));

  /** Puts a topic in its placeholder's place, the reader's place kept. */
  const put = (slot: HTMLElement, html: string) => {
    const hold = pinned ?? placeNow();
    const template = document.createElement('template');
    template.innerHTML = html;
    slot.replaceWith(template.content);
    document.dispatchEvent(new Event(TOPIC_LOADED));
    if (hold) restore(hold);
  };

  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    const texts = slots.map((slot) =>
      fetch(new URL(slot.getAttribute(ATTRIBUTE)!, location.href)).then((response) => (response.ok ? response.text() : Promise.reject(new Error(response.statusText)))),
    );
    for (const [i, slot] of slots.entries()) {
      // A topic that cannot come (offline before it was ever loaded) keeps its note and its link to the topic's page.
      const html = await texts[i]!.catch(() => undefined);
      if (html === undefined) continue;
      await new Promise((resolve) => setTimeout(resolve));
      // (Printing may have put it in place meanwhile.)
      if (slot.isConnected) put(slot, html);
    }
    // The lists drawn near the place take their real height in the next frames.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    if (pinned) restore(pinned);
    pinned = undefined;
    // Starlight's table of contents watches the headings and blocks the page had when it started: started again, it
    // watches the topics that came since.
    for (const toc of document.querySelectorAll('starlight-toc, mobile-starlight-toc')) toc.replaceWith(toc.cloneNode(true));
  };
  // When the reader starts reading (scrolls, touches, presses a key: Ctrl+F too), not before: a reader who only
  // glances at the page does not fetch its 400 KB. A link into a later topic, or a place to return to, starts it now.
  // (Until its topic comes, a question's id marks its topic's placeholder: scripts/cram-split.ts.)
  if (pinned && (document.getElementById(pinned.id)?.closest(`[${ATTRIBUTE}]`) ?? !document.getElementById(pinned.id))) void start();
  // The browser prints what the page holds when printing starts, without waiting for a fetch: the topics not here yet
  // are fetched at once (the service worker keeps them after one visit), so paper holds them all, as the PDF does.
  addEventListener('beforeprint', () => {
    for (const slot of slots.filter((s) => s.isConnected)) {
      const request = new XMLHttpRequest();
      request.open('GET', new URL(slot.getAttribute(ATTRIBUTE)!, location.href), false);
      try {
        request.send();
      } catch {
        continue;
      }
      if (request.status === 200) put(slot, request.responseText);
    }
  });
  for (const event of ['scroll', 'keydown', 'pointerdown', 'touchstart', 'hashchange', 'beforeprint']) addEventListener(event, () => void start(), { once: true, passive: true });
}
