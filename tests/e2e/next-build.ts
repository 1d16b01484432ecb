import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The next build, made from a deployed copy of the suite's build instead of building twice: what a rebuild
 * with one changed line in the app's entry produces, as far as a browser and the shell's worker can tell.
 * - The entry script's content changes, so its hashed name changes; every script or stylesheet that names a
 *   renamed file changes too and is renamed in turn (the bundler's hashes cascade the same way).
 * - index.html names the new entry, so it changes; sw.js lists every renamed file and the new revision
 *   (an MD5 of the content, as Workbox computes it) of every changed one, so the browser sees a new worker.
 * - The old files are gone from the served folder, as after a deployment that replaces the folder.
 * The build id the app reports (buildId() in src/data/kept-headline.ts) is the entry script's address.
 */

const md5 = (text: string | Buffer) => createHash('md5').update(text).digest('hex');
const HASHED = /-([A-Za-z0-9_-]{8})\.(js|css)$/;

/** The entry script's path in a build's index.html (e.g. "assets/index-CYBLCKtF.js"). */
export const entryOf = (root: string): string => {
  const m = /<script type="module"[^>]* src="\/(assets\/[^"]+\.js)"/.exec(
    readFileSync(`${root}/index.html`, 'utf8'),
  );
  if (!m) throw new Error(`${root}/index.html names no entry script`);
  return m[1]!;
};

const renamed = (file: string) =>
  file.replace(HASHED, (_all, hash: string, ext: string) => {
    const next = createHash('sha256').update(`${hash}/next`).digest('base64url').slice(0, 8);
    return `-${next}.${ext}`;
  });

/**
 * Writes build B into `next` from the deployed build A in `root` (config.json kept: a deployer's own file),
 * then puts it in A's place. Returns both entry scripts.
 */
export function deployNextBuild(root: string): { before: string; after: string } {
  const { before, after, swap } = prepareNextBuild(root);
  swap();
  return { before, after };
}

/**
 * Build B written beside A, and `swap` to put it in A's place in one rename: a test that must deploy at a
 * given moment (a wall's rotation) prepares first, since writing B takes a second or more on a busy machine.
 */
export function prepareNextBuild(root: string): { before: string; after: string; swap: () => void } {
  const next = `${root}-next`;
  rmSync(next, { recursive: true, force: true });
  cpSync(root, next, { recursive: true });
  const assets = readdirSync(`${next}/assets`).filter((f) => HASHED.test(f));
  const text = new Map(assets.map((f) => [f, readFileSync(`${next}/assets/${f}`, 'utf8')]));

  const before = entryOf(next);
  const entry = before.slice('assets/'.length);
  // The one changed line of source.
  text.set(entry, `${text.get(entry)!}\n//# the next build\n`);
  const changed = new Set([entry]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [f, body] of text)
      if (!changed.has(f) && [...changed].some((c) => body.includes(c))) {
        changed.add(f);
        grew = true;
      }
  }
  const names = new Map([...changed].map((f) => [f, renamed(f)]));
  const rewrite = (body: string) => {
    let out = body;
    for (const [from, to] of names) out = out.replaceAll(from, to);
    return out;
  };
  for (const f of changed) {
    rmSync(`${next}/assets/${f}`);
    writeFileSync(`${next}/assets/${names.get(f)!}`, rewrite(text.get(f)!));
  }
  for (const f of ['index.html', '.vite/manifest.json'].filter((f) => existsSync(`${next}/${f}`)))
    writeFileSync(`${next}/${f}`, rewrite(readFileSync(`${next}/${f}`, 'utf8')));

  // sw.js: the renamed files, and every listed file's revision taken again from what is now served.
  const sw = readFileSync(`${next}/sw.js`, 'utf8');
  const revised = new Set<string>();
  const nextSw = rewrite(sw).replace(
    /\{url:"([^"]+)",revision:"([0-9a-f]{32})"\}/g,
    (_all, url: string, rev: string) => {
      const now = md5(readFileSync(join(next, url)));
      if (now !== rev) revised.add(url);
      return `{url:"${url}",revision:"${now}"}`;
    },
  );
  // Workbox's own revisions of the files left alone are what this recomputes: else this is not its manifest.
  const sameAsWorkbox = [...sw.matchAll(/\{url:"(boot\.js|favicon\.svg)",revision:"([0-9a-f]{32})"\}/g)];
  if (
    sameAsWorkbox.length === 0 ||
    sameAsWorkbox.some(([, url, rev]) => md5(readFileSync(join(next, url!))) !== rev)
  )
    throw new Error('sw.js revisions are not MD5s of the files: the next build would be wrong');
  if (!revised.has('index.html')) throw new Error('sw.js: the next index.html has the old revision');
  writeFileSync(`${next}/sw.js`, nextSw);

  const swap = () => {
    rmSync(root, { recursive: true, force: true });
    renameSync(next, root);
  };
  return { before: `/${before}`, after: `/${entryOf(next)}`, swap };
}
