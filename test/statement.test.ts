/** The statement reader: graded likelihood of this service improving, with the negation's scope and the holder. */
import { describe, expect, it } from 'vitest';
import { readStatement } from '../src/classify/statement.js';
import { statements } from '../src/scheme/best-value-statements.js';
import { analysePages } from './helpers/analyse.js';
import { judgementCandidates } from '../src/stages/judge.js';
import { bestValueScheme } from '../src/scheme/index.js';

const cases: Array<[string, number | undefined]> = [
  ['we are confident the plan will be delivered.', 3],
  ['we have every confidence that the council will turn these plans into reality.', 3],
  ['we have little doubt that the council will turn the service round.', 3],
  ['we do not doubt that the service will improve.', 3],
  ['on balance, we expect the service to improve.', 2],
  ['we have serious doubts about whether the council has the capacity to deliver its plan.', 1],
  ['we have little confidence that the plan will be implemented.', 1],
  ['it is hard to see how the council will make the necessary improvements.', 1],
  ['in these circumstances we can see no realistic prospect of the service being turned round.', 0],
  ['there is no sign that anything will change.', 0],
  ['it is likely that the service will not improve.', 1],
  // Negative likelihood with no scale word: a denied sign, chance or suggestion, and its impersonal frames.
  ['nothing in the evidence we gathered points to the service getting better.', 0],
  ['there is little to indicate that the council will make the changes it needs.', 0],
  ['the signs are against the section improving in the next year.', 0],
  ['there is no real chance of progress until the posts are filled.', 0],
  ['we see few signs that the plan will be delivered.', 1],
  ['we are not optimistic that the service will improve.', 1],
  ['it would be unrealistic to expect the council to turn the service round.', 0],
  ['the evidence does not suggest that the section will get better.', 0],
  ['we are far from convinced that the plan will be implemented.', 1],
  ['there is no evidence that the council can sustain these improvements.', 0],
  ['the odds are stacked against any lasting improvement.', 0],
  ['little in the plan suggests that the council will deliver it.', 0],
  ['a little evidence suggests that the service will improve.', undefined],
  // Ruling out quick change is doubt, not denial; a concessive aside leaves the likelihood before it governing; the odds.
  ['we have seen nothing that suggests the position will change quickly.', 1],
  ['there is no sign that the service will improve in the short term.', 1],
  // So is ruling out much change: a degree on the predicate, within it or straight after it ("any" denies all of it).
  ['we do not expect the service to get much better over the next two years.', 1],
  ['nothing we saw suggests that the section will improve significantly.', 1],
  ['we do not expect the service to get any better.', 0],
  ['we think it likely, though not certain, that the service will get better over the next few years.', 2],
  ['the odds favour improvement.', 2],
  ['nothing the managers told us gives any reason to think so: there is no sign that anything will change.', 0],
  ['we see nothing to suggest that claimants will receive a better service.', 0],
  // The likelihood after its predicate.
  ['the chances of any improvement appear remote.', 0],
  ['its prospects of lasting progress look slim.', 1],
  ['the likelihood of the repairs service improving is low.', 1],
  // Improvement itself as the subject, and a positive likelihood after the predicate.
  ['further improvement in the service is doubtful.', 1],
  ['improvement is, in our view, unlikely.', 1],
  ['improvement is likely, though not certain.', 2],
  ['its prospects for improvement are good.', 2],
  ['improvement is certain.', 3],
  ['improvement is likely to be slow.', undefined],
  ['it is far from certain that the council will deliver its plan.', 1],
  // A denied certainty is no likelihood of its own ("not guaranteed" may come with "but the signs are encouraging").
  ['improvement is not guaranteed, but we see no reason to doubt it.', undefined],
  ['we have real doubts that the council has the capacity to carry through its plan.', 1],
  // Whether the service will improve as the subject of its own likelihood.
  ['whether the section can make real progress is, on the evidence we saw, open to question.', 1],
  ['whether the council will make progress is an open question.', 1],
  ['we can see no realistic basis for expecting the service to get any better.', 0],
  ['we doubt that the council has the staff to carry the plan through on time.', 1],
  // Someone else's view, and no likelihood at all, state nothing.
  ['the head of ict told us he is confident the plan will be delivered.', undefined],
  ['the auditors concluded that the section would certainly improve once the new system was live.', undefined],
  ['the service has improved since 2001.', undefined],
];

