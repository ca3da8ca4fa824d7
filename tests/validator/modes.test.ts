/**
 * Application modes (issue 10) against the calendar rules (issue 15): a call that publishes no
 * deadline (`undated`) or says it takes applications as they come (`rolling`, with the call's
 * sentence) passes every calendar rule; each mode that contradicts the calendar is one finding.
 */
import { describe, expect, it } from 'vitest';
import { CALL, checkPatched, err, warn } from './patch';

const mode = (to: string) => ({ file: CALL, find: '  mode: deadline\n', replace: `  mode: ${to}\n` });
const noDeadline = { file: CALL, find: '    kind: deadline\n', replace: '    kind: selection\n' };
const statement = '  rollingStatement: "Les candidatures sont reçues au fil de l’eau."\n';

describe('application modes and the calendar rules', () => {
  it('an undated call without a deadline milestone passes clean', async () => {
    const { found, result } = await checkPatched([mode('undated'), noDeadline]);
    expect(found).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('a rolling call with its statement and no deadline passes clean', async () => {
    const { found } = await checkPatched([mode(`rolling\n${statement}`), noDeadline]);
    expect(found).toEqual([]);
  });

  it('a rolling call without its statement is one error at the mode', async () => {
    const { found } = await checkPatched([mode('rolling'), noDeadline]);
    expect(found).toEqual([err('calendrier/fil-de-l-eau-sans-citation', CALL, 35, 9)]);
  });

  it('an undated call whose calendar has a deadline is one error at the mode', async () => {
    const { found, result } = await checkPatched([mode('undated')]);
    expect(found).toEqual([err('calendrier/mode', CALL, 35, 9)]);
    expect(result.findings[0]!.why).toContain('Dates non publiées');
  });

  it('a rolling call, with its statement, whose calendar has a deadline is a warning', async () => {
    const { found } = await checkPatched([mode(`rolling\n${statement}`)]);
    expect(found).toEqual([warn('calendrier/mode', CALL, 35, 9)]);
  });

  it('a deadline call without a deadline milestone points to undated, not to rolling by default', async () => {
    const { found, result } = await checkPatched([noDeadline]);
    expect(found).toEqual([err('calendrier/mode', CALL, 35, 9)]);
    expect(result.findings[0]!.fix).toContain('« mode: undated »');
    expect(result.findings[0]!.fix).toContain('rollingStatement');
  });
});
