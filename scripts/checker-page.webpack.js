'use strict';
/**
 * The checker page (dist/check.html, src/checker/) as parts of the one webpack config: its entry, its
 * HTML, its first-load size, and what lets src/xlsx — written for Node — run in a browser worker:
 *
 * - `Buffer` from the `buffer` package; `zlib`'s one call from src/checker/zlib-browser.ts (pako);
 *   `fs` and `path` are imported by modules the page uses for other exports, and are never called there.
 * - ExcelJS's browser build without polyfills (`exceljs.bare.min.js`, 842 KiB, against 925 KiB for the
 *   `browser` field's `exceljs.min.js`, which adds core-js for Internet Explorer — which cannot run the
 *   page anyway; measured in Chromium, the two load a register equally fast, 60–80 ms). Either is a lazy
 *   chunk: only the engine loads it.
 * - The page's styles are the pane's own (taskpane.html's <style>), so shared components look the same.
 */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const InitialSizePlugin = require('./initial-size-plugin');

const root = path.resolve(__dirname, '..');

function paneStyles() {
  const html = fs.readFileSync(path.join(root, 'src/taskpane/taskpane.html'), 'utf8');
  const match = /<style>([\s\S]*?)<\/style>/.exec(html);
  if (!match) throw new Error('src/taskpane/taskpane.html has no <style> block for the checker page to share');
  return match[1];
}

module.exports = function checkerPage(production) {
  return {
    entry: { checker: './src/checker/index.tsx' },
    resolve: {
      alias: { exceljs$: path.join(root, 'node_modules/exceljs/dist/exceljs.bare.min.js') },
      fallback: { fs: false, path: false, zlib: path.join(root, 'src/checker/zlib-browser.ts'), buffer: require.resolve('buffer/') },
    },
    plugins: [
      new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] }),
      new HtmlWebpackPlugin({
        filename: 'check.html',
        template: './src/checker/check.html',
        chunks: ['checker'],
        scriptLoading: 'defer',
        templateParameters: { paneStyles: paneStyles() },
      }),
      new InitialSizePlugin({ entry: 'checker', output: 'check-size.json', key: 'checker_page_kb', budgetKiB: 400, enforce: production }),
    ],
  };
};
