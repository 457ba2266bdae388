/** Guesses the language of an unlabelled code block so it is highlighted; `text` when unsure. */
export function guessLanguage(content: readonly string[]): string {
  const code = content.filter((l) => l.trim() !== '');
  if (code.some((l) => /^\s*(apiVersion|kind|metadata|spec)\s*:/.test(l))) return 'yaml';
  if (code.some((l) => /^\s*(\$ |kubectl |docker |helm |etcdctl |systemctl |curl |yum |apt(-get)? )/.test(l))) return 'bash';
  if (code.length > 0 && /^\s*[{[]/.test(code[0]!)) return 'json';
  return 'text';
}