describe('the statement reader', () => {
  it('takes an impersonal frame ("there is no sign") as the inspectors\' voice, and a named officer\'s view as not', () => {
    expect(readStatement('there is no sign that the service will get better.', statements)?.inspectors).toBe(true);
    expect(readStatement('nothing suggests that the position will change.', statements)?.inspectors).toBe(true);
    expect(readStatement('the manager believes there is no sign that the service will get better.', statements)).toBeUndefined();
    // The frame's verb may be the phrase's own first word ("it is likely", the phrase being "is likely").
    expect(readStatement('over the next year, it is likely that the housing service will get better.', statements)?.inspectors).toBe(true);
  });

  for (const [text, ordinal] of cases) {
    it(`reads "${text}" as ${ordinal ?? 'no statement'}`, () => {
      expect(readStatement(text, statements)?.ordinal).toBe(ordinal);
    });
  }
});

describe('two statements in one sentence', () => {
  it('takes the one on the service improving over one on delivering the plan', async () => {
    const document = await analysePages(['Coldharbour Borough Council\nBest Value inspection, May 2003\n\nSummary\nThe IT service is poor. We have little confidence that the council will deliver the improvements it has planned, and nothing we saw suggests that the service will get better.\n']);
    expect(document.prospect?.value).toBe('poor');
  });
});

