import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Replaces a generated directory as a whole: everything is written to a sibling temp directory
 * first, so a failure leaves the previous output intact.
 */
export function replaceDirectory(target: string, files: ReadonlyMap<string, string>): void {
  const temp = `${target}.tmp`;
  const old = `${target}.old`;
  rmSync(temp, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  for (const [path, content] of files) {
    const full = join(temp, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  mkdirSync(dirname(target), { recursive: true });
  try {
    renameSync(target, old);
  } catch {
    // No previous output.
  }
  renameSync(temp, target);
  rmSync(old, { recursive: true, force: true });
}
