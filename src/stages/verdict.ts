/** Verdict: the document's status from its judgements, the prospect vocabulary era, and why when none. */
import type { DocumentRecord, Finding } from '../document.js';
import type { Scheme } from '../scheme/index.js';
import { stageVersion, type Stage } from '../pipeline.js';
import { BEST_VALUE } from '../scheme/registry.js';
import { familyVerdict } from '../classify/family-verdict.js';
import { isRelayedVerdict } from '../classify/relayed.js';
import { stem } from '../classify/theme-text.js';
import { judgementContext, serviceWords } from './judge.js';

function count(text: string, words: readonly string[]): number {
  return words.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(text)).length;
}

/** The prospect vocabulary era: from the words the report used, else from its date. */
function eraOf(document: Readonly<DocumentRecord>, scheme: Scheme): Finding | null {
  const { prospect, metadata } = document;
  const fromWords = scheme.prospect.values.find((value) => value.token === prospect?.value)?.era;
  if (prospect && fromWords) return { value: fromWords, confidence: prospect.confidence, evidence: prospect.evidence };
  const date = metadata?.inspectedOn ?? metadata?.publishedOn;
  if (!date) return null;
  const era = date.value >= scheme.eraBFrom.slice(0, date.value.length) ? 'B' : 'A';
  return { value: era, confidence: Math.min(0.6, date.confidence), evidence: date.evidence };
}

/** A table's or figure's caption ("Table 2:", "Figure 1 –"). */
const CAPTION = /^\s*(?:table|figure|chart|diagram|exhibit|box|graph)\s+\d+[a-z]?\s*[:.–—-]/i;

/** How many lines open a front page (where a council paper's markings stand). */
const OPENING_LINES = 15;
/** How many of them may hold its title. */
const TITLE_LINES = 6;

/**
 * A release line issued by a council: the issuer is named on the release line, above it or just below
 * it ("News release" / "X Council Press Office"); when none is named there, by its closing contact
 * lines ("Notes to editors: X Borough Council serves …"). A council named and no inspectorate: the council's.
 */
function councilRelease(opening: readonly string[], page: string, scheme: Scheme): string | undefined {
  const release = opening.findIndex((line) => new RegExp(`(?:${scheme.releaseMarkers.join('|')})`, 'i').test(line));
  if (release < 0) return undefined;
  const inspectorate = new RegExp(`(?:${scheme.inspectorates.join('|')})`, 'i');
  const council = /\bcouncil\b/i;
  const named = (lines: readonly string[]) => lines.some((line) => council.test(line) || inspectorate.test(line));
  const top = opening.slice(0, release + 3);
  const contact = new RegExp(`^\\s*(?:${scheme.releaseContacts.join('|')})\\b`, 'i');
  const issuers = named(top) ? top : page.split('\n').filter((line) => contact.test(line));
  return issuers.some((line) => council.test(line)) && !issuers.some((line) => inspectorate.test(line)) ? opening[release] : undefined;
}

