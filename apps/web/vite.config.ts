// The workbench's build (docs/web.md): one entry (the shell) and one lazily loaded chunk per page,
// written to dist/web/, which `fordeling serve` serves at `/`. Nothing is fetched at run time.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  logLevel: 'warn',
  // React 19's automatic JSX runtime; Vite 8 transforms TSX with oxc, so no Babel plugin is needed
  // for a production build (Fast Refresh in a dev server is all @vitejs/plugin-react would add).
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    // JSON Forms' own validation is off (the engine validates on the server): Ajv is replaced by a
    // stand-in (src/lib/ajv-stand-in.ts says why) — CSP-safe and some 30 KB less per editor load.
    alias: [
      { find: /^ajv$/, replacement: fileURLToPath(new URL('./src/lib/ajv-stand-in.ts', import.meta.url)) },
      { find: /^ajv-formats$/, replacement: fileURLToPath(new URL('./src/lib/ajv-formats-stand-in.ts', import.meta.url)) },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      // React Router marks its module "use client" for server components; meaningless in this bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
