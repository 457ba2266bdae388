import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // Our own UI strings (`kb.*`, `kbSearch.*`, `kbNav.*` and the generated pages' `kbHome.*`, `kbTopic.*`, …) sit next to Starlight's in src/content/i18n/zh-CN.json.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
