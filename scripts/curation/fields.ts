import { z } from 'zod';

/** `<notes file>:<line>`, the place a question (or a heading) starts in `sources/`. */
export const At = z.string().regex(/^[^:\s]+\.(txt|md):[1-9]\d*$/, 'expected "<notes file>:<line>", e.g. "001_764fa187a98efb01.txt:1715"');
export const Reason = z.string().min(4, 'give the reason in a few words');
/** A question's anchor as it appears in links: short lowercase ASCII words joined by hyphens. */
export const Anchor = z
  .string()
  .max(40)
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'expected lowercase ASCII words joined by hyphens, e.g. "restart-policy"');
