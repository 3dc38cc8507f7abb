/**
 * Short labels that tell sections apart. The text's headings open with the
 * same words ("CPC's international relations have …"), so a narrow list
 * that cuts them shows the same words on every row. Each label drops the
 * opening its heading shares with another and keeps what is its own.
 */
import type { Section } from './model';

/** Words compared loosely: case, curly or straight apostrophes and a plural s do not matter. */
function sameWord(a: string, b: string): boolean {
  const fold = (w: string) => w.toLowerCase().replace(/[’‘]/g, "'").replace(/s$/, '');
  return fold(a) === fold(b);
}

function sharedOpening(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && sameWord(a[n], b[n])) n++;
  return n;
}

/**
 * One label per heading: the heading without the opening it shares with the
 * others alike (the shortest of two words or more it shares with any), its
 * first letter capitalised; the heading itself when it shares none, or when
 * nothing would be left. The shortest, so that headings alike read alike:
 * "Facilitated …", "Elevated …", not "A healthy …" beside "Elevated …".
 */
export function distinctLabels(headings: readonly string[]): string[] {
  const words = headings.map((h) => h.split(/\s+/).filter(Boolean));
  return headings.map((heading, i) => {
    let shared = Infinity;
    words.forEach((other, j) => {
      const n = j === i ? 0 : sharedOpening(words[i], other);
      // Two headings sharing one word ("The …") are not alike enough to cut.
      if (n >= 2) shared = Math.min(shared, n);
    });
    if (shared === Infinity || shared >= words[i].length) return heading;
    const rest = words[i].slice(shared).join(' ');
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  });
}

/** The sections' short labels, by section id. */
export function sectionShortLabels(sections: readonly Section[]): ReadonlyMap<string, string> {
  const labels = distinctLabels(sections.map((s) => s.label));
  return new Map(sections.map((s, i) => [s.id, labels[i]]));
}
