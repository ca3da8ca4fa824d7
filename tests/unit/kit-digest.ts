/**
 * Prints the SHA-256 of every kit file and ZIP of the seeded calls, plus the site calendar,
 * as JSON. Run in a child process with another TZ by kit-reproducible.test.ts.
 */
import { createHash } from 'node:crypto';
import { buildSiteCalendar, makeKit, prepareSource } from '../../src/lib/kit';
import { callSlugs, loadCall, loadContext } from './kit-fixtures';

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export function kitDigests(): Record<string, string> {
  const ctx = loadContext();
  const out: Record<string, string> = {};
  const calls = callSlugs().map((slug) => loadCall(slug));
  for (const call of calls) {
    const kit = makeKit(prepareSource(call, ctx));
    for (const f of kit.files) out[`${call.slug}/${f.name}`] = sha(f.bytes);
    out[`${call.slug}.zip`] = sha(kit.zip);
  }
  out['calendrier.ics'] = sha(buildSiteCalendar(calls, ctx, { title: 'Appels', agencyShortName: 'AD Normandie' }));
  return out;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  process.stdout.write(JSON.stringify({ tz: Intl.DateTimeFormat().resolvedOptions().timeZone, digests: kitDigests() }));
}
