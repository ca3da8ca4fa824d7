/**
 * What the validator works out once instead of per entry (issue 12, validator speed): the
 * context's indexes answer as the list scans they replace did, the reference walk skips only
 * the parts of a schema that hold no reference, and an entry's YAML document, no longer kept,
 * is read again with the same positions.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ref, refTarget } from '../../src/schemas/common';
import { ValidationContext } from '../../src/lib/validate/context';
import { locatePath, yamlDocument } from '../../src/lib/validate/locate';
import { parseYaml } from '../../src/lib/validate/load';
import { reaching, walkSchema } from '../../src/lib/validate/schema-walk';
import type { Collection, ContentEntry } from '../../src/lib/validate/types';

function entry(collection: Collection, id: string, yamlText = '', data?: unknown): ContentEntry {
  return {
    collection,
    id,
    absPath: `/x/${collection}/${id}.yaml`,
    file: `content/${collection}/${id}.yaml`,
    source: yamlText,
    yamlStart: 0,
    yamlText,
    bodyStart: undefined,
    body: undefined,
    raw: {},
    data,
  };
}

describe('context indexes', () => {
  const first = entry('organisations', 'ad-normandie', '', { name: 'premier' });
  const second = entry('organisations', 'ad-normandie', '', { name: 'second' });
  const invalid = entry('organisations', 'region', '');
  const call = entry('calls', 'ad-normandie', '', { shortName: 'AD' });
  const ctx = new ValidationContext([first, call, second, invalid]);

  it('finds the first entry of an id, in its own collection only', () => {
    expect(ctx.get('organisations', 'ad-normandie')).toBe(first);
    expect(ctx.get('calls', 'ad-normandie')).toBe(call);
    expect(ctx.get('briefs', 'ad-normandie')).toBeUndefined();
    expect(ctx.has('organisations', 'region')).toBe(true);
    expect(ctx.has('faqs', 'region')).toBe(false);
  });

  it('lists every entry and id in the order read, duplicates and invalid entries included', () => {
    expect(ctx.all('organisations')).toEqual([first, second, invalid]);
    expect(ctx.ids('organisations')).toEqual(['ad-normandie', 'ad-normandie', 'region']);
    expect(ctx.valid('organisations').map((v) => v.data)).toEqual([{ name: 'premier' }, { name: 'second' }]);
  });

  it('hands out lists a rule may change without changing the next answer', () => {
    ctx.all('organisations').pop();
    ctx.valid('organisations').pop();
    expect(ctx.all('organisations')).toHaveLength(3);
    expect(ctx.valid('organisations')).toHaveLength(2);
  });
});

describe('reference walk', () => {
  const withRef = z.object({ organiser: ref('organisations').optional(), note: z.string() });
  const plain = z.object({ title: z.string(), tags: z.array(z.string()) });
  const schema = z.object({
    plain,
    items: z.array(z.union([z.object({ kind: z.literal('a'), who: ref('organisations') }), z.string()])),
    nested: z.lazy(() => withRef),
  });
  const holdsRefs = reaching((s) => refTarget(s) !== undefined);

  it('tells a schema that holds a reference field at any depth from one that does not', () => {
    expect(holdsRefs(schema)).toBe(true);
    expect(holdsRefs(withRef)).toBe(true);
    expect(holdsRefs(plain)).toBe(false);
    expect(holdsRefs(z.string())).toBe(false);
  });

  it('finds the same references with or without skipping the parts that hold none', () => {
    const value = {
      plain: { title: 't', tags: ['x'] },
      items: [{ kind: 'a', who: 'cci' }, 'texte', { kind: 'a', who: 'region' }],
      nested: { organiser: 'ad', note: 'n' },
    };
    const refs = (enter?: (s: z.ZodType) => boolean) => {
      const found: string[] = [];
      walkSchema(
        schema,
        value,
        (s, v, path, kind) => {
          if (kind === 'value' && refTarget(s)) found.push(`${path.join('.')}=${String(v)}`);
        },
        [],
        enter,
      );
      return found;
    };
    expect(refs(holdsRefs)).toEqual(['items.0.who=cci', 'items.2.who=region', 'nested.organiser=ad']);
    expect(refs(holdsRefs)).toEqual(refs());
  });

  it('ends on a schema that refers to itself', () => {
    interface Node {
      children: Node[];
    }
    const tree: z.ZodType<Node> = z.lazy(() => z.object({ children: z.array(tree) }));
    expect(reaching((s) => refTarget(s) !== undefined)(tree)).toBe(true);
  });
});

describe('YAML positions read again', () => {
  const text = 'name: AD Normandie\ncontacts:\n  - email: a@b.fr\n  - email: c@d.fr\n';

  it('gives the node ranges of a fresh parse, once per entry', () => {
    const e = entry('calls', 'x', text);
    const doc = yamlDocument(e);
    expect(doc?.toJS()).toEqual(parseYaml(text).toJS());
    expect(yamlDocument(e)).toBe(doc);
    expect(locatePath(e, ['contacts', 1, 'email'])).toEqual({ offset: text.indexOf('c@d.fr'), length: 6 });
  });

  it('has no document, and points at the start, without YAML text', () => {
    const e = entry('calls', 'y', '');
    expect(yamlDocument(e)).toBeUndefined();
    expect(locatePath(e, ['contacts', 0])).toEqual({ offset: 0, length: 1 });
  });
});
