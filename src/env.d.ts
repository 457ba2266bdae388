/** The site's own UI strings (src/content/i18n/zh-CN.json) are keys `Astro.locals.t` knows. */
declare namespace StarlightApp {
  type UIStrings = typeof import('./content/i18n/zh-CN.json');
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- only an interface merges into Starlight's
  interface I18n extends UIStrings {}
}