/** The front-page heading that names the document as a council's own paper, if no heading names it an inspection report. */
function ownPaperTitle(document: Readonly<DocumentRecord>, scheme: Scheme): string | undefined {
  // The title block: page-one headings before the first line of body text.
  const units = document.sentences ?? [];
  const body = units.findIndex((unit) => unit.kind !== 'heading');
  // A caption ("Table 1: Self-assessment compared with inspection") names a table or figure, not the document.
  const headings = units.slice(0, body < 0 ? units.length : body).filter((unit) => unit.pageStart === 1 && !CAPTION.test(unit.text)).map((unit) => unit.text);
  const own = new RegExp(`(?:${scheme.notInspectionTitles.join('|')})`, 'i');
  const inspection = new RegExp(`(?:${scheme.inspectionTitles.join('|')})`, 'i');
  // "Forthcoming inspection of …" names an inspection still to come: the paper is not its report.
  const coming = /forthcoming|future|planned|preparation|arrangements|will take place/i;
  const paper = new RegExp(`(?:${scheme.councilPaperMarkers.join('|')})`, 'i');
  const opening = (document.pages[0]?.text ?? '').split('\n').slice(0, OPENING_LINES).map((line) => line.trim());
  const marked = opening.find((line) => paper.test(line)) ?? councilRelease(opening, document.pages[0]?.text ?? '', scheme);
  if (marked) return marked;
  // "Self-assessment for Best Value inspection": a title naming the council's paper made for an inspection is that paper.
  const ownFirst = (heading: string) => {
    const paper = own.exec(heading), about = inspection.exec(heading);
    return paper !== null && about !== null && paper.index < about.index && /\b(?:for|before|ahead of|prior to|submitted to)\b/i.test(heading.slice(paper.index + paper[0].length, about.index));
  };
  // A title repeated as every page's running header ("ICT Service Plan 2003/04 … Page 1") is no unit: the front page's
  // own short lines stand for it.
  const titled = (line: string) => { const words = line.split(/\s+/); return words.length <= 8 && words.filter((word) => /^[A-Z0-9]/.test(word)).length * 2 > words.length; };
  const titleLines = opening.slice(0, TITLE_LINES).filter((line) => line && titled(line) && !/[.,:;]/.test(line) && !CAPTION.test(line) && !headings.includes(line));
  const titles = [...headings, ...titleLines];
  // "Self-assessment submitted to the Audit Commission" beside the inspection's own title: the paper the council made for it.
  const addressed = new RegExp(`\\b(?:submitted|prepared|presented|sent|provided|written) (?:to|for) (?:the )?(?:${scheme.inspectorates.join('|')}|inspectors?\\b|(?:[a-z]+ )?inspection\\b)`, 'i');
  const forInspection = titles.find((heading) => own.test(heading) && addressed.test(heading));
  if (forInspection) return forInspection;
  if (titles.some((heading) => inspection.test(heading) && !coming.test(heading) && !ownFirst(heading))) return undefined;
  return titles.find((heading) => own.test(heading));
}

/**
 * The services a text names, each by its words and the scheme's groups of names it names whole ("Housing benefits"
 * names the housing and the benefits groups). "Council's computer services": the council names no service (its
 * alias "council tax" is the benefits service's).
 */
