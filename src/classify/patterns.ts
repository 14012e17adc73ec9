/** Shared text helpers of the classifiers: whole-word alternations of cue lists, plain lowercase text. */

const compiled = new Map<string, RegExp>();
/** The same lists are passed again and again (a scheme's cue lists): their regexes by list and flags, without joining the list. */
const byList = new WeakMap<readonly string[], Map<string, RegExp>>();
/** One regex matching any of the sources as whole words (cached). */
export function anyOf(sources: readonly string[], flags = ''): RegExp {
  let mine = byList.get(sources);
  if (!mine) byList.set(sources, mine = new Map());
  let regex = mine.get(flags);
  if (regex) return regex;
  const key = sources.join('|') + '/' + flags;
  regex = compiled.get(key);
  if (!regex) {
    regex = new RegExp(`(?<![\\p{L}\\d])(?:${sources.join('|')})(?![\\p{L}])`, `u${flags}`);
    compiled.set(key, regex);
  }
  mine.set(flags, regex);
  return regex;
}

/** Lowercase, straight quotes, hyphens and spaces made plain, star glyphs spelt out. */
export function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"')
    // Filled and empty stars together ("★☆☆") count the filled ones: one star of three.
    // Empty stars alone ("☆☆☆") are none: no stars out of three.
    .replace(/[★☆✶✭]+/g, (stars) => ` ${[...stars].filter((star) => star !== '☆').length} stars `)
    // A single quoted word ("a 'good' service", "'promising' prospects") reads as the word.
    .replace(/(^|[\s(])['"]([\p{L}-]+)['"](?=[\s,.;:)]|$)/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

