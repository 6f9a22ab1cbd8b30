/**
 * `npm start`: regenerate content/ from the sources, build the site, and serve dist/ locally.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'node_modules', '.bin');
const port = Number(process.env.PORT ?? 4321);
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

async function main(): Promise<void> {
  for (const [label, command, args] of [
    ['ingest', 'tsx', ['scripts/ingest.ts']],
    ['build', 'astro', ['build']],
  ] as const) {
    const code = await run(command, [...args]);
    if (code !== 0) {
      console.error(`start: ${label} failed (exit ${code})`);
      process.exit(code);
    }
  }
  console.log(`\n泉城数读 is at http://localhost:${port}/  (Ctrl-C to stop)\n`);
  // --ignore-lock keeps the server in the foreground whatever terminal runs it.
  process.exit(await run('astro', ['preview', '--port', String(port), '--ignore-lock']));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
