/** Every content rule, in the order their findings are produced (the report sorts them). */
import type { Rule } from '../context';
import { amendmentRules } from './amendments';
import { boundRules } from './bounds';
import { calendarRules } from './calendar';
import { caseStudyRules } from './case-studies';
import { contactRules } from './contacts';
import { countRules } from './counts';
import { eligibilityRules } from './eligibility';
import { fidelityRules } from './fidelity';
import { figureRules } from './figures';
import { idRules } from './ids';
import { identityRules } from './identity';
import { mdxRules } from './mdx';
import { modelRules } from './model';
import { pricingRules } from './pricing';
import { rawHtmlRules } from './raw-html';
import { sizeRules } from './size';
import { proseDateRules } from './prose-dates';
import { referenceRules } from './references';

export const rules: readonly { name: string; run: Rule }[] = [
  { name: 'taille', run: sizeRules },
  { name: 'html', run: rawHtmlRules },
  { name: 'mdx', run: mdxRules },
  { name: 'identifiants', run: idRules },
  { name: 'identite', run: identityRules },
  { name: 'references', run: referenceRules },
  { name: 'calendrier', run: calendarRules },
  { name: 'prose', run: proseDateRules },
  { name: 'eligibilite', run: eligibilityRules },
  { name: 'modele', run: modelRules },
  { name: 'territoires', run: caseStudyRules },
  { name: 'tarifs', run: pricingRules },
  { name: 'comptes', run: countRules },
  { name: 'bornes', run: boundRules },
  { name: 'chiffres', run: figureRules },
  { name: 'contacts', run: contactRules },
  { name: 'fidelite', run: fidelityRules },
  { name: 'modifications', run: amendmentRules },
];
