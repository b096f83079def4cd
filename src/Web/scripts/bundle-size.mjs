// Measures the production bundle: the gzipped size of every JavaScript file in dist/assets, and fails the build
// when the total passes the budget (issue 6: under 250 KB gzipped). Writes dist/bundle-size.json for the docs.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetBytes = 250 * 1024;
const assets = new URL('../dist/assets/', import.meta.url).pathname;
const files = readdirSync(assets)
  .filter((name) => name.endsWith('.js'))
  .map((name) => {
    const bytes = readFileSync(join(assets, name));
    return { name, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzipBytes - a.gzipBytes);
const total = files.reduce((sum, file) => sum + file.gzipBytes, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

for (const file of files) console.log(`  ${file.name.padEnd(40)} ${kb(file.bytes).padStart(10)}  gzip ${kb(file.gzipBytes).padStart(9)}`);
console.log(`JavaScript total, gzipped: ${kb(total)} (budget ${kb(budgetBytes)})`);
writeFileSync(new URL('../dist/bundle-size.json', import.meta.url), JSON.stringify({ budgetBytes, totalGzipBytes: total, files }, null, 2));
if (total > budgetBytes) {
  console.error(`The JavaScript bundle is over budget by ${kb(total - budgetBytes)}.`);
  process.exit(1);
}
