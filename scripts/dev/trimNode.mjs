// postinstall: the pinned Node (the `node` package) unpacks its platform package with the C headers used to compile
// native addons (67 MB). Nothing here compiles one (every native dependency ships prebuilt), so the headers go; the
// `node` binary itself stays where npm put it. Plain JavaScript: it runs under whatever Node started npm.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', '..', 'node_modules', 'node', 'node_modules');
if (existsSync(dir)) {
  for (const name of readdirSync(dir).filter((n) => n.startsWith('node-'))) {
    rmSync(join(dir, name, 'include'), { recursive: true, force: true });
  }
}
