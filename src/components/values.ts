/**
 * Values for a UI string with placeholders (`t(key, values(…))`). Astro escapes what it renders, so
 * i18next must not escape them first: a question with 「IPv4/IPv6」 would read 「IPv4&#x2F;IPv6」.
 */
export const values = (values: Record<string, string | number>) => ({ ...values, interpolation: { escapeValue: false } });
