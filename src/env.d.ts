/** The site's own UI strings (src/content/i18n/zh-CN.json) are keys `Astro.locals.t` knows. */
declare namespace StarlightApp {
  type UIStrings = typeof import('./content/i18n/zh-CN.json');
  interface I18n extends UIStrings {}
}
