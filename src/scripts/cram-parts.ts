/**
 * The 突击版's later topics (scripts/cram-split.ts): loaded all at once when the reader starts reading, and put in
 * place in reading order, one topic a task so that reading and scrolling never wait for them. A link to an
 * entry in one of them (cram/#cram-…) starts the loading at once and lands on the entry when it has come.
 */
const ATTRIBUTE = 'data-cram-part';

export function loadCramParts(): void {
  const slots = [...document.querySelectorAll<HTMLElement>(`[${ATTRIBUTE}]`)];
  if (slots.length === 0) return;
  /** The entry the address points at, while it has not come. */
  const wanted = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    return id && !document.getElementById(id) ? id : '';
  };
  let waiting = wanted();
  addEventListener('hashchange', () => (waiting = wanted()));
  const yieldToPage = () => new Promise((resolve) => setTimeout(resolve));

  let started = false;
  let landed: { target: HTMLElement; at: number } | undefined;
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
      await yieldToPage();
      const template = document.createElement('template');
      template.innerHTML = html;
      slot.replaceWith(template.content);
      const target = waiting && document.getElementById(waiting);
      if (target) {
        target.scrollIntoView();
        landed = { target, at: scrollY };
        waiting = '';
      }
    }
    // The lists drawn near the entry take their real height in the next frames: once all have come, the entry is
    // put back at the top, unless the reader has scrolled since.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    if (landed && scrollY === landed.at) landed.target.scrollIntoView();
  };
  // When the reader starts reading (scrolls, touches, presses a key: Ctrl+F too), not before: a reader who only
  // glances at the page does not fetch its 400 KB.
  if (waiting) void start();
  for (const event of ['scroll', 'keydown', 'pointerdown', 'touchstart', 'hashchange', 'beforeprint']) addEventListener(event, () => void start(), { once: true, passive: true });
}
