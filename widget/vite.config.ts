import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

// This config only builds for production. Under a test runner NODE_ENV is "test", and Vite would then
// resolve Lit's "development" export condition: a build twice the size, with dev-mode warnings.
process.env.NODE_ENV = 'production';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const outRoot = here('../dist/widget');

/** Copies the Zendesk app's manifest and translations next to its built iframe page. */
function zendeskPackage(): Plugin {
  return {
    name: 'orderlens-zendesk-package',
    generateBundle() {
      for (const file of ['manifest.json', 'translations/en.json']) {
        this.emitFile({
          type: 'asset',
          fileName: file,
          source: readFileSync(here(`zendesk/${file}`), 'utf8'),
        });
      }
    },
  };
}

/**
 * The demo pages load the widget the way any host does, from its built entry next to them, instead
 * of bundling a second copy of it.
 */
function widgetAsHost(): Plugin {
  return {
    name: 'orderlens-widget-external',
    enforce: 'pre',
    resolveId(source) {
      if (source.endsWith('/src/orderlens.js')) return { id: '../orderlens.js', external: 'relative' };
      return null;
    },
  };
}

const build: UserConfig['build'] = {
  target: 'es2022',
  modulePreload: { polyfill: false },
  reportCompressedSize: false,
  sourcemap: true,
};

const modes: Record<string, UserConfig> = {
  // The widget's one entry, `orderlens.js` (stable name, what hosts load), plus its lazy chunks.
  widget: {
    build: {
      ...build,
      outDir: outRoot,
      emptyOutDir: true,
      rollupOptions: {
        input: { orderlens: here('src/orderlens.ts') },
        output: { entryFileNames: '[name].js', chunkFileNames: 'assets/[name]-[hash].js' },
        preserveEntrySignatures: 'allow-extension',
      },
    },
  },
  // The demo desk and the iframe-bridge page, served by the BFF at /desk/.
  pages: {
    plugins: [widgetAsHost()],
    build: {
      ...build,
      outDir: outRoot,
      emptyOutDir: false,
      rollupOptions: { input: { desk: here('desk.html'), bridge: here('bridge.html') } },
    },
  },
  // The Zendesk sidebar app: self-contained, because Zendesk serves an app's files from its own CDN.
  zendesk: {
    root: here('zendesk'),
    plugins: [zendeskPackage()],
    build: {
      ...build,
      outDir: `${outRoot}/zendesk`,
      emptyOutDir: true,
      rollupOptions: { input: here('zendesk/assets/iframe.html') },
    },
  },
};

/**
 * Three builds chosen by `--mode` (`widget`, `pages`, `zendesk`), run in that order by
 * `npm run build:widget`: the first empties `dist/widget/`.
 */
export default defineConfig(({ mode }) => ({
  // Relative URLs: the same files are served by the BFF under /desk/ and by any host from elsewhere.
  base: './',
  root: here('.'),
  logLevel: 'warn',
  ...(modes[mode] ?? modes.widget),
}));
