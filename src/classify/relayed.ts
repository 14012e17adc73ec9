/**
 * A verdict relayed by a council's paper about an inspection: a committee or cabinet paper, minutes or a
 * council's release that reports what the inspectors found ("The inspectors judged the ICT service to be
 * a 'fair', one-star service …", a table under "The inspectors' judgements"). It is the inspectors' verdict
 * on the paper's service when the inspectors (or the Commission, or their report) hold it, in the past,
 * and neither the sentence nor its section names another service; a view the council or one of its
 * members holds ("Our own assessment is that …", "the leader said: … the inspectors will find …") is not.
 */
import type { Finding } from '../document.js';
import type { Sentence } from '../text/sentences.js';
import { otherService } from './clauses.js';
import { plain } from './patterns.js';

/** The inspectors, the Commission, their inspection or their report as the holder of a judgement already made ("the inspectors judged", "the inspectors' scores", "was judged by the Commission", "the inspection of ICT services had awarded"). */
/** What a report is on ("on the ICT service", "into its benefits service"). */
const REPORT_ON = "(?: (?:on|into|of) (?:the |its |our )?(?:[a-z&'-]+ ){0,3}[a-z&'-]+)?";
const HOLDER_NAME = `(?:inspectors?'?|inspection team'?s?|inspection (?:of|into) (?:[a-z&'-]+ ){0,3}[a-z&'-]+|(?:audit )?commission(?:'s)?|inspection report${REPORT_ON}|inspectors' report|(?:the|its|their|final|(?:audit )?commission's) report(?:'s (?:summary|conclusions?|findings))?${REPORT_ON})`;
const JUDGED = '(?:judged|judges|judge|concluded|concludes|found|finds|rated|rates|scored|scoring|assessed|assesses|awarded|awards|gave|gives|given|considered|considers|described|describes|graded|decided|said|says|say|stated|states|reported|reports|recorded|records|reads|judgements?|judgments?|verdicts?|scores?|conclusions?|ratings?|findings)';
// An aside may stand between the holder and its verb ("the inspectors' report, published on 2 July, judged …").
const HOLDER = new RegExp(`\\b${HOLDER_NAME}(?:,[^,;]{1,60},|,? (?:who|which|that))?\\s+(?:(?:have|has|had|also|then|clearly|therefore|overall|final|formal|published|instead|today|now|recently|yesterday|they|it)\\s+){0,2}${JUDGED}\\b|\\b${JUDGED}\\s+(?:\\S+\\s+){0,5}?by\\s+(?:the\\s+)?(?:government\\s+|best value\\s+)?${HOLDER_NAME}|\\baccording to (?:the |a |an |their |its )?(?:[\\w-]+ ){0,2}(?:inspection )?(?:report|inspectors?|audit commission|commission)\\b`);
/** Inspections' results named ("the result alongside our other inspections", "inspection outcomes", "the Commission published its report"). */
const RESULTS = /\bresults?\b[^.]{0,60}\binspections?\b|\binspections?'? (?:results?|outcomes?|scores?|grades?|judgements?)\b|\b(?:commission|inspectors) (?:has |have )?(?:published|issued) (?:its|their|the) (?:inspection )?report\b/;
/** The council's own view: its review team's assessment or self-assessment ("Our own assessment …"). */
const OWN_VIEW = /\b(?:self-assessment|self assessment|review team|our own|own assessment|we (?:have )?(?:assessed|judged|rated))\b/;
/** Someone else speaking: a quotation from a member or officer ("…, said: \"…\""). */
const SPEAKER = /\b(?:said|says|told|commented|added|stated)\b/;
/** What a phrase of inspection names: "inspection of libraries and heritage", "the benefits inspection". */
const INSPECTED = [/\binspection (?:report )?(?:of|on|into) (?:the |its |our |this |the council's |council's )?((?:[a-z&'-]+ ?){1,5})/g, /\b(?:the|its|our|this|a) ((?:[a-z&'-]+ ){1,3})inspection\b/g];
/** The same, read only when the document's service is known: "the Commission's report on trading standards", a heading "3. Trading standards inspection". */
const REPORTED = [/\b(?:commission's|inspectors'|the) report (?:on|into) (?:the |its |our |this |the council's |council's )?((?:[a-z&'-]+ ?){1,5})/g,
  /(?:^|> )(?:\d+(?:\.\d+)*\.?\s+)?((?:(?!(?:of|the|for|to|on|into|about|after|before|since)\s)[a-z&'-]+ ){1,3})inspection\s*(?:$|>)/g];
const NOT_NAMES = new Set(['best', 'value', 'audit', 'commission', 'commissions', "commission's", 'the', 'council', "council's", 'its', 'our', 'this', 'and', 'a', 'an', 'recent', 'latest', 'first', 'second', 'last', 'full', 'final', 'published', 'inspection', 'service', 'services', 'was', 'were', 'is', 'in', 'by', 'at', 'for', 'which', 'that', 'report', 'action', 'plan', 'outcome', 'result', 'results', 'findings', 'response', 'to']);

/** Whether a phrase of inspection in the text names a service other than the document's. */
function namesOtherInspection(text: string, serviceWords: ReadonlySet<string>, stem: (word: string) => string): boolean {
  for (const pattern of serviceWords.size > 0 ? [...INSPECTED, ...REPORTED] : INSPECTED) {
    for (const match of text.matchAll(pattern)) {
      // The named words run to the first word that names nothing ("of libraries and heritage – action plan").
      const words = match[1]!.split(/\s+/).map((word) => word.replace(/[^a-z&-]|'s$/g, ''));
      const cut = words.findIndex((word) => ['was', 'were', 'is', 'in', 'by', 'published', 'which', 'that', 'carried', 'action', 'report'].includes(word));
      const named = (cut < 0 ? words : words.slice(0, cut)).filter((word) => word && !NOT_NAMES.has(word));
      if (named.length > 0 && !named.some((word) => serviceWords.has(stem(word)))) return true;
    }
  }
  return false;
}

/** Whether a service named with a possessive or determiner ("Farndale's refuse collection service") is another than the document's. */
function namesOtherService(text: string, serviceWords: ReadonlySet<string>, stem: (word: string) => string): boolean {
  // The name runs from the determiner to "service" without another determiner ("the Commission's inspectors gave the service" names none).
  for (const match of text.matchAll(/\b(?:the|its|our|this|a|an|[a-z-]+'s) ((?:(?!(?:the|its|our|this|a|an)\b)[a-z&-]+ ){1,5})services?\b/g)) {
    // A post named for a service ("the Head of Corporate Services") is a person, not a service.
    if (/^(?:(?:assistant|deputy|acting|interim) )?(?:head|director|manager|officer|chief officer|executive member|portfolio holder|member) (?:of|for) /.test(match[1]!)) continue;
    const named = match[1]!.trim().split(/\s+/).filter((word) => !NOT_NAMES.has(word) && !/^(?:one|two|three|no)-star$|^(?:poor|fair|good|excellent)$/.test(word));
    if (named.length > 0 && !named.some((word) => serviceWords.has(stem(word)))) return true;
  }
  return false;
}

/** A quotation opened after a colon ("… the report states: \"…"). */
const QUOTED = /\b(?:reads|read|states|stated|says|said|say|writes|wrote|write|concludes|concluded|records|recorded)\s*:\s*['"]/;

/**
 * Whether a unit stands inside a quotation from the inspectors' report that a unit shortly before it
 * opened ("4.3 On prospects, the report states: \"The plan is sound … / … / We are therefore uncertain
 * …\""): no closing quotation mark stands between.
 */
function withinQuotation(units: readonly Sentence[], index: number, section: string): boolean {
  for (let k = index - 1; k >= Math.max(0, index - QUOTATION_REACH); k--) {
    const text = plain(units[k]!.text);
    const opened = QUOTED.exec(text);
    // "In the words of the report's summary: \"…", the quotation opening there or on the next line.
    const words = opened ? undefined : WORDS_OF.exec(text);
    if (words) {
      const rest = words[1]! + [text.slice(words.index + words[0].length), ...units.slice(k + 1, index).map((unit) => plain(unit.text))].join(' ').trimStart();
      return rest.startsWith('"') && !rest.slice(1).includes('"');
    }
    if (!opened || k < index - 4) continue;
    if (!/"$/.test(opened[0]) || !HOLDER.test(`${section} ${text.slice(0, opened.index + opened[0].length)}`)) return false;
    const between = [text.slice(opened.index + opened[0].length), ...units.slice(k + 1, index).map((unit) => plain(unit.text))].join(' ');
    return !between.includes('"');
  }
  return false;
}

/** How many units back a quotation from the report may have opened. */
const QUOTATION_REACH = 12;

/** The report or the inspectors named as the source of a quotation after a colon ("In the words of the report's summary: \"…"), and its opening mark. */
const WORDS_OF = new RegExp(`\\bin the (?:words|view) of (?:the )?${HOLDER_NAME}[^:"]{0,40}:\\s*("?)`);

/** Whether a reading of a council paper is the inspectors' verdict on the paper's service, relayed. */
export function isRelayedVerdict(finding: Finding, units: readonly Sentence[], serviceWords: ReadonlySet<string>, stem: (word: string) => string): boolean {
  const unit = units[finding.evidence.sentence];
  if (!unit) return false;
  const text = plain(finding.evidence.text);
  const section = plain(unit.section);
  // A lead-in may name the holder for a table below it ("The inspectors' scores are summarised below."), or the service a pronoun stands for
  // (the page may have cut its sentence in two).
  // A quotation is the speaker's, whoever it mentions; a sentence or a table row stands in its section.
  const spoken = SPEAKER.exec(text);
  const table = unit.kind === 'row' || unit.kind === 'heading' || text.includes(' | ');
  // A row's lead-in stands before its table's first row.
  let first = finding.evidence.sentence;
  while (unit.kind === 'row' && first > 0 && units[first - 1]!.kind === 'row' && units[first - 1]!.section === unit.section) first--;
  const leads = units.slice(Math.max(0, first - 2), finding.evidence.sentence).map((before) => plain(before.text));
  const lead = leads.join(' ');
  // The lines before a table row may say whose it is ("The inspectors' scores are summarised below", "the review team's self-assessment"),
  // and so may those before the rest of a sentence the layout cut in two ("The report concludes: 'Lindford's ICT service is a" / "fair, …").
  const above = table || /^\s*\p{Ll}/u.test(finding.evidence.text) ? lead : '';
  // A table the lines before present as inspections' results ("The table below sets the result alongside our other inspections") holds the inspectors' verdicts.
  const held = spoken ? HOLDER.test(text.slice(0, spoken.index + spoken[0].length)) : [text, section, above].some((part) => HOLDER.test(part)) || (table && RESULTS.test(above));
  // What the inspectors' report is quoted as saying ("The inspection report states: \"We have judged …\"") is theirs, "we" and all.
  // So is a passage the paper quotes from it after a colon ("The relevant passage of the report reads: 'We have judged …'"),
  // in the sentence that opens the quotation or in one further on before it closes.
  const opened = QUOTED.exec(text);
  const quoted = withinQuotation(units, finding.evidence.sentence, section);
  const unquoted = quoted ? '' : (opened && HOLDER.test(section + ' ' + text.slice(0, opened.index + opened[0].length)) ? text.slice(0, opened.index) : text).replace(/"[^"]*"/g, ' ');
  if (!(held || quoted) || [unquoted, section, above].some((part) => OWN_VIEW.test(part))) return false;
  // Read clause by clause: "the inspectors concluded: 'the service is fair" names no service between "the" and "service".
  const other = (part: string) => part.split(/[:;]/).some((clause) => otherService(clause, serviceWords, stem))
    || namesOtherInspection(part, serviceWords, stem) || namesOtherService(part, serviceWords, stem);
  // A verdict that names no service ("judged that it was good") is on the service the sentence before it names.
  // ("it" is the pronoun here, not IT.)
  // "The IT service" names it: "it" before a service's noun, or after an article, is no pronoun.
  const named = (part: string) => part.split(/[^a-z]+/).some((word) => word !== 'it' && serviceWords.has(stem(word)))
    || (serviceWords.has(stem('it')) && /\b(?:the|an|our|its|council's) it\b|\bit (?:services?|department|unit|section|function)\b/.test(part));
  // The nearest that names a service: "2.1 The benefits service was judged good." then "2.2 … its report on the ICT
  // service." then "The inspectors judged the service to be 'fair'": the ICT service.
  const nearest = [...leads].reverse().find((part) => named(part) || other(part)) ?? '';
  return ![text, section, named(text) || named(nearest) ? '' : nearest].some(other);
}
