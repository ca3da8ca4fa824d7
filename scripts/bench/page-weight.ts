/**
 * What a call page loads before the reader touches anything, gzip (level 6, as the budgets
 * gate measures it): its HTML, the CSS it loads, and the JavaScript it runs at start (its
 * module scripts and their static imports; the eligibility lookup and the EPCI list load on
 * first use and are not counted).
 *
 *   tsx scripts/bench/page-weight.ts [dist]
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measurePage } from '../gates/budgets';
import { openDist } from '../gates/dist';

const dist = resolve(process.argv[2] ?? 'dist');
const site = openDist(dist);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const slug of readdirSync(join(dist, 'appels'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
  const sizes = measurePage(site, `appels/${slug.name}/index.html`, 'https://guichet.invalid');
  const total = sizes.html + sizes.css + sizes.js;
  console.log(`/appels/${slug.name}/: ${kb(total)} gzip in all (HTML ${kb(sizes.html)}, CSS ${kb(sizes.css)}, JS ${kb(sizes.js)})`);
}
