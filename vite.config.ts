/**
 * Two Vite passes write dist/chrome (scripts/write-manifests.ts then derives dist/firefox):
 *  - default: extension pages (popup, library, reader) and the background as ES modules with shared chunks;
 *  - `--mode content`: the content script as one self-contained IIFE, because scripting.executeScript
 *    injects a classic script that cannot import anything.
 */
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const outDir = resolve(import.meta.dirname, 'dist/chrome');

export default defineConfig(({ mode }) =>
  mode === 'content'
    ? {
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: false,
          minify: true,
          lib: { entry: resolve(import.meta.dirname, 'src/content/index.ts'), formats: ['iife'], name: 'clearpageContent', fileName: () => 'content.js' },
        },
      }
    : {
        root: resolve(import.meta.dirname, 'src'),
        publicDir: resolve(import.meta.dirname, 'public'),
        plugins: [preact()],
        build: {
          outDir,
          emptyOutDir: true,
          // <link rel="modulepreload"> tags let the browser fetch a page's chunks at once instead of one import
          // after another; the polyfill would be an inline script, which the extension CSP forbids.
          modulePreload: { polyfill: false },
          rollupOptions: {
            input: {
              popup: resolve(import.meta.dirname, 'src/popup/popup.html'),
              library: resolve(import.meta.dirname, 'src/library/library.html'),
              reader: resolve(import.meta.dirname, 'src/reader/reader.html'),
              options: resolve(import.meta.dirname, 'src/options/options.html'),
              background: resolve(import.meta.dirname, 'src/background/index.ts'),
            },
            output: {
              entryFileNames: (chunk) => (chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js'),
              // Preact with the small helpers every page's first screen imports, as one chunk: the library's
              // first paint otherwise waits on five separate module requests.
              codeSplitting: { groups: [{ name: 'ui', test: /node_modules[\\/]preact[\\/](dist|hooks|jsx-runtime)[\\/]|src[\\/](ui[\\/]format|ui[\\/]use-theme|reader[\\/]reader-url|library[\\/]use-live-settings|store[\\/]storage-errors)\.ts/ }] },
            },
          },
        },
      },
);
