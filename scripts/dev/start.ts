/**
 * `npm start`: regenerate content/ from the sources, build the site, and serve dist/ locally.
 * `PORT` chooses the port (4321 by default); when it is taken the next free one is used, and the address printed
 * is the one the server reports it listens on.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { parseServerUrl } from './serverUrl.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'node_modules', '.bin');
const wanted = Number(process.env.PORT ?? 4321);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  TZ: 'Asia/Shanghai',
  PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
};

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(bin, command), args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** Whether nothing listens on `port` (checked the way the server will bind it). */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

/** The first free port from `from` on. */
async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port += 1) if (await isFree(port)) return port;
  throw new Error(`no free port between ${from} and ${from + 99}`);
}

/** Serves dist/ and prints the address the server itself reports, once it is listening. */
function serve(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    // --ignore-lock keeps the server in the foreground whatever terminal runs it.
    const child = spawn(path.join(bin, 'astro'), ['preview', '--port', String(port), '--ignore-lock'], {
      cwd: root,
      env,
      stdio: ['inherit', 'pipe', 'inherit'],
    });
    let announced = false;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (announced) return;
      buffer += chunk.toString('utf8');
      const url = parseServerUrl(buffer);
      if (url) {
        announced = true;
        console.log(`\n泉城数读 is at ${url}  (Ctrl-C to stop)\n`);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<void> {
  for (const [label, command, args] of [
    ['ingest', 'tsx', ['scripts/ingest/cli.ts']],
    ['build', 'astro', ['build']],
  ] as const) {
    const code = await run(command, [...args]);
    if (code !== 0) {
      console.error(`start: ${label} failed (exit ${code})`);
      process.exit(code);
    }
  }
  const port = await freePort(wanted);
  if (port !== wanted) console.log(`start: port ${wanted} is taken; using ${port}`);
  process.exit(await serve(port));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
