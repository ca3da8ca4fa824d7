/** The view of a call's FAQ page (`/faq/<call>/`): its title, its note on a closed call, its entries by theme. */
import { faqThemes, type FaqTheme } from '../../schemas/faq';
import { capitalise } from '../shared/french';
import { applicationsOver, type CallStatus } from '../shared/status';

/** What a FAQ answer describes once the call takes no more applications. */
export const ANSWERS_AS_PUBLISHED = 'les réponses décrivent l’appel tel qu’il a été publié';

export interface FaqThemeGroup<F> {
  theme: FaqTheme;
  /** Anchor of the theme's section. */
  anchor: string;
  label: string;
  faqs: F[];
}

export interface FaqPageView<F> {
  title: string;
  description: string;
  /** For a call no longer taking applications: « Les réponses décrivent l’appel tel qu’il a été publié. » */
  asPublished?: string | undefined;
  /** The themes that have entries, in the order of `faqThemes`, each with its entries in the order given. */
  themes: FaqThemeGroup<F>[];
}

export function faqPageView<F extends { data: { theme: FaqTheme } }>(
  call: { title: string },
  status: CallStatus,
  faqs: readonly F[],
): FaqPageView<F> {
  const themes = (Object.keys(faqThemes) as FaqTheme[])
    .map((theme) => ({ theme, anchor: `theme-${theme}`, label: faqThemes[theme], faqs: faqs.filter((f) => f.data.theme === theme) }))
    .filter((g) => g.faqs.length > 0);
  return {
    title: `Questions fréquentes : ${call.title}`,
    description: `Les réponses aux questions des intercommunalités candidates à l’appel ${call.title}.`,
    asPublished: applicationsOver(status.key) ? `${capitalise(ANSWERS_AS_PUBLISHED)}.` : undefined,
    themes,
  };
}
