/** Our `kb.*` UI strings typed for Astro.locals.t, as Starlight's i18n guide describes. */
declare namespace StarlightApp {
  type UserI18nSchema = import('astro:content').CollectionEntry<'i18n'>['data'];
  interface I18n extends UserI18nSchema {}
}
