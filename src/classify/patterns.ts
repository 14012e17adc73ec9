/** Shared text helpers of the classifiers: whole-word alternations of cue lists, plain lowercase text. */

const compiled = new Map<string, RegExp>();
/** One regex matching any of the sources as whole words (cached). */
export function anyOf(sources: readonly string[], flags = ''): RegExp {
  const key = sources.join('|') + '/' + flags;
  let regex = compiled.get(key);
  if (!regex) {
    regex = new RegExp(`(?<![\\p{L}\\d])(?:${sources.join('|')})(?![\\p{L}])`, `u${flags}`);
    compiled.set(key, regex);
  }
  return regex;
}

/** Lowercase, straight quotes, hyphens and spaces made plain, star glyphs spelt out. */
export function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"')
    .replace(/[★☆✶✭]+/g, (stars) => ` ${stars.length} stars `)
    // A single quoted word ("a 'good' service", "'promising' prospects") reads as the word.
    .replace(/(^|[\s(])['"]([\p{L}-]+)['"](?=[\s,.;:)]|$)/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

