/** What every quality gate returns: a list of problems, each tied to a page or file of dist/. */

export interface Problem {
  /** Public URL path of the page or file ("/appels/terriens/", "/calendrier.ics"), or "dist/" for the whole tree. */
  page: string;
  /** What is wrong, readable on its own. */
  message: string;
}

export interface GateResult {
  /** Short id ("links", "html"). */
  gate: string;
  /** What the gate checks, one line. */
  title: string;
  problems: Problem[];
  /** How many pages or files were checked. */
  checked: number;
  /** Wall time in milliseconds. */
  ms: number;
}

/** Sorts problems by page, then message, and drops exact duplicates. */
export function tidy(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.page}\u0000${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.page.localeCompare(b.page) || a.message.localeCompare(b.message));
}
