/**
 * The combobox both eligibility pickers share (the EPCI one, `lookup.ts`, and the commune one,
 * `communes.ts`): WAI-ARIA 1.2 combobox with list autocomplete. The field filters the options
 * as the reader types; Down opens the list or moves to the next option, Up to the previous one
 * (both wrap around), Enter picks the active option (or the only one), a click picks too;
 * Escape closes the list, then clears the field; Tab and leaving the field close the list.
 * The active option is pointed to by `aria-activedescendant` and scrolled into view. A polite
 * status region announces how many options there are (once the reader pauses) and what a pick
 * did (at once).
 *
 * What differs between pickers (what matches, how an option reads, what a pick does, the
 * sentence when nothing matches) comes from the `ComboboxBehaviour` the picker gives.
 * Markup: `src/components/eligibility/ComboboxField.astro`.
 */
import { formatNumber } from '../../lib/shared/french';
import { el, get } from './dom';

/** The elements of one combobox, from its markup. */
export interface ComboboxParts {
  /** `<input role="combobox">`; its id prefixes the options' ids. */
  input: HTMLInputElement;
  /** `<ul role="listbox">` the field controls. */
  listbox: HTMLElement;
  /** Polite status region (`role="status"`). */
  status: HTMLElement;
  /** Visible sentence when nothing matches. */
  empty: HTMLElement;
}

/**
 * The parts of the combobox in `root`, marked `data-<prefix>-input`, `-listbox`, `-status` and
 * `-empty`; `tool` names the picker in the error when one is missing.
 */
export function comboboxParts(root: HTMLElement, prefix: string, tool: string): ComboboxParts {
  const part = (name: string) => get(root, `[data-${prefix}-${name}]`, tool);
  return { input: part('input') as HTMLInputElement, listbox: part('listbox'), status: part('status'), empty: part('empty') };
}

/** How one option reads: its name, then what tells it apart (code, département, population). */
export interface OptionText {
  name: string;
  meta: string;
  /** Data attributes of the option, without `data-` (`{ siren: '…' }` gives `data-siren`). */
  data: Record<string, string>;
}

/** What one picker does with the combobox. */
export interface ComboboxBehaviour<T> {
  /** The options for what the reader typed, as many as the list shows. */
  search(query: string): T[];
  /** How one option reads. */
  option(item: T): OptionText;
  /** The sentence shown and announced when nothing matches `query` (trimmed, not blank). */
  noMatch(query: string): string;
  /** The reader picked `item`; the list is closed already. */
  pick(item: T): void;
}

/** Delay before announcing the options, so that a fast typist hears only the last count. */
const ANNOUNCE_DELAY_MS = 500;
/** Delay before announcing a pick, after the region was emptied (same sentence twice is heard twice). */
const ANNOUNCE_NOW_MS = 50;
/** Delay before closing the list when the field loses the focus (a click on an option lands first). */
const BLUR_CLOSE_MS = 150;

export class Combobox<T> {
  private options: T[] = [];
  private active = -1;
  private announceTimer: number | undefined;

  private readonly parts: ComboboxParts;
  private readonly behaviour: ComboboxBehaviour<T>;

  constructor(parts: ComboboxParts, behaviour: ComboboxBehaviour<T>) {
    this.parts = parts;
    this.behaviour = behaviour;
  }

  /** Starts listening; matches at once what the reader typed while the list loaded. */
  attach(): void {
    const { input, listbox } = this.parts;
    input.addEventListener('input', () => this.update());
    if (input.value.trim() && document.activeElement === input) this.update();
    input.addEventListener('keydown', (e) => this.onKey(e));
    input.addEventListener('blur', () => window.setTimeout(() => this.close(), BLUR_CLOSE_MS));
    // Keep the focus in the field when an option is clicked.
    listbox.addEventListener('mousedown', (e) => e.preventDefault());
    listbox.addEventListener('click', (e) => {
      const option = (e.target as HTMLElement).closest<HTMLElement>('[role="option"]');
      const item = option ? this.options[Number(option.dataset['index'])] : undefined;
      if (item !== undefined) this.pick(item);
    });
  }

  /** Announces `text` now (after emptying the region), cancelling a pending count. */
  announceNow(text: string): void {
    window.clearTimeout(this.announceTimer);
    this.parts.status.textContent = '';
    window.setTimeout(() => {
      this.parts.status.textContent = text;
    }, ANNOUNCE_NOW_MS);
  }

  private announceLater(text: string): void {
    window.clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      this.parts.status.textContent = text;
    }, ANNOUNCE_DELAY_MS);
  }

  /** Recomputes the options from the field. */
  private update(): void {
    const { input, empty } = this.parts;
    const query = input.value.trim();
    this.options = this.behaviour.search(input.value);
    this.active = -1;
    this.render();
    const n = this.options.length;
    empty.hidden = query === '' || n > 0;
    empty.textContent = query === '' || n > 0 ? '' : this.behaviour.noMatch(query);
    this.announceLater(
      query === ''
        ? ''
        : n === 0
          ? empty.textContent
          : `${formatNumber(n)} proposition${n > 1 ? 's' : ''}. Flèches haut et bas pour parcourir, Entrée pour choisir.`,
    );
  }

  private optionId(index: number): string {
    return `${this.parts.input.id}-option-${index}`;
  }

  private render(): void {
    const { input, listbox } = this.parts;
    listbox.replaceChildren(
      ...this.options.map((item, i) => {
        const { name, meta, data } = this.behaviour.option(item);
        const dataAttrs = Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v]));
        return el(
          'li',
          {
            id: this.optionId(i),
            role: 'option',
            'aria-selected': i === this.active ? 'true' : 'false',
            'data-index': String(i),
            ...dataAttrs,
          },
          el('span', { class: 'elig-option-name' }, name),
          ' ',
          el('span', { class: 'elig-option-meta' }, meta),
        );
      }),
    );
    const open = this.options.length > 0;
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (this.active >= 0) {
      const id = this.optionId(this.active);
      input.setAttribute('aria-activedescendant', id);
      document.getElementById(id)?.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  private close(): void {
    this.options = [];
    this.active = -1;
    this.render();
  }

  private pick(item: T): void {
    this.parts.empty.hidden = true;
    this.close();
    this.behaviour.pick(item);
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.options.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (n === 0) this.update();
        if (this.options.length === 0) return;
        this.active = (this.active + 1) % this.options.length;
        this.render();
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (n === 0) return;
        this.active = this.active <= 0 ? n - 1 : this.active - 1;
        this.render();
        break;
      case 'Enter': {
        const chosen = this.options[this.active] ?? (n === 1 ? this.options[0] : undefined);
        if (chosen !== undefined) {
          e.preventDefault();
          this.pick(chosen);
        }
        break;
      }
      case 'Escape':
        if (n > 0) {
          e.preventDefault();
          this.close();
        } else if (this.parts.input.value) {
          e.preventDefault();
          this.parts.input.value = '';
          this.parts.empty.hidden = true;
        }
        break;
      case 'Tab':
        this.close();
        break;
      default:
    }
  }
}
