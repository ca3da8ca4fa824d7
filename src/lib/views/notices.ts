/**
 * The notices a brief or a case study page shows about the calls it repeats facts of: the
 * acknowledged findings about that page (`target` « briefs/<id>:… », « territories/<id>:… »),
 * then the calls' content notices that name it in `alsoOn`.
 */
import type { Call } from '../../schemas/call';
import type { Acknowledgement } from '../../schemas/common';

/** `page` is the page's reference as content names it: `briefs/<id>` or `territories/<id>`. */
export function pageNotices(calls: readonly Pick<Call, 'acknowledgements' | 'notices'>[], page: string): Acknowledgement[] {
  return [
    ...calls.flatMap((c) => c.acknowledgements).filter((a) => a.target.startsWith(`${page}:`)),
    ...calls.flatMap((c) =>
      c.notices.filter((n) => n.alsoOn.includes(page)).map((n) => ({ rule: 'contenu/notice', target: n.target, reason: n.text })),
    ),
  ];
}
