import { execFileSync } from 'node:child_process';

/**
 * Runs `npm run build` as a plain shell would. Vitest puts NODE_ENV=test and Vite's MODE, DEV, PROD,
 * SSR and BASE_URL into process.env; inherited, NODE_ENV=test makes the search dialog say search
 * only works in production builds, and DEV=1 leaves it with no search box at all.
 */
export function buildSite(cwd: string, env: Record<string, string> = {}, args: string[] = [], script = 'build'): void {
  const clean = { ...process.env };
  for (const name of Object.keys(clean)) {
    if (/^(NODE_ENV|TEST|VITEST.*|MODE|DEV|PROD|SSR|BASE_URL|KB_.*|BASE_PATH|SITE_URL)$/.test(name)) delete clean[name];
  }
  try {
    execFileSync('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], {
      cwd,
      env: { ...clean, ...env },
      stdio: 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`npm run ${script} failed in ${cwd}:\n${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? e.message}`, { cause: error });
  }
}
