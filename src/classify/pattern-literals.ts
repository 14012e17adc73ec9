/**
 * Pre-checks for the scheme's regexes: a piece of plain text every match of a pattern must contain,
 * found from the pattern's source, so that a unit without it need not be searched. A source with a
 * top-level alternative, or with nothing certain to match literally, has no such piece.
 */

/** Characters that stand for themselves in a regex source outside a class. */
const LITERAL = /[\p{L}\p{N} ,'"&%£/<>=!~`@#-]/u;
/** Quantifiers that can make the atom before them match nothing. */
const OPTIONAL = /^(?:\?|\*|\{0[,}])/;

/** The index just past the group or class opening at `start` (escapes, classes and nested groups skipped). */
function closing(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') { i++; continue; }
    if (inClass) { if (char === ']') { inClass = false; if (depth === 0) return i + 1; } continue; }
    if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i + 1;
  }
  return source.length;
}

/** The index just past the escape at `at` (`\\b`, `\\p{L}`, `\\u00e9`, `\\x41`, `\\k<name>`). */
function escapeEnd(source: string, at: number): number {
  const kind = source[at + 1];
  const braced = /[pPuk]/.test(kind ?? '') && /[{<]/.test(source[at + 2] ?? '');
  if (braced) return source.indexOf(source[at + 2] === '{' ? '}' : '>', at) + 1 || source.length;
  return at + ({ u: 6, x: 4, c: 3 }[kind as 'u' | 'x' | 'c'] ?? 2);
}

/** The index just past a quantifier at `at` (`?`, `*`, `+`, `{n,m}`, and a lazy `?`), or `at` when there is none. */
function quantifierEnd(source: string, at: number): number {
  const match = /^(?:[?*+]|\{\d*,?\d*\})\??/.exec(source.slice(at));
  return at + (match ? match[0].length : 0);
}

/**
 * The longest run of literal characters every match of `source` contains, or undefined when there
 * is none (a top-level `|`, or no literal character outside groups, classes and optional parts).
 */
export function requiredLiteral(source: string): string | undefined {
  const runs: string[] = [];
  let run = '';
  const end = () => { if (run.trim()) runs.push(run); run = ''; };
  for (let i = 0; i < source.length;) {
    const char = source[i]!;
    if (char === '|') return undefined;
    if (char === '(' || char === '[') { end(); i = quantifierEnd(source, closing(source, i)); continue; }
    if (char === '\\' || !LITERAL.test(char)) { end(); i = quantifierEnd(source, char === '\\' ? escapeEnd(source, i) : i + 1); continue; }
    const next = quantifierEnd(source, i + 1);
    if (next === i + 1) run += char;
    else if (OPTIONAL.test(source.slice(i + 1))) end();
    else { run += char; end(); }
    i = next;
  }
  end();
  return runs.sort((a, b) => b.length - a.length)[0];
}

const literalsOf = new WeakMap<readonly string[], readonly string[] | null>();

/**
 * Whether any of the sources can match the text: false only when each source has a required literal
 * and the text holds none of them. Exact for patterns matched without the `i` flag.
 */
export function mayMatchAny(sources: readonly string[], text: string): boolean {
  let literals = literalsOf.get(sources);
  if (literals === undefined) {
    const found = sources.map(requiredLiteral);
    literals = found.every((literal) => literal !== undefined) ? found as string[] : null;
    literalsOf.set(sources, literals);
  }
  return literals === null || literals.some((literal) => text.includes(literal));
}
