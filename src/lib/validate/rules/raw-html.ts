/**
 * `contenu/html-interdit`: no body (call, case study, brief, FAQ entry) carries markup that
 * runs code or embeds another page: `<script>`, `<iframe>`, `<object>`, `<embed>`, `<style>`,
 * `on…=` attributes, `javascript:`, `vbscript:` or `data:` URLs in links, images or
 * attributes. Detection: `src/lib/markdown/raw-html.ts`, shared with the build's remark plugin.
 * One finding per piece of markup, at its place; it cannot be acknowledged.
 */
import { describeUnsafe } from '../../markdown/raw-html';
import { unsafeHtmlOf } from '../body';
import type { Rule } from '../context';

export const rawHtmlRules: Rule = (ctx) =>
  ctx.entries.flatMap((entry) => {
    if (entry.body === undefined || entry.bodyStart === undefined) return [];
    const bodyStart = entry.bodyStart;
    return unsafeHtmlOf(entry).map((u) => ({
      ...ctx.atText(
        'contenu/html-interdit',
        'error',
        entry,
        { offset: bodyStart + u.offset, length: u.length },
        u.text.slice(0, 120),
        {
          what: `${describeUnsafe(u)} n'est pas admis${u.kind === 'url' ? 'e' : ''} dans le texte (« ${u.text.slice(0, 60)}${u.text.length > 60 ? '…' : ''} »).`,
          why: 'le contenu est publié tel quel sur le site : ce code pourrait s’exécuter chez le lecteur ou afficher une autre page. La politique de sécurité du site le bloquerait, mais la page serait cassée.',
          fix:
            u.kind === 'url'
              ? 'remplacez l’adresse par un lien https:// vers la page voulue, ou retirez le lien.'
              : u.kind === 'attribute'
                ? `retirez l'attribut « ${u.name} » ; une page de contenu n'a pas de script.`
                : `retirez l'élément <${u.name}> ; pour une vidéo ou un formulaire, mettez un lien https:// vers la page qui l'héberge.`,
        },
      ),
      // Safety is not negotiable: no acknowledgement can keep it.
      calls: [],
    }));
  });
