import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../support/static-server.ts';

const dist = join(import.meta.dirname, '../../dist');
const TOPICS = ['architecture', 'etcd', 'pod', 'workloads', 'scheduling', 'service', 'network', 'storage', 'security', 'istio', 'observability', 'operations'];

describe('links in dist/', () => {
  it('has no broken internal link or #fragment; external links are listed, not fetched (no network here)', async () => {
    const server = await serveStatic(dist);
    try {
      const site = server.url.replace(/\/$/, '');
      const result = await new LinkChecker().check({
        path: server.url,
        recurse: true,
        checkFragments: true,
        linksToSkip: async (link) => !link.startsWith(site),
      });
      const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent})`);
      expect(broken).toEqual([]);
      const checked = new Set(result.links.filter((l) => l.state === 'OK').map((l) => l.url));
      for (const topic of TOPICS) expect(checked).toContain(`${site}/${topic}/`);
    } finally {
      await server.close();
    }
  });
});