describe('verdicts in long prose', () => {
  it.each([
    ['a bracket aside that tells of another time', 'The council\'s planning service, which (as it did last year) shares its offices with building control, is in our view a good service.\n', 'grade', 'good'],
    ['a reason between commas before the prospect word', 'Summary\nWe consider that its prospects for improvement are, since no budget has been set for the new system, poor.\n', 'prospect', 'poor'],
    ['a verdict line taken for a heading and continued by its stars', 'Overall judgement\nThe inspection team rated the service as excellent\n(three stars).\n', 'grade', 'excellent'],
    ['an earlier report named by its year', 'The 2001 report rated the service as poor. Today it is a good service with excellent prospects.\n', 'grade', 'good'],
    ['a standard not reached beside the verdict', 'Summary\nThe service has not yet reached the level of a good service: we judge it to be fair.\n', 'grade', 'fair'],
    ['the value between two denied ones', 'Summary\nThe service is neither poor nor good. Its prospects for improvement are promising.\n', 'grade', 'fair'],
    // The word the report used is kept (with its ordinal); only a paraphrase, which has none, takes the vocabulary of the report's date.
    ['an earlier vocabulary\'s words in a later report, as the report used them', 'ICT Services, May 2003\nSummary\nWe judge the service to be fair. In our judgement it will not improve.\n', 'prospect', 'will-not'],
    ['a table row whose question wrapped onto the next line', 'ICT Services, March 2001\nSummary of judgements\nHow good is the\tFair (one star)\tReasons\nservice?\nWill the service\tYes, it will\tA costed plan\nimprove?\timprove\n', 'prospect', 'will'],
    ['a table row asking another question of the service', 'ICT Services, March 2001\nSummary\nWe judge the service to be fair.\nWill the service transfer to the trust?\tYes\tIn April\n', 'prospect', undefined],
    ['prospects whose word follows a dash aside with semicolons', 'ICT Services, May 2003\nSummary\nThe service is good. The prospects for improvement are, on the evidence we gathered – a costed plan; a record of delivery; the support of members – promising.\n', 'prospect', 'promising'],
    ['prospects judged after the grounds that lead to them', 'ICT Services, May 2003\nSummary\nThe service is poor. The council has not yet agreed how it will fund the plan, so we judge that the prospects of the service improving are uncertain.\n', 'prospect', 'uncertain'],
    ['a paraphrase in a later report, in the vocabulary of its date', 'ICT Services, May 2003\nSummary\nWe judge the service to be fair. We doubt whether it will get any better.\n', 'prospect', 'uncertain'],
    ['a likelihood after its predicate, not read as a grade', 'ICT Services, May 2003\nSummary\nIts prospects for improvement are good, because the plan is costed.\n', 'grade', undefined],
    ['prospects whose verb is left out after a conjunction', 'ICT Services, May 2003\nSummary\nIn 2001 we judged the service poor. We now judge it good, and its prospects promising.\n', 'prospect', 'promising'],
    ['prospects after a list between commas', 'ICT Services, May 2003\nSummary\nIts prospects for improvement, given the new head\'s record, the agreed budget and the backing of members, are promising.\n', 'prospect', 'promising'],
    ['an example set off by commas, not a verdict', 'How the Commission scores services\nA service judged fair with promising prospects, for example, would appear in the middle of the chart.\n', 'grade', undefined],
    ['the council\'s own review as the holder, not the inspectors', 'ICT Services, May 2003\nContext\nThe council\'s Best Value review judged the service to be good with excellent prospects for improvement.\n', 'grade', undefined],
    ['a table row whose value is a sentence', 'ICT Services, May 2003\nOur judgements\nHow good is the service?\tThe service is fair (one star). It does some things well.\nWill it improve?\tWe consider its prospects to be promising.\n', 'grade', 'fair'],
    ['a table row whose value is a sentence, for the prospect', 'ICT Services, May 2003\nOur judgements\nHow good is the service?\tThe service is fair (one star). It does some things well.\nWill it improve?\tWe consider its prospects to be promising.\n', 'prospect', 'promising'],
    ['the prospects as the object of a verdict verb', 'ICT Services, May 2003\nSummary\nThe service is fair. We rate the prospects for improvement promising.\n', 'prospect', 'promising'],
    ['a service of a kind described, not this one', 'Guidance for inspectors\nA service that meets most of its users\' needs is likely to be judged good.\n', 'grade', undefined],
    ['"we regard" as the inspectors\' verdict, the prospects its object', 'ICT Services, May 2003\nWill the service improve?\nUntil a successor is in place, we regard the prospects for improvement as uncertain.\n', 'prospect', 'uncertain'],
    ['prospects split from their word by a dash aside', 'ICT Services, May 2003\nSummary\nThe prospects for improvement – which rest on a new manager, a costed plan and money the cabinet agreed in March – are, we believe, promising.\n', 'prospect', 'promising'],
    ['prospects for improving the service', 'ICT Services, May 2003\nSummary\nThe council\'s prospects for improving the ICT service are, in our view, poor.\n', 'prospect', 'poor'],
    ['a likelihood whose holder is impersonal', 'ICT Services, May 2003\nThe plan\nIt is likely that the service will get better next year.\n', 'prospect', 'promising'],
    ['the department as the subject of a doubt', 'ICT Services, May 2003\nThe plan\nThe plan is sound, but we doubt that the department has the people to deliver it.\n', 'prospect', 'uncertain'],
    ['an aim that qualifies the object, not the statement', 'Library Services, March 2001\nWill the service improve?\nWe are confident that the council will make the changes it promises.\n', 'prospect', 'will'],
    ['a doubt whose "whether" opens its predicate', 'Housing Repairs, March 2001\nWill the service improve?\nWe think it doubtful whether the repairs service will get better.\n', 'prospect', 'unlikely'],
    ['a verdict line wrapped before its last words and taken for a heading', 'ICT Services, June 2001\nSummary\nThe inspectors found that the borough runs a fair but uneven\nIT service.\n', 'grade', 'fair'],
    ['a long bracket telling of an earlier contract between subject and verdict', 'Waste, March 2001\nSummary\nStreet cleaning in the borough (a daily sweep of the town centre, weekly rounds elsewhere, litter bins emptied twice a week and graffiti removed on request, all carried out under a contract first let in 1993 and renewed in 1998 without any test of the market) is, in our view, poor.\n', 'grade', 'poor'],
    ['a grade in the scale\'s own form, its stars beside it', 'Libraries, June 2003\nHow it compares\nBy comparison, Ashby\'s library service is fair (one star).\n', 'grade', 'fair'],
    ['a doubt inverted after "nor"', 'ICT Services, May 2003\nSummary\nThis is a poor service. Nor do we expect the service to get better.\n', 'prospect', 'poor'],
    ['a denied likelihood split by "however"', 'Libraries, March 2001\nSummary\nThe service is fair. It is not, however, likely to improve.\n', 'prospect', 'unlikely'],
    ['the scale listed under its question, not an answer', 'ICT Services, May 2003\nAppendix 2: how we score\nWhat are the prospects for improvement?\nPoor – Uncertain – Promising – Excellent\n', 'prospect', undefined],
    ['whether it will improve, an open question', 'ICT Services, May 2003\nWill the service improve?\nWhether the service will improve is, on what we saw, an open question.\n', 'prospect', 'uncertain'],
    ['a firm of consultants\' verdict quoted in the context', 'ICT Services, May 2003\nContext\nIn 2002 a firm of consultants rated the service \'good\' and concluded that it would undoubtedly improve.\n', 'prospect', undefined],
    ['a verdict in the context section, quoted from elsewhere', 'ICT Services, May 2003\nContext\nThe service is described in the council\'s plan as a good service.\n', 'grade', undefined],
    ['an answer under its question, itself taken for a heading', 'ICT Services, May 2001\nOur judgements\nWill the service improve?\nProbably – see section 6\nReasons: the plan is costed.\n', 'prospect', 'probably'],
    ['stars with their value in brackets under the question', 'ICT Services, May 2001\nOur judgements\nHow good is the service?\n★★ (good)\nReasons: users are content.\n', 'grade', 'good'],
    ['a chart\'s axis under its question, no answer', 'ICT Services, May 2001\nScoring chart\nHow good is the service?\nExcellent\nGood\nFair\nPoor\n', 'grade', undefined],
    ['an aside of what residents told us, not their verdict', 'Waste Collection, May 2003\nThe service\nThe service as a whole is, after taking account of what residents told us and of the data the council could supply, a poor service.\n', 'grade', 'poor'],
    ['a doubt split from its predicate by a long dash aside', 'ICT Services, May 2003\nThe plan\nWe doubt that the council – which has left four of its eleven posts empty for more than a year, has delayed the purchase of its new system twice, and whose committee still spends more time on small matters than on the large ones – has the capacity to deliver it.\n', 'prospect', 'uncertain'],
    ['a final report naming paragraphs of its draft', 'ICT Services, May 2003\nSummary\nThe service is fair. Its prospects for improvement are poor.\nAppendix 2 – Note on numbering\nParagraphs 19 to 30 of the draft report were removed from this published version at the council\'s request.\n', 'grade', 'fair'],
    ['the council\'s response to the draft report, in a final report', 'ICT Services, May 2003\nSummary\nThe service is fair. Its prospects for improvement are poor.\nWhat the council says\nThe council\'s response to our draft report argued that a new head of IT would put the plan back on track.\n', 'grade', 'fair'],
    ['a verdict measured against a yardstick in an aside', 'ICT Services, May 2003\nThe service\nThe service is, taken as a whole and measured against what the council says it wants and what other councils of its size achieve, a poor service.\n', 'grade', 'poor'],
    ['another council\'s service named by its place, in this council\'s minutes', 'Northwold District Council\nMinutes of the Resources Panel, March 2004\nLessons from inspections\nThe Director reported that Eastmarsh\'s ICT service had been judged by the inspectors to be good.\n', 'grade', undefined],
    ['a verdict after a "while" aside that names the council\'s self-assessment', 'ICT Services, May 2003\nSummary\nWe have concluded that the unit provides a service which, while it is better than the council\'s own self-assessment, which rated it as poor, gave it credit for, is no more than a fair, one-star service.\n', 'grade', 'fair'],
    ['an aim owned and stated as what it is', 'ICT Services, May 2003\nNews\nOur aim is nothing less than an excellent, three-star service.\n', 'grade', undefined],
    ['words in quotation marks that a councillor said', 'ICT Services, May 2003\nNews\n"We now run an excellent, three-star service," said Councillor Ray Hollis.\n', 'grade', undefined],
    ['a view in quotation marks after a speech verb', 'NEWS FROM THE COUNCIL\n12 February 2001\n\nInspectors to look at council IT\n\nThe council\'s chief executive said: "We are confident we offer a good service and we welcome the chance to show it."\n', 'grade', undefined],
    ['a third party\'s report as the holder of a forecast', 'IT Services, May 2001\nSummary\nTheir report, which the council has adopted, concludes that the service "will improve significantly within eighteen months". Nor do we accept the consultants\' forecast. The service will not improve, since none of the review\'s recommendations has been funded.\n', 'prospect', 'will-not'],
    ['a subject owned by a place ending in s, its relative clause set aside', 'ICT Services, June 2004\nSummary\nGranby Wells\' IT section, which since last year has also run the contact point, offers users what we judge to be a fair service.\n', 'grade', 'fair'],
    ['a long ground opened by "with", commas and all', 'ICT Services, June 2004\nSummary\nWith a budget cut, a vacant manager post and no sign that members intend to give it priority, the service has, we believe, poor prospects for improvement.\n', 'prospect', 'poor'],
    ['the second sentence of a quotation opened after a speech verb', 'NEWS FROM THE COUNCIL\n1 May 2004\n\nThe leader of the council said: "We welcome the report. We believe our ICT services are among the best in the region and we know they are excellent."\n', 'grade', undefined],
    ['a quotation taken up again after its speaker was named', 'COUNCIL COMPUTING\n15 July 2004\n\nThe council did not accept the findings. "Ours is a good service," the director said. "We have invested heavily, and we are confident the service will continue to improve.\nUsers see the difference."\n', 'prospect', undefined],
    ['the report quoted again after it was named as the speaker', 'COUNCIL COMPUTING\n15 July 2004\n\n"The council has no plan worth the name," the report says. "We are not confident that the service will improve."\n', 'prospect', 'uncertain'],
    ['a sentence whose first line, capitals and all, was taken for a headline', 'Audit Commission press release – 2 September 2002\nInspectors find Calderbank\'s ICT service poor\nThe Audit Commission has judged the ICT service provided by Calderbank\nMetropolitan Borough Council to be poor, and says that its prospects for improvement are uncertain.\n', 'grade', 'poor'],
    ['the service, not an earlier inspection\'s', 'Audit Commission press release – 24 May 2001\nThe Audit Commission\'s Best Value inspectors have judged Dorrington\nDistrict Council\'s information technology service to be fair, and they say it will probably improve.\nThe report follows last year\'s inspection of the council\'s waste service, which was found to be poor.\n', 'grade', 'fair'],
    ['stars before the answer\'s word, its yardstick what the inspectors have seen', 'ICT Services, August 2001\nThe judgements in brief\nHow good is the service?\n★★★ Excellent - one of the best council IT services we have inspected\nReasons: high user satisfaction; the few remaining poor areas are being tackled.\n', 'grade', 'excellent'],
    ['a verdict measured against the best the inspectors have seen', 'ICT Services, May 2003\nSummary\nThe council provides an excellent service, the best council IT service we have inspected this year.\n', 'grade', 'excellent'],
    ['an aim put as determination', 'NEWS FROM THE COUNCIL\n1 May 2004\n\nWe believe our ICT services are among the best in the region and we are determined to make them excellent.\n', 'grade', undefined],
    ['a count of councils judged, not this service', 'Summary\nTwenty-three were judged to have promising or excellent prospects for improvement.\n', 'prospect', undefined],
  ])('reads %s', async (_name, page, field, value) => {
    const document = await analysePages([page]);
    expect(document[field as 'grade' | 'prospect']?.value).toBe(value);
  });

  it('reads a quote wrapped under a line taken for a heading only with its holder', async () => {
    const front = 'Best Value Inspection Service\nAshby Borough Council\nRevenues IT\nMay 2003\n';
    const body = 'Summary\nThe council\'s self-assessment for this inspection described its revenues\nIT Services as \'a good, two-star service\'. We judge it to be a fair service.\n';
    const document = await analysePages([front, body]);
    expect(document.grade?.value).toBe('fair');
    // The quote alone ("IT Services as 'a good …'") is no candidate: it is read only after its holder.
    expect(judgementCandidates(bestValueScheme, document, bestValueScheme.grade).map((candidate) => candidate.value.token)).not.toContain('good');
  });
});
