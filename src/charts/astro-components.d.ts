/**
 * Lets plain TypeScript (`tsc --noEmit`) import `.astro` components, as `render.ts` does for the container API;
 * `astro check` types the components themselves.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

  const Component: AstroComponentFactory;
  export default Component;
}
