'use strict';
/**
 * Builds the task pane (dist/taskpane.html) and the ribbon's function file (dist/commands.html), copies
 * the manifest and icons, and reports the size of what the task pane loads first.
 *
 * - Office.js comes from Microsoft's CDN (a script tag in each page), never from the bundle.
 * - The production manifest gets $ADDIN_URL in place of the dev URL.
 * - The dev server uses a certificate from $TOBOKEL_HTTPS_CERT / $TOBOKEL_HTTPS_KEY when given, else
 *   webpack-dev-server's own self-signed one; office-addin-dev-certs cannot install its CA on Linux.
 */
const fs = require('fs');
const path = require('path');
const { URL } = require('url');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const InitialSizePlugin = require('./scripts/initial-size-plugin');

const DEV_URL = 'https://localhost:3000/';

function productionUrl() {
  const url = process.env.ADDIN_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be an https:// URL, got ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

/** The manifest with every dev URL pointing at the production base instead (and a bare dev origin at its origin). */
function productionManifest(xml, addinUrl) {
  return xml.split(DEV_URL).join(addinUrl).split(DEV_URL.slice(0, -1)).join(new URL(addinUrl).origin);
}

function httpsServer() {
  const cert = process.env.TOBOKEL_HTTPS_CERT;
  const key = process.env.TOBOKEL_HTTPS_KEY;
  if (cert && key) return { type: 'https', options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key) } };
  return { type: 'https' };
}

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  const addinUrl = production ? productionUrl() : DEV_URL;
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      // $TOBOKEL_DIST lets a test build elsewhere; scripts/finish-build.ts reads the same variable.
      path: path.resolve(process.env.TOBOKEL_DIST || path.join(__dirname, 'dist')),
      // Scripts and lazy chunks load relative to the page, so dist/ works at any sub-path (https://host/tobokel/).
      publicPath: 'auto',
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    // The pane reads last year's register with src/xlsx in a lazy chunk. Node's fs, path and zlib are not
    // bundled; the browser zlib and Buffer come with the checker page's resolve (its own branch).
    resolve: { extensions: ['.ts', '.tsx', '.js'], fallback: { fs: false, path: false, zlib: false } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            // Type checking is `tsc --noEmit`'s job; the bundle only needs transpiling.
            transpileOnly: true,
            configFile: 'tsconfig.json',
            // tsconfig says commonjs for Node and Jest; webpack needs ES modules to split on import() and
            // to drop unused Fluent UI exports.
            compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: true },
          },
        },
      ],
    },
    // Office.js is a global from the CDN; nothing in the bundle should import the npm copy.
    externals: { '@microsoft/office-js': 'Office' },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        // Only split lazy chunks: the first load stays in as few requests as possible.
        chunks: 'async',
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? productionManifest(content.toString(), addinUrl) : content),
          },
        ],
      }),
      new InitialSizePlugin({ entry: 'taskpane', output: 'size.json', key: 'taskpane_kb', budgetKiB: 400, enforce: production }),
    ],
    devServer: {
      host: 'localhost',
      port: 3000,
      server: httpsServer(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      // The template workbooks are written by scripts/build-templates.ts after a build (not by webpack).
      static: { directory: path.resolve(__dirname, 'dist', 'templates'), publicPath: '/templates', watch: false },
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
