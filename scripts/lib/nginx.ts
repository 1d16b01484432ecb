// Debian's nginx as an ordinary process, running the shipped server block (deploy/nginx.conf) and its
// security-headers snippet byte for byte. Only what deploy/ marks as per site is written here: the
// listen address and root (zerobay/site.conf) and the upstream (zerobay/api.conf), plus the http{}
// context a distribution's own nginx.conf would give. Everything nginx writes goes to a temp folder.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const DEPLOY_DIR = resolve(import.meta.dirname, '../../deploy');
/** The files the suite runs unchanged. */
export const SHIPPED_FILES = ['nginx.conf', 'zerobay/security-headers.conf'] as const;

export const nginxAvailable = (): boolean => existsSync(NGINX_PATH);

export interface NginxOptions {
  port: number;
  /** The folder served: a build (dist/ or a copy with its own config.json). */
  root: string;
  /** Where /api/ goes, e.g. http://127.0.0.1:8787 (the path is passed as is). */
  upstream: string;
  /** Extra lines for zerobay/api.conf (e.g. `proxy_cache zerobay_api;`). */
  apiExtra?: string;
  /** Extra lines for the http{} context (e.g. a `proxy_cache_path`); `{tmp}` is the temp folder. */
  httpExtra?: string;
  /** Access log in the temp folder (the fleet benchmark counts lines); off by default. */
  accessLog?: boolean;
}

export interface RunningNginx {
  url: string;
  dir: string;
  pid: number;
  /** Stops the process by its pid and removes the temp folder (keeps it when `keep`). */
  stop(keep?: boolean): Promise<void>;
  errorLog(): string;
}

export async function startNginx(opts: NginxOptions): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'zerobay-nginx-'));
  mkdirSync(join(dir, 'zerobay'));
  for (const f of SHIPPED_FILES.filter((f) => f !== 'nginx.conf'))
    copyFileSync(join(DEPLOY_DIR, f), join(dir, f));
  writeFileSync(
    join(dir, 'zerobay/site.conf'),
    `listen 127.0.0.1:${opts.port};\nserver_name localhost;\nroot ${resolve(opts.root)};\n`,
  );
  writeFileSync(join(dir, 'zerobay/api.conf'), `proxy_pass ${opts.upstream};\n${opts.apiExtra ?? ''}\n`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `  ${t}_temp_path ${dir}/${t}_temp;`)
    .join('\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
# Run as root (CI), the workers would otherwise be "nobody" and might not read the worktree.
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${opts.accessLog ? `${dir}/access.log` : 'off'};
${temp}
${(opts.httpExtra ?? '').replaceAll('{tmp}', dir)}
  include ${join(DEPLOY_DIR, 'nginx.conf')};
}
`,
  );
  const test = spawn(
    NGINX_PATH,
    ['-t', '-q', '-e', `${dir}/error.log`, '-p', dir, '-c', `${dir}/nginx.conf`],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let testErr = '';
  test.stderr.on('data', (d: Buffer) => (testErr += d.toString()));
  const code = await new Promise<number | null>((r) => test.on('exit', r));
  if (code !== 0) throw new Error(`nginx -t failed: ${testErr}`);

  const child: ChildProcess = spawn(
    NGINX_PATH,
    ['-e', `${dir}/error.log`, '-p', dir, '-c', `${dir}/nginx.conf`],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${opts.port}`;
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let i = 0; ; i++) {
    if (exited || i > 100) throw new Error(`nginx did not start: ${readLog(dir)}`);
    try {
      await fetch(`${url}/config.json`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const pid = Number(readFileSync(`${dir}/nginx.pid`, 'utf8').trim());
  return {
    url,
    dir,
    pid,
    errorLog: () => readLog(dir),
    stop: async (keep = false) => {
      if (!exited) {
        const gone = new Promise((r) => child.once('exit', r));
        process.kill(pid, 'SIGTERM');
        await gone;
      }
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readLog(dir: string): string {
  try {
    return readFileSync(`${dir}/error.log`, 'utf8');
  } catch {
    return '';
  }
}
