/**
 * The parts of a verdict both eligibility pickers show for one call (the EPCI one, `lookup.ts`,
 * and the commune one, `communes.ts`): the answer, the reasons, the status and deadline, the
 * links to the call and its kit. One sentence per fact: what differs (the groupement, the cost)
 * stays with its picker.
 */
import type { CallFacts, Reason } from '../../lib/shared/eligibility';
import { NNBSP } from '../../lib/shared/french';
import { applicationsOver } from '../../lib/shared/status';
import { el, type Child } from './dom';

/** What every verdict says: the call, the answer, and whether the tool could answer. */
export interface VerdictCore {
  call: CallFacts;
  eligible: boolean;
  unchecked: boolean;
  reasons: readonly Reason[];
}

/** A heading `offset` levels below `level` (never below h6). */
export function heading(level: number, offset: number, text: string): HTMLElement {
  return el(`h${Math.min(6, level + offset)}`, {}, text);
}

/**
 * One call's verdict (`<article>`): heading at `level`, then the answer (`answer`, the words
 * for « éligible » or not), the reasons, `extra` before the status line, `after` after it,
 * then the links. `attrs` adds attributes to the article.
 */
export function verdictArticle(
  v: VerdictCore,
  level: number,
  parts: { answer: string; attrs?: Record<string, string>; extra?: Child[]; after?: Child[] },
): HTMLElement {
  const { call } = v;
  const closed = applicationsOver(call.status.key);
  return el(
    'article',
    {
      class: `elig-verdict ${v.unchecked ? 'is-unchecked' : v.eligible ? 'is-eligible' : 'is-not-eligible'}`,
      'data-call': call.slug,
      'data-eligible': v.unchecked ? 'unchecked' : String(v.eligible),
      ...parts.attrs,
    },
    heading(level, 1, `${call.title} (${call.shortName})`),
    el(
      'p',
      { class: 'elig-answer' },
      el('strong', {}, v.unchecked ? 'Non vérifié par l’outil' : parts.answer),
      v.eligible && closed ? ` – mais l’appel ne reçoit plus de candidatures (${call.status.label.toLowerCase()}).` : undefined,
    ),
    el(
      'ul',
      { class: 'elig-reasons' },
      ...v.reasons.map((r) =>
        el(
          'li',
          { class: r.ok ? 'is-ok' : 'is-ko', 'data-topic': r.topic },
          el('span', { class: 'visually-hidden' }, r.ok ? 'Condition remplie : ' : 'Condition non remplie : '),
          r.text,
        ),
      ),
    ),
    ...(parts.extra ?? []),
    el(
      'p',
      {},
      `Statut${NNBSP}: `,
      el('span', { class: `status status--${call.status.key}` }, call.status.label),
      ` – ${call.status.detail}.`,
      call.deadline && !call.status.detail.includes(call.deadline) ? ` Date limite${NNBSP}: ${call.deadline}.` : undefined,
    ),
    ...(parts.after ?? []),
    el(
      'p',
      { class: 'elig-links' },
      el('a', { href: call.url }, `Lire l’appel ${call.shortName}`),
      ' · ',
      el('a', { href: call.kitUrl, download: '' }, 'Télécharger le dossier de candidature (ZIP)'),
    ),
  );
}
