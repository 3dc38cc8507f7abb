/**
 * Short labels that tell sections apart. The text's headings open with the
 * same words ("CPC's international relations have …"), so a narrow list
 * that cuts them shows the same words on every row. Each label drops the
 * opening its heading shares with another and keeps what is its own.
 */
import type { Section } from './model';

/** A word as compared: case, curly or straight apostrophes and a plural s do not matter. */
function foldWord(word: string): string {
  return word.toLowerCase().replace(/[’‘]/g, "'").replace(/s$/, '');
}

/** How many words two headings' folded words share at their start. */
function sharedOpening(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function compareWords(a: readonly string[], b: readonly string[]): number {
  const n = sharedOpening(a, b);
  if (n === a.length || n === b.length) return a.length - b.length;
  return a[n] < b[n] ? -1 : 1;
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
  const folded = words.map((w) => w.map(foldWord));
  // Sorted, headings that share an opening of two words or more stand together; the shortest
  // opening a heading shares with any of its group is the smallest shared between neighbours
  // of that group. Sorting, not comparing every pair, keeps a book of a thousand sections quick.
  const order = headings.map((_, i) => i).sort((a, b) => compareWords(folded[a], folded[b]));
  const shared = new Array<number>(headings.length).fill(Infinity);
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    let least = Infinity;
    for (; end < order.length; end++) {
      const n = sharedOpening(folded[order[end - 1]], folded[order[end]]);
      // Two headings sharing one word ("The …") are not alike enough to cut.
      if (n < 2) break;
      least = Math.min(least, n);
    }
    for (let k = start; k < end; k++) shared[order[k]] = least;
    start = end;
  }
  return headings.map((heading, i) => {
    if (shared[i] === Infinity || shared[i] >= words[i].length) return heading;
    const rest = words[i].slice(shared[i]).join(' ');
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  });
}

/** The sections' short labels, by section id. */
export function sectionShortLabels(sections: readonly Section[]): ReadonlyMap<string, string> {
  const labels = distinctLabels(sections.map((s) => s.label));
  return new Map(sections.map((s, i) => [s.id, labels[i]]));
}
