'use strict';
const zlib = require('zlib');
/**
 * Reports what an entry's page loads before anything else: the entry's initial chunks (JS and CSS), in
 * KiB, as the browser downloads them (uncompressed — the honest upper bound; Office serves no gzip
 * guarantee for a self-hosted add-in). Lazy chunks (import()) are listed separately and not counted.
 * Writes `{ "<key>": n }` to dist/<output> for the benchmark, and warns past the budget.
 */
class InitialSizePlugin {
  constructor({ entry, output, key, budgetKiB, enforce = true }) {
    this.entry = entry;
    /** Off for development builds: unminified sizes mean nothing against the budget or the benchmark. */
    this.enforce = enforce;
    this.output = output;
    this.key = key;
    this.budgetKiB = budgetKiB;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('InitialSizePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'InitialSizePlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const entrypoint = compilation.entrypoints.get(this.entry);
          if (!entrypoint) return;
          const initial = entrypoint.getFiles().filter((f) => /\.(js|css)$/.test(f));
          const size = (f) => (assets[f] ? assets[f].size() : 0);
          const bytes = initial.reduce((sum, f) => sum + size(f), 0);
          const kib = Math.round((bytes / 1024) * 10) / 10;
          // Shown for information: what crosses the network when the server compresses.
          const gzipBytes = initial.reduce((sum, f) => sum + (assets[f] ? zlib.gzipSync(assets[f].buffer()).length : 0), 0);
          const gzipKiB = Math.round((gzipBytes / 1024) * 10) / 10;
          const initialSet = new Set(initial);
          // This page's own lazy chunks (other pages built alongside have theirs).
          const reachable = new Set();
          for (const chunk of entrypoint.chunks) for (const lazyChunk of chunk.getAllAsyncChunks()) for (const f of lazyChunk.files) reachable.add(f);
          const lazy = [...reachable].filter((f) => /\.js$/.test(f) && !initialSet.has(f));
          const lazyKiB = Math.round((lazy.reduce((sum, f) => sum + size(f), 0) / 1024) * 10) / 10;
          this.report = { kib, gzipKiB, initial, lazy, lazyKiB };
          if (!this.enforce) return;
          compilation.emitAsset(this.output, new RawSource(`${JSON.stringify({ [this.key]: kib })}\n`));
          if (kib > this.budgetKiB) {
            compilation.warnings.push(
              new Error(`${this.entry}.html loads ${kib} KiB first, over the ${this.budgetKiB} KiB budget`),
            );
          }
        },
      );
    });
    // Printed after webpack's own summary so it is the last thing a person sees.
    compiler.hooks.done.tap('InitialSizePlugin', () => {
      if (!this.report) return;
      const { kib, gzipKiB, initial, lazy, lazyKiB } = this.report;
      if (!this.enforce) {
        console.log(`\n${this.entry}.html first load: ${kib} KiB unminified (development build; run \`npm run build\` for the real figure).`);
        return;
      }
      console.log(
        `\n${this.entry}.html first load: ${kib} KiB (${gzipKiB} KiB gzipped; ${initial.join(', ')}); ` +
          `lazy: ${lazyKiB} KiB in ${lazy.length} chunk(s). Budget ${this.budgetKiB} KiB.`,
      );
    });
  }
}

module.exports = InitialSizePlugin;
