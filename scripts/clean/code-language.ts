/** Guesses the language of an unlabelled code block so it is highlighted; `text` when unsure. */
export function guessLanguage(content: readonly string[]): string {
  const code = content.filter((l) => l.trim() !== '');
  if (code.some((l) => /^\s*(apiVersion|kind|metadata|spec)\s*:/.test(l))) return 'yaml';
  if (code.some((l) => /^\s*(\$ |\[[\w-]+@[^\]]*\][#$] ?)?(kubectl|docker|helm|etcdctl|systemctl|curl|wget|cat|yum|apt(-get)?)\s/.test(l))) return 'bash';
  if (code.length > 0 && code.every((l) => /^\s*[-\w.]+\s*[:：](?!\/\/)/.test(l) || /^\s+/.test(l))) return 'yaml';
  return 'text';
}