function namedServices(text: string, scheme: Scheme): Array<{ words: Set<string>; groups: Set<number> }> {
  return [...text.matchAll(new RegExp(scheme.servicePattern, 'gi'))].map((match) => {
    const words = serviceWords(match[0].replace(/\b(?:council|borough|county|district|city)(?:'s)?\b/gi, ' '), scheme.serviceAliases);
    return { words, groups: new Set(scheme.serviceAliases.flatMap((group, i) => (group.every((word) => words.has(stem(word))) ? [i] : []))) };
  });
}

/**
 * The service a council's paper belongs to: the first one its title lines name that the scheme knows by several
 * names ("ICT Member Steering Group", "Report of the Head of ICT"), before any service whose inspection it reports.
 */
function paperService(document: Readonly<DocumentRecord>, scheme: Scheme): Set<string> | undefined {
  const units = document.sentences ?? [];
  const body = units.findIndex((unit) => unit.kind === 'sentence');
  const lines = units.slice(0, body < 0 ? units.length : body).filter((unit) => unit.pageStart === 1).map((unit) => unit.text);
  for (const line of lines) {
    const known = namedServices(line, scheme).find((service) => service.groups.size > 0);
    if (known) return known.words;
  }
  return undefined;
}

/** Relayed readings are second-hand: never in the top confidence band. */
export const RELAYED_CONFIDENCE = 0.85;

/**
 * Two section headings of a council's paper that name services the scheme tells apart ("2. Housing benefits",
 * "3. ICT services"): a progress report on several services' inspections, whose verdicts are each its section's,
 * none the paper's. Each heading's service is the set of the scheme's name groups it names; two are other
 * services when the sets share none ("Housing benefits" and "Benefits" are one).
 */
function sectionServices(document: Readonly<DocumentRecord>, scheme: Scheme): [string, string] | undefined {
  const seen: Array<{ heading: string; groups: Set<number> }> = [];
  for (const unit of document.sentences ?? []) {
    if (unit.kind !== 'heading' || unit.text.trim().split(/\s+/).length > 8) continue;
    const groups = new Set(namedServices(unit.text, scheme).flatMap((service) => [...service.groups]));
    if (groups.size === 0) continue;
    const other = seen.find((before) => ![...groups].some((group) => before.groups.has(group)));
    if (other) return [other.heading, unit.text.trim()];
    seen.push({ heading: unit.text.trim(), groups });
  }
  return undefined;
}

/**
 * A council's paper that relays one service's verdict and announces the coming inspection of another the scheme tells
 * apart ("Benefits service 'good' … The council's ICT service will be inspected in the spring"): written before its own
 * service's verdict exists, it relays another's. The verdict's service is the one its sentence names, else the nearest
 * unit before it that names one; the coming inspection's, the one its sentence, the unit before it or its section names.
 * Returns the two services' words, or undefined.
 */
function comingOtherInspection(document: Readonly<DocumentRecord>, scheme: Scheme, verdict: Finding): [string, string] | undefined {
  const units = document.sentences ?? [];
  // "it" in lower case is the pronoun ("say it is a good service"), not IT.
  const groupsOf = (text: string) => new Set(namedServices(text.replace(/\bit\b/g, ' '), scheme).flatMap((service) => [...service.groups]));
  const coming = new RegExp(`\\b(?:${scheme.comingInspection.join('|')})\\b`, 'i');
  const at = verdict.evidence.sentence;
  let verdictGroups = groupsOf(verdict.evidence.text), named = verdict.evidence.text;
  for (let k = at - 1; verdictGroups.size === 0 && k >= Math.max(0, at - 3); k--) { verdictGroups = groupsOf(units[k]!.text); named = units[k]!.text; }
  if (verdictGroups.size === 0) return undefined;
  for (const [index, unit] of units.entries()) {
    if (index === at || !coming.test(unit.text)) continue;
    // A sentence naming a service speaks for itself ("The council's planning service will be inspected later this year");
    // one naming none ("The inspectors' report is expected in the new year") speaks of the one before it or its heading names.
    const names = namedServices(unit.text, scheme).length > 0 ? [unit.text] : [units[index - 1]?.text ?? '', unit.section.split(' > ').pop() ?? ''];
    const groups = names.map(groupsOf).find((found) => found.size > 0);
    if (groups && ![...groups].some((group) => verdictGroups.has(group))) return [named.trim(), unit.text.trim()];
  }
  return undefined;
}

/** The document's readings that are the inspectors' verdict relayed by a council's paper, their confidence capped. */
function relayedReadings(document: Readonly<DocumentRecord>, scheme: Scheme, sections: [string, string] | undefined): { grade?: Finding; prospect?: Finding } {
  if (sections) return {};
  const units = document.sentences ?? [];
  const words = paperService(document, scheme) ?? judgementContext(scheme, document).serviceWords;
  const relayed = (finding: Finding | null | undefined) => (finding && isRelayedVerdict(finding, units, words, stem) ? { ...finding, confidence: Math.min(finding.confidence, RELAYED_CONFIDENCE) } : undefined);
  return { grade: relayed(document.grade), prospect: relayed(document.prospect) };
}

/** The verdict stage. */
export function verdict(scheme: Scheme): Stage {
  return {
    name: 'verdict',
    version: stageVersion(30, { coming: scheme.comingInspection, markers: scheme.markers, eraBFrom: scheme.eraBFrom, draft: scheme.draftMarkers, own: scheme.notInspectionTitles, ownJudgement: scheme.ownJudgementTitles, paper: scheme.councilPaperMarkers, release: scheme.releaseMarkers, contacts: scheme.releaseContacts, inspection: scheme.inspectionTitles }),
    needs: ['pages', 'layer', 'sentences', 'metadata', 'scheme', 'judgements', 'grade', 'prospect'],
    sets: ['status', 'reason', 'era', 'grade', 'prospect'],
    run(document, report) {
      const text = document.layer!.text;
      const unknown = { status: 'no-judgement', reason: 'unknown-regime', era: null, grade: null, prospect: null } as const;
      // No scheme knows it (the scheme stage said why), or another scheme's report: that scheme's reading decides.
      if (!document.scheme) return unknown;
      if (document.scheme.value !== BEST_VALUE) {
        const title = ownPaperTitle(document, scheme);
        if (title) report.info('not-an-inspection-report', `the front page calls it "${title}": the council's own paper, not an inspection report`);
        return title ? { status: 'no-judgement', reason: 'not-an-inspection-report', era: null, grade: null, prospect: null }
          : { ...familyVerdict(document, report), era: null, grade: document.grade ?? null, prospect: null };
      }
      const own = count(text, scheme.markers.scheme);
      const foreign = count(text, scheme.markers.otherRegime);
      // Another regime's report: its grades ("Good", "Requires improvement") are not this scheme's.
      if (foreign >= 2 && foreign > own) {
        report.info('other-regime', `reads as another inspection regime's report (${foreign} markers against ${own}); ${scheme.name} grades not read`);
        return unknown;
      }
      const title = ownPaperTitle(document, scheme);
      let { grade, prospect } = document;
      if (title) {
        // A paper to a meeting or a council's release may relay the inspectors' verdict on its service; the council's own review or plan never does.
        const sections = sectionServices(document, scheme);
        let relayed = new RegExp(`(?:${scheme.ownJudgementTitles.join('|')})`, 'i').test(title) ? {} : relayedReadings(document, scheme, sections);
        const other = relayed.grade ?? relayed.prospect;
        const coming = other ? comingOtherInspection(document, scheme, other) : undefined;
        if (coming) {
          report.info('relays-another-service', `the paper relays a verdict on one service ("${coming[0].slice(0, 120)}") and announces the coming inspection of another ("${coming[1].slice(0, 120)}"): not its own service's verdict`);
          relayed = {};
        }
        if (!relayed.grade && !relayed.prospect) {
          report.info('not-an-inspection-report', `the front page calls it "${title}": the council's own paper, not an inspection report${sections ? `, whose sections report on several services ("${sections[0]}", "${sections[1]}")` : ''}`);
          return { status: 'no-judgement', reason: 'not-an-inspection-report', era: null, grade: null, prospect: null };
        }
        report.info('relayed-verdict', `the front page calls it "${title}": a council's paper, read for the inspectors' verdict it relays`);
        ({ grade, prospect } = relayed);
      }
      const draft = new RegExp(`\\b(?:${scheme.draftMarkers.join('|')})\\b`, 'i').test(text);
      if (draft && title) {
        // A council's paper about a draft report (its scores still to be confirmed) is still the council's paper: its words are not the inspectors'.
        report.info('not-an-inspection-report', `the front page calls it "${title}": the council's own paper, about a draft whose scores are still to be confirmed`);
        return { status: 'no-judgement', reason: 'not-an-inspection-report', era: null, grade: null, prospect: null };
      }
      if (draft) {
        report.info('draft', 'a draft whose scores are still to be confirmed: no judgement read');
        return { status: 'no-judgement', reason: 'draft-no-scores', era: null, grade: null, prospect: null };
      }
      if (!grade && !prospect) {
        report.info('no-judgement-found', `no sentence states a ${scheme.grade.name} or ${scheme.prospect.name} of this service`);
        return { status: 'no-judgement', reason: 'no-judgement-found', era: null, grade: null, prospect: null };
      }
      if (!grade) report.warn('no-grade', `no sentence states a ${scheme.grade.name}; only the ${scheme.prospect.name} was found`);
      if (!prospect) report.warn('no-prospect', `no sentence states a ${scheme.prospect.name}; only the ${scheme.grade.name} was found`);
      return { status: 'assessed', reason: null, era: eraOf(document, scheme), grade: grade ?? null, prospect: prospect ?? null };
    },
  };
}
