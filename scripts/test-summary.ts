/** Adds up the JSON results of Vitest and Playwright into one line: "N passed, N failed". */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'test-results';
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  if (typeof data['numPassedTests'] === 'number') {
    // Vitest (Jest-compatible JSON)
    passed += data['numPassedTests'] as number;
    failed += (data['numFailedTests'] as number) ?? 0;
    skipped += ((data['numPendingTests'] as number) ?? 0) + ((data['numTodoTests'] as number) ?? 0);
  } else if (data['stats'] && typeof data['stats'] === 'object') {
    // Playwright JSON reporter
    const s = data['stats'] as Record<string, number>;
    passed += (s['expected'] ?? 0) + (s['flaky'] ?? 0);
    failed += s['unexpected'] ?? 0;
    skipped += s['skipped'] ?? 0;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
