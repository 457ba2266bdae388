/**
 * What the renderer, the site and the tests share about a diagram's variants: its two themes, the
 * phone variant, and the room a diagram needs to be read. The renderer refuses a diagram a phone
 * cannot show; Diagram.astro picks the variant that fits.
 */

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** A phone variant `<name>.phone.mmd` redraws diagram `<name>` for narrow screens; it is not a diagram of its own. */
export const PHONE_SUFFIX = '.phone';

/** Mermaid draws every label at 16 px; shrunk to fit a column, labels must stay at least 11 px. */
const LABEL_PX = 16;
export const MIN_LABEL_PX = 11;

/** Diagram.astro's frame around the SVG: a 1-px border and 8-px padding on each side. */
const FRAME_PX = 2 * 1 + 2 * 8;

/** What the SVG gets on a 390-px phone: Starlight's 16-px page margins, then the frame. */
export const PHONE_ROOM_PX = 390 - 2 * 16 - FRAME_PX;

/** The narrowest room in which a diagram `width` px wide, shrunk to fit, keeps its labels at least 11 px. */
export function readableIn(width: number): number {
  return Math.ceil((width * MIN_LABEL_PX) / LABEL_PX);
}
