/**
 * The id the address's #… names, decoded (`#%E9%95%9C%E5%83%8F` → 镜像); a malformed escape, as a chat app may cut a
 * link, is read as written instead of stopping the script that asks.
 */
export function hashId(hash = location.hash): string {
  const raw = hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
