/**
 * The small script every page with an eligibility lookup loads: it shows the lookup's field
 * (hidden without JavaScript, where the page's list of EPCIs is the answer) and loads the
 * lookup itself (`lookup.ts`, with the EPCI list) as the page loads when the lookup says
 * `data-elig-load="eager"`, else the first time the reader focuses, touches or types in it.
 */
const FIRST_USE = ['focusin', 'pointerdown', 'input'] as const;

function failed(root: HTMLElement): void {
  const loading = root.querySelector<HTMLElement>('[data-elig-loading]');
  if (!loading) return;
  loading.hidden = false;
  loading.textContent = 'La recherche n’a pas pu être chargée. Consultez la liste par région de la page Éligibilité.';
}

/** Starts `run` the first time the reader focuses, touches or types in `root`. */
function onFirstUse(root: HTMLElement, run: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const type of FIRST_USE) root.removeEventListener(type, start);
    run();
  };
  for (const type of FIRST_USE) root.addEventListener(type, start);
}

/** The commune fields (`[data-commune-root]`): their script and the communes load on first use only. */
export function bootCommuneLookups(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-commune-root]')) {
    const tool = root.querySelector<HTMLElement>('[data-commune-tool]');
    if (!tool) continue;
    tool.hidden = false;
    onFirstUse(root, () => {
      import('./communes').then(
        ({ startCommuneLookup }) => startCommuneLookup(root),
        () => {
          const loading = root.querySelector<HTMLElement>('[data-commune-loading]');
          if (!loading) return;
          loading.hidden = false;
          loading.textContent = 'La recherche par commune n’a pas pu être chargée.';
        },
      );
    });
  }
}

export function bootLookups(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-elig-root]')) {
    const tool = root.querySelector<HTMLElement>('[data-elig-tool]');
    if (!tool) continue;
    tool.hidden = false;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      for (const type of FIRST_USE) root.removeEventListener(type, start);
      import('./lookup').then(({ startLookup }) => startLookup(root), () => failed(root));
    };
    if (root.dataset['eligLoad'] === 'eager') start();
    else for (const type of FIRST_USE) root.addEventListener(type, start);
  }
}
