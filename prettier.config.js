// @ts-check
/**
 * `npm run format` writes this style, `npm run lint` checks it. Chosen to match the code as it was
 * written: single quotes, trailing commas, long lines (180 columns left the fewest lines changed;
 * Prettier counts a Chinese character as two). Data tables keep one row a line with `// prettier-ignore`.
 * @type {import('prettier').Config}
 */
export default {
  printWidth: 180,
  singleQuote: true,
  trailingComma: 'all',
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
