/**
 * Reads a content folder: every entry of every collection, with its YAML parsed into a
 * document that keeps node positions. Problems found while reading (YAML syntax, missing
 * front matter, files the site would ignore) come back as drafts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Document, parseDocument } from 'yaml';
import { type CollectionLayout, layouts, siteLayout } from './collections';
import { splitFrontMatter, unclosedFrontMatter } from './frontmatter';
import type { ContentEntry, Draft } from './types';

/** French wording of the `yaml` package's error codes authors meet most. */
const yamlErrors: Partial<Record<string, string>> = {
  MISSING_CHAR: 'un caractère fermant manque (guillemet, crochet ou accolade)',
  BAD_INDENT: "l'indentation ne correspond pas à celle des lignes voisines",
  TAB_AS_INDENT: 'une tabulation sert à indenter ; utilisez des espaces',
  DUPLICATE_KEY: 'cette clé apparaît deux fois au même niveau',
  BLOCK_AS_IMPLICIT_KEY: "il manque « : » après une clé, ou une valeur s'étend sur plusieurs lignes sans guillemets",
  MULTILINE_IMPLICIT_KEY: "il manque « : » après une clé, ou une valeur s'étend sur plusieurs lignes sans guillemets",
  UNEXPECTED_TOKEN: 'un caractère inattendu se trouve ici',
  BAD_SCALAR_START: 'une valeur ne peut pas commencer par ce caractère ; mettez-la entre guillemets',
  BAD_DQ_ESCAPE: 'une barre oblique inverse « \\ » entre guillemets doubles forme un échappement invalide',
  MULTIPLE_DOCS: 'une ligne « --- » en trop coupe le YAML en plusieurs documents',
};

export interface LoadedContent {
  entries: ContentEntry[];
  drafts: Draft[];
}

/** Files under `dir`, recursively when `nested`, as paths relative to `dir` with `/`. */
function listFiles(dir: string, nested: boolean, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  // Sorted by name as `readdirSync(dir).sort()` would; a link is followed to tell a folder.
  const dirents = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const dirent of dirents) {
    const name = dirent.name;
    if (name.startsWith('.')) continue;
    const abs = join(dir, name);
    if (dirent.isSymbolicLink() ? statSync(abs).isDirectory() : dirent.isDirectory()) {
      if (nested) out.push(...listFiles(abs, nested, `${prefix}${name}/`));
      continue;
    }
    out.push(`${prefix}${name}`);
  }
  return out;
}

function emptyEntry(layout: CollectionLayout, id: string, absPath: string, cwd: string, source: string): ContentEntry {
  return {
    collection: layout.collection,
    id,
    absPath,
    file: relative(cwd, absPath).split(sep).join('/'),
    source,
    yamlStart: 0,
    yamlText: '',
    bodyStart: undefined,
    body: undefined,
    raw: undefined,
    data: undefined,
  };
}

const draft = (entry: ContentEntry, rule: string, offset: number, what: string, why: string, fix: string): Draft => ({
  rule,
  severity: 'error',
  entry,
  place: { offset, length: 1 },
  target: '',
  what,
  why,
  fix,
  calls: [],
});

/**
 * The YAML document of `text`, with node ranges. The one parser of content YAML: the reading
 * here (raw value, syntax problems) and the positions of findings (`./locate`) use it alike.
 */
export function parseYaml(text: string): Document.Parsed {
  return parseDocument(text, { prettyErrors: false, uniqueKeys: true });
}

/** Reads one file into an entry; YAML problems are pushed to `drafts`. */
function readEntry(layout: CollectionLayout, id: string, absPath: string, cwd: string, drafts: Draft[]): ContentEntry {
  const source = readFileSync(absPath, 'utf8');
  const entry = emptyEntry(layout, id, absPath, cwd, source);
  if (layout.markdown) {
    const split = splitFrontMatter(source);
    const unclosed = split ? undefined : unclosedFrontMatter(source);
    if (!split && unclosed !== undefined) {
      drafts.push(
        draft(
          entry,
          'schema/entete',
          unclosed,
          "l'en-tête YAML ouvert par « --- » à la ligne 1 n'est pas fermé : la ligne « --- » qui le termine manque, au plus tard ici.",
          "sans cette ligne, tout le fichier est lu comme de l'en-tête : ni les informations de l'entrée ni son texte ne peuvent être lus.",
          'ajoutez une ligne « --- » seule juste avant cette ligne (à la fin des champs YAML, avant le texte).',
        ),
      );
      return entry;
    }
    if (!split) {
      drafts.push(
        draft(
          entry,
          'schema/entete',
          0,
          'le fichier ne commence pas par un en-tête YAML entre deux lignes « --- ».',
          "les informations de l'entrée (titre, dates, références…) sont lues dans cet en-tête ; sans lui, rien ne peut être publié.",
          'commencez le fichier par une ligne « --- », les champs YAML, puis une autre ligne « --- » avant le texte.',
        ),
      );
      return entry;
    }
    Object.assign(entry, split);
  } else {
    Object.assign(entry, { yamlStart: 0, yamlText: source });
  }
  const doc = parseYaml(entry.yamlText);
  for (const error of doc.errors) {
    drafts.push(
      draft(
        entry,
        'schema/yaml',
        entry.yamlStart + error.pos[0],
        `le YAML est mal écrit ici : ${yamlErrors[error.code] ?? `erreur de syntaxe (${error.message.split('\n')[0]})`}.`,
        "le fichier ne peut pas être lu : aucune de ses informations n'est vérifiée ni publiée.",
        "vérifiez l'indentation (des espaces, pas de tabulation), les « : » après chaque clé et les guillemets autour des textes qui contiennent « : » ou « # ».",
      ),
    );
  }
  if (doc.errors.length === 0) entry.raw = doc.toJS() ?? {};
  return entry;
}

/** Reads every entry under `root` (the content folder). */
export function loadContent(root: string, cwd: string): LoadedContent {
  const entries: ContentEntry[] = [];
  const drafts: Draft[] = [];
  for (const layout of layouts) {
    const dir = join(root, layout.dir);
    for (const rel of listFiles(dir, layout.nested)) {
      const absPath = join(dir, rel);
      if (!rel.endsWith(layout.ext)) {
        const entry = emptyEntry(layout, rel, absPath, cwd, '');
        drafts.push({
          ...draft(
            entry,
            'contenu/fichier-ignore',
            0,
            `ce fichier n'a pas l'extension « ${layout.ext} » attendue dans « ${layout.dir}/ ».`,
            "le site ne le publiera pas : il n'est lu ni par les pages ni par cette vérification.",
            `renommez-le en « ${rel.replace(/\.[^./]*$/, '')}${layout.ext} », ou retirez-le du dossier.`,
          ),
          severity: 'warning',
        });
        continue;
      }
      const id = rel.slice(0, -layout.ext.length);
      entries.push(readEntry(layout, id, absPath, cwd, drafts));
    }
  }
  const sitePath = join(root, 'site.yaml');
  if (existsSync(sitePath)) entries.push(readEntry(siteLayout, 'site', sitePath, cwd, drafts));
  return { entries, drafts };
}

/** Reads `site.yaml` alone (for `src/lib/config.ts`); YAML problems come back as drafts. */
export function loadSiteEntry(path: string, cwd: string): LoadedContent {
  const drafts: Draft[] = [];
  return { entries: [readEntry(siteLayout, 'site', path, cwd, drafts)], drafts };
}
