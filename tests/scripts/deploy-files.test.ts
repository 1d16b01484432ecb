import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../vite.config';

// docs/deploy.md shows the shipped nginx files between `<!-- embed PATH -->` markers; the copies must be
// the files, byte for byte, or a deployer copies something the suite never ran.
const doc = readFileSync('docs/deploy.md', 'utf8');
const embeds = [...doc.matchAll(/<!-- embed (\S+) -->\n```nginx\n([\s\S]*?)```\n<!-- \/embed -->/g)].map(
  ([, path, text]) => ({ path: path!, text: text! }),
);

describe('the deployment files', () => {
  it('docs/deploy.md embeds every file of deploy/', () => {
    expect(embeds.map((e) => e.path).sort()).toEqual([
      'deploy/nginx.conf',
      'deploy/zerobay/api.conf',
      'deploy/zerobay/security-headers.conf',
      'deploy/zerobay/site.conf',
    ]);
  });

  for (const { path, text } of embeds) {
    it(`the copy of ${path} in docs/deploy.md is the file`, () => {
      expect(text).toBe(readFileSync(path, 'utf8'));
    });
  }

  it('nginx sends the policy the build is tested with', () => {
    const snippet = readFileSync('deploy/zerobay/security-headers.conf', 'utf8');
    const csp = /^add_header Content-Security-Policy "([^"]+)" always;$/m.exec(snippet)?.[1];
    expect(csp).toBe(contentSecurityPolicy(''));
  });

  it('every location of the server block includes the security headers (nginx drops outer add_header)', () => {
    const conf = readFileSync('deploy/nginx.conf', 'utf8').replace(/#.*$/gm, '');
    const locations = [...conf.matchAll(/location\s+[^{]+\{([^}]*)\}/g)].map((m) => m[1]!);
    expect(locations.length).toBeGreaterThanOrEqual(5);
    for (const body of locations) expect(body).toContain('include zerobay/security-headers.conf;');
    // Outside the locations: no add_header that a location would silently drop.
    expect(conf.replace(/location\s+[^{]+\{[^}]*\}/g, '')).not.toContain('add_header');
  });
});
