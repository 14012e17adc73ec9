/**
 * Lists that extraction ran into one unit ("What needs to improve? ◼ The quality of plans. ◼ The
 * stability of the workforce."): the codebook's `listMarkers` split them into items, and a lead that
 * names a section (a weakness or strength heading) opens that section for its items and for the next
 * units while they go on with the list.
 */
import type { CompiledCodebook } from './theme-codebook.js';
import { sectionBias } from './theme-polarity.js';

/** A piece of a unit to tag: its text, the section it stands in, and whether it is an item of a list of what should improve. */
export interface UnitPiece { text: string; section: string; directive: boolean }

/** A lead that is a heading: short, and naming a section that leans weakness or strength. */
const HEADING_WORDS = 14;

/**
 * The pieces of one unit, and the list section to carry to the next unit (undefined when the unit
 * holds no list). `carried` is the list section the previous unit left open.
 */
export function listPieces(text: string, section: string, carried: string | undefined, compiled: CompiledCodebook): { pieces: UnitPiece[]; carry: string | undefined } {
  const marker = compiled.listMarkers;
  if (!marker || !marker.test(text)) return { pieces: [{ text, section, directive: false }], carry: undefined };
  const [lead = '', ...items] = text.split(marker).map((part) => part.trim());
  const heading = lead.split(/\s+/).length <= HEADING_WORDS && sectionBias(lead, compiled) !== 0 ? lead : undefined;
  const listSection = heading ? `${section} > ${heading}` : carried ?? section;
  const directive = sectionBias(listSection, compiled) < 0;
  const pieces: UnitPiece[] = [];
  // A lead that is no heading goes on with the carried list (the rest of its last item), else it stands in its own section.
  if (!heading && lead !== '') pieces.push({ text: lead, section: carried ?? section, directive: carried !== undefined && directive });
  for (const item of items) if (item !== '') pieces.push({ text: item, section: listSection, directive });
  return { pieces, carry: heading || carried ? listSection : undefined };
}
