/**
 * Type-checked by tsc and astro check, never run: `t()` takes only keys of Starlight's UI strings
 * and src/content/i18n/zh-CN.json. Were a misspelt key accepted, the directive below would fail.
 */
declare const t: App.Locals['t'];

t('kb.errata');
t('search.label');
// @ts-expect-error an unknown key
t('kb.noSuchKey');
