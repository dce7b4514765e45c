// Bundles the page's ES modules into the jar's static resources (the folder is the first argument,
// target/classes/static when Maven runs it): one script for the page, one for the layout worker,
// since the Content-Security-Policy allows only same-origin scripts (no CDN, no blob: workers).
import { build } from 'esbuild';

const outdir = process.argv[2] || '../../../target/classes/static';

await build({
  entryPoints: { app: 'src/main.js', 'layout-worker': 'src/layout-worker.js' },
  outdir,
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});
