import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

/** Our UI strings (src/content/i18n/zh-CN.json, keys `kb.*`), next to Starlight's own. */
const strings = z.object(
  Object.fromEntries(
    [
      'copyLink', 'copyLinkLabel', 'copied', 'copyPrompt', 'sources', 'frequent', 'frequentExplained', 'unreviewed', 'unreviewedExplained',
      'practice', 'practiceHint', 'showAll', 'hideAll', 'restart', 'progress', 'showAnswer', 'hideAnswer', 'backToTop', 'readingProgress',
      'heroSearchLabel', 'heroSearchPlaceholder', 'heroSearchSubmit',
    ].map((key) => [`kb.${key}`, z.string()]),
  ),
);

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: strings }) }),
};
