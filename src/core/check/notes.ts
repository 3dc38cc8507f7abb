/**
 * Notes as citations: Markdown footnotes ("[^1]" with "[^1]: … para. 4.")
 * and numbered notes or reference-list entries ("[1]" with "[1] …"), and
 * GB/T 7714's "[1]para. 4". A reference takes the target and locator of its
 * note once the whole document is read (resolve.ts).
 */
import type { Add, FoundNote, Free } from './citations';
import { findLocator, leadingPages } from './locator';
import { citesWork, type WorkNames } from './mentions';

const DEFINITION = /^ {0,3}\[(\^[^\]\s[]{1,200}|\d{1,3})\]:?[ \t]+(?=\S)/gm;

/** "[^1]: text" and "[1] text": each runs to the next one or the end of the block. */
export function noteDefinitions(text: string, names: WorkNames, notes: FoundNote[], take: (start: number, end: number) => void, footnotes: boolean): void {
  const heads: { label: string; start: number; body: number }[] = [];
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(text); m !== null; m = DEFINITION.exec(text)) {
    const footnote = m[1].startsWith('^');
    if (footnote !== m[0].includes(']:') || (footnote && !footnotes)) continue;
    heads.push({ label: footnote ? `fn:${m[1].slice(1)}` : `num:${m[1]}`, start: m.index, body: m.index + m[0].length });
  }
  heads.forEach((head, i) => {
    const end = i + 1 < heads.length ? heads[i + 1].start : text.length;
    const body = text.slice(head.body, end);
    const works = citesWork(names, body);
    notes.push({ label: head.label, start: head.start, end, citesWork: works, locator: works ? findLocator(text, head.body, end, names, true) : undefined });
    take(head.start, end);
  });
}

// A label stops at the next "[": "[^[^[^…" must not read to the end of the block once per marker.
const FOOTNOTE_REFERENCE = /\[\^([^\]\s[]{1,200})\](?!:)/g;
const NUMBERED_REFERENCE = /\[(\d{1,3})(?:,\s*([^\]\n]{1,80}))?\](?![(:[])/g;

export function noteReferences(text: string, add: Add, free: Free, footnotes: boolean, names: WorkNames): void {
  FOOTNOTE_REFERENCE.lastIndex = 0;
  for (let m = footnotes ? FOOTNOTE_REFERENCE.exec(text) : null; m !== null; m = FOOTNOTE_REFERENCE.exec(text)) {
    add({ start: m.index, end: m.index + m[0].length, target: 'note', note: `fn:${m[1]}` });
  }
  NUMBERED_REFERENCE.lastIndex = 0;
  for (let m = NUMBERED_REFERENCE.exec(text); m !== null; m = NUMBERED_REFERENCE.exec(text)) {
    if (text[m.index - 1] === ']' || !free(m.index, m.index + m[0].length)) continue;
    // "(Anon, 2007)#super[104]" with its command masked: a page set as a superscript after the parentheses, not a note.
    if (/\)[ \t]{5,}$/.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    let end = m.index + m[0].length;
    let locator = m[2] === undefined ? undefined : findLocator(text, end - 1 - m[2].length, end - 1, names, true);
    // GB/T 7714 sets the pinpoint after the number: "[1]para. 4", "<sup>[1]para. 4</sup>", "[1]sec. “…”".
    // A section's heading runs longer than a paragraph number: look further only after "sec.".
    const reach = /^[ \t]{0,8}(?:\\textsuperscript\{|<sup>)?(?:sec\.|section|under|§|introd)/i.test(text.slice(end, end + 40)) ? 400 : 40;
    // A paged text's bare page right after the number: "[1]23", "[1]<sup>23</sup>", "[1]\textsuperscript{23}".
    const lead = names.pages && !locator ? /^(?:\\textsuperscript\{|<sup>|\^\{?| {5})?/.exec(text.slice(end, end + 24))?.[0] : undefined;
    const bare = names.pages && lead !== undefined ? leadingPages(text, end + lead.length, names.pages) : undefined;
    const after = locator ? undefined : bare ?? findLocator(text, end, Math.min(text.length, end + reach), names);
    // Or in a superscript of its own after the number: "[1]<sup>para. 4</sup>", "[1]\textsuperscript{para.~4}".
    if (after && /^(?:[ \t]{0,8}|\\textsuperscript\{|<sup>|\^\{?)$/.test(text.slice(end, after.start))) {
      locator = after;
      end = after.end;
    }
    add({ start: m.index, end, target: 'note', note: `num:${m[1]}`, locator });
  }
}
