'use strict';
/**
 * Builds what the task pane's end-to-end test serves, in one webpack run (a child process of the test, so
 * webpack and ts-loader load through Node's own require rather than Jest's module registry):
 *
 * - the pane, with the project's own webpack.config.js, into <out>/pane — only the output path differs
 *   (dist/ belongs to `npm run build` and to whoever else is building on this machine);
 * - this folder's entry.ts (the Excel test host for a browser page) into <out>/host/browser-host.js.
 *
 * Development mode by default: a production build takes about three times as long (minifying), and the
 * e2e test must stay under ~90 s on two shared cores; the pane's code path is the same. To run the test
 * against exactly what `npm run build` ships, set TOBOKEL_E2E_MODE=production. Webpack's filesystem cache
 * (node_modules/.cache, invalidated by the sources and by these two config files) makes a rerun cheap.
 *
 * Usage: node test/support/browser-host/build.js <out-dir>   → prints {"pane": dir, "host": file}
 *        node test/support/browser-host/build.js <out-dir> --host-only   → only the host (for a test that
 *        serves a pane built by `npm run build`)
 */
const path = require('path');
const webpack = require('webpack');

const root = path.resolve(__dirname, '../../..');
const paneConfigFor = require(path.join(root, 'webpack.config.js'));
const mode = process.env.TOBOKEL_E2E_MODE === 'production' ? 'production' : 'development';

function cache(name) {
  return {
    type: 'filesystem',
    name: `tobokel-e2e-${name}-${mode}`,
    cacheDirectory: path.join(root, 'node_modules', '.cache', 'webpack'),
    buildDependencies: { config: [path.join(root, 'webpack.config.js'), path.join(__dirname, 'build.js')] },
  };
}

function configs(out) {
  const pane = paneConfigFor({}, { mode });
  pane.name = 'pane';
  pane.context = root;
  pane.output = { ...pane.output, path: path.join(out, 'pane') };
  pane.cache = cache('pane');

  const host = {
    name: 'browser-host',
    mode,
    context: root,
    // No eval source maps: this file is concatenated after the Excel client library into one script.
    devtool: false,
    entry: { 'browser-host': path.join(__dirname, 'entry.ts') },
    output: { path: path.join(out, 'host'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: { transpileOnly: true, configFile: path.join(root, 'tsconfig.json'), compilerOptions: { module: 'esnext', sourceMap: false } },
        },
      ],
    },
    performance: { hints: false },
    cache: cache('host'),
  };
  return [pane, host];
}

function main() {
  const out = process.argv[2];
  if (!out) throw new Error('usage: build.js <out-dir> [--host-only]');
  const hostOnly = process.argv.includes('--host-only');
  const wanted = configs(path.resolve(out)).filter((config) => !hostOnly || config.name === 'browser-host');
  webpack(wanted, (error, stats) => {
    if (error) {
      console.error(error.stack || String(error));
      process.exit(1);
    }
    if (stats.hasErrors()) {
      console.error(stats.toString({ all: false, errors: true, errorDetails: true }));
      process.exit(1);
    }
    const host = path.join(out, 'host', 'browser-host.js');
    process.stdout.write(`${JSON.stringify(hostOnly ? { host } : { pane: path.join(out, 'pane'), host })}\n`);
  });
}

main();
