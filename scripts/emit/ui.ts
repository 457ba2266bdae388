import strings from '../../src/content/i18n/zh-CN.json' with { type: 'json' };

/** A key of src/content/i18n/zh-CN.json: the site's words, for components (Astro.locals.t) and generated pages alike. */
export type UiKey = keyof typeof strings;

/** A UI string for a generated page, its `{{placeholders}}` filled as Astro.locals.t fills them. */
export function ui(key: UiKey, values: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`UI string ${key} needs a value for {{${name}}}`);
    return String(value);
  });
}
