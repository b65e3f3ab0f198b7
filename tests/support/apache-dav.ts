// A real WebDAV server for the tests (#16): Debian's Apache (apache2-bin) with mod_dav and
// mod_dav_fs, Basic auth, on 127.0.0.1, in a temporary folder the test owns; started by the
// test and stopped after. Apache rather than npm's webdav-server 2.6.3: measured, that one
// sends no ETag, answers a GET with If-None-Match in full and takes a PUT whose If-Match
// does not match, so neither the conditional checks nor the safe upload could be tested
// against it; mod_dav is also what offices run. Plain Node: no `@/` alias (e2e files use it).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const APACHE = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';

export type DavServer = {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The folder served at `/dav/`, for the test to look at files directly. */
  root: string;
  user: string;
  password: string;
  /** Every request Apache logged so far: method, path, status. Apache writes a request's
   * line after its answer has gone out, so a test reads it with settledLog(). */
  log(): Array<{ method: string; path: string; status: number }>;
  /** The log once it stops growing (the last request's line written). */
  settledLog(): Promise<Array<{ method: string; path: string; status: number }>>;
  stop(): Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function answers(origin: string): Promise<boolean> {
  try {
    await fetch(`${origin}/`, { method: 'OPTIONS' });
    return true;
  } catch {
    return false;
  }
}

export async function startDavServer(user = 'writer', password = 'secret-pw'): Promise<DavServer> {
  if (!existsSync(APACHE)) throw new Error(`Apache not found at ${APACHE} (apt-get install apache2-bin)`);
  const dir = mkdtempSync(join(tmpdir(), 'juku-dav-'));
  const root = join(dir, 'www');
  mkdirSync(join(root, 'dav'), { recursive: true });
  // Apache refuses to serve as root: it serves as nobody then, who must write the share.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) for (const path of [dir, root, join(root, 'dav')]) chmodSync(path, 0o777);
  // {SHA}: the one hashed format Apache reads on Unix that needs no htpasswd binary.
  writeFileSync(join(dir, 'users'), `${user}:{SHA}${createHash('sha1').update(password).digest('base64')}\n`);
  const port = await freePort();
  const modules = ['mpm_event', 'authz_core', 'authn_core', 'authn_file', 'auth_basic', 'authz_user', 'dav', 'dav_fs'];
  writeFileSync(
    join(dir, 'httpd.conf'),
    [
      `ServerRoot "${dir}"`,
      'ServerName 127.0.0.1',
      `Listen 127.0.0.1:${port}`,
      `PidFile "${dir}/httpd.pid"`,
      `ErrorLog "${dir}/error.log"`,
      'LogFormat "%m %U %>s" juku',
      `CustomLog "${dir}/access.log" juku`,
      ...modules.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`),
      ...(asRoot ? ['User nobody', 'Group nogroup'] : []),
      'StartServers 1',
      'ServerLimit 1',
      'ThreadsPerChild 8',
      'MaxRequestWorkers 8',
      `DAVLockDB "${dir}/davlock"`,
      `DocumentRoot "${root}"`,
      `<Directory "${root}/dav">`,
      '  Dav On',
      '  FileETag Digest',
      '  AuthType Basic',
      '  AuthName "juku"',
      `  AuthUserFile "${dir}/users"`,
      '  Require valid-user',
      '</Directory>',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(APACHE, ['-f', join(dir, 'httpd.conf'), '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100 && !(await answers(origin)); i++) {
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!(await answers(origin))) {
    child.kill('SIGKILL');
    const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Apache did not start: ${stderr}${log}`);
  }
  const log = () =>
      (existsSync(join(dir, 'access.log')) ? readFileSync(join(dir, 'access.log'), 'utf8') : '')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [method, path, status] = line.split(' ');
          return { method: method!, path: path!, status: Number(status) };
        });
  return {
    origin,
    root: join(root, 'dav'),
    user,
    password,
    log,
    settledLog: async () => {
      let seen = log();
      for (;;) {
        await new Promise((r) => setTimeout(r, 150));
        const now = log();
        if (now.length === seen.length) return now;
        seen = now;
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        // SIGTERM: Apache stops its children and removes its pid file.
        child.kill('SIGTERM');
      }),
  };
}
