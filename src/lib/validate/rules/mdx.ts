/**
 * `contenu/mdx`: every `.mdx` body (calls, case studies, briefs) is parsed as MDX before the
 * build (`src/lib/markdown/mdx-syntax.ts`), so that what MDX refuses comes out in French at
 * its line and column instead of an English stack trace from the build. One finding per
 * problem; the parser stops at the first syntax problem of a body, so a body gives at most
 * one syntax finding. A problem at markup `contenu/html-interdit` reports is left to that rule,
 * and so is a syntax problem in a body with such markup (it is usually that markup).
 * It cannot be acknowledged: the build would fail anyway.
 */
import { findMdxProblems, type MdxProblem } from '../../markdown/mdx-syntax';
import { unsafeHtmlOf } from '../body';
import type { Rule, Wording } from '../context';

const escapes = 'écrivez « \\< » (ou « &lt; ») pour un signe inférieur, « \\{ » pour une accolade';

function syntaxWording(p: MdxProblem, text: string): Wording {
  const why =
    "le texte est écrit en MDX, où « < » ouvre une balise et « { } » du code : la construction du site s'arrêterait sur ce fichier.";
  if (p.detail.includes('to create a comment')) {
    return {
      what: `un commentaire HTML « <!-- … --> » n'est pas admis en MDX (« ${text} »).`,
      why,
      fix: 'les commentaires s’écrivent {/* … */} ; ou retirez-le.',
    };
  }
  if (p.detail.startsWith('Expected a closing tag')) {
    const tag = /`<([^`>]*)>`/.exec(p.detail)?.[1] ?? '';
    return {
      what: `la balise « <${tag}> » n'est pas fermée avant la fin du paragraphe.`,
      why,
      fix: `fermez-la (« </${tag}> », ou « <${tag} /> » pour une balise vide comme un saut de ligne) ; si ce n'est pas une balise, ${escapes}.`,
    };
  }
  if (p.detail.includes('after `<`') || p.detail.includes('before name')) {
    const link = /^<https?:/.test(text);
    return {
      what: `le signe « < » ne commence pas une balise valide (« ${text} »).`,
      why,
      fix: link
        ? 'écrivez le lien sans chevrons : [texte du lien](https://…), ou l’adresse seule.'
        : `écrivez « \\< » ou « &lt; » (par exemple « moins de \\<3 ans »), ou « moins de ».`,
    };
  }
  if (p.detail.includes('brace') || p.detail.includes('expression')) {
    return {
      what: `l'accolade « { » ouvre du code que MDX ne peut pas lire (« ${text} »).`,
      why,
      fix: 'écrivez « \\{ » pour une accolade dans le texte ; les commentaires s’écrivent {/* … */}.',
    };
  }
  return {
    what: `MDX ne peut pas lire le texte à cet endroit (« ${text} »).`,
    why,
    fix: `vérifiez les signes « < », « { » et « } » : ${escapes}.`,
  };
}

function wording(p: MdxProblem, text: string): Wording {
  switch (p.kind) {
    case 'syntax':
      return syntaxWording(p, text);
    case 'expression':
      return {
        what: `« ${text} » est lu comme du code : en MDX, les accolades { } entourent une expression.`,
        why: 'le site ne définit aucune variable : la construction s’arrêterait (ou le texte disparaîtrait de la page).',
        fix: `écrivez « \\{ » pour une accolade dans le texte (« \\${text} ») ; les commentaires s’écrivent {/* … */}.`,
      };
    case 'component':
      return {
        what: `« ${text} » appelle un composant${p.name ? ` « ${p.name} »` : ''} que le site ne fournit pas.`,
        why: 'la construction du site s’arrêterait sur ce fichier.',
        fix: `retirez la balise, ou ${escapes} si c'est du texte.`,
      };
    case 'esm':
      return {
        what: `un paragraphe qui commence par « ${text.split(/\s/)[0]} » est lu comme du code JavaScript, pas comme du texte.`,
        why: 'la construction du site s’arrêterait sur ce fichier, ou le paragraphe disparaîtrait de la page.',
        fix: 'reformulez le début du paragraphe (par exemple avec une majuscule : « Export », « Import »).',
      };
  }
}

export const mdxRules: Rule = (ctx) =>
  ctx.entries.flatMap((entry) => {
    if (!entry.absPath.endsWith('.mdx') || entry.body === undefined || entry.bodyStart === undefined) return [];
    const { body, bodyStart } = entry;
    // Markup refused by `contenu/html-interdit` is reported there alone: one fault, one finding.
    const unsafe = unsafeHtmlOf(entry);
    // The parser stops at its first problem, often the refused markup itself (`<embed …>`,
    // `<img onerror=…>` without « /> »): with refused markup, syntax problems wait for the fix.
    const reported = (p: MdxProblem) =>
      (p.kind === 'syntax' && unsafe.length > 0) ||
      unsafe.some((u) => p.offset >= u.offset && p.offset <= u.offset + u.length);
    return findMdxProblems(body)
      .filter((p) => !reported(p))
      .map((p) => {
        const text =
          body
            .slice(p.offset, p.offset + p.length)
            .split('\n')[0]!
            .trim() || body.charAt(p.offset);
        return {
          ...ctx.atText(
            'contenu/mdx',
            'error',
            entry,
            { offset: bodyStart + p.offset, length: p.length },
            text,
            wording(p, text),
          ),
          calls: [],
        };
      });
  });
