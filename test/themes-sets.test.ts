/**
 * Sentence-level theme tagging on the hand-written sets written after the tagger, each from
 * the domain description (docs/best-value.md) by someone who saw neither the cues, the corpus nor the other cases. Each set was first
 * held out and measured once, then became a development set: its errors were fixed with general cue
 * families, subject-near-predicate rules and polarity frames, never with a case's own words.
 * - theme-cases-2.ts: first 64 of 130 exact (micro P 0.71, R 0.53, F1 0.61); now 126 of 130
 *   (micro P 0.98, R 0.97, F1 0.98; 125 before set 4's rules).
 * - theme-cases-3.ts: first 102 of 130 exact (micro P 0.82, R 0.85, F1 0.83); now 130 of 130.
 * - theme-cases-4.ts: first 98 of 143 exact held out (micro P 0.81, R 0.73, F1 0.77; weakness P 0.92
 *   R 0.69, strength P 0.74 R 0.77); then a development set: now 142 of 143 (micro P 0.99, R 1.00,
 *   F1 1.00). Its kinds of error were fixed in general: "Recommendation:" labels read as directives;
 *   reductions of resources ("budget cut") as weaknesses; negated directives ("no longer have to");
 *   hedges over a question ("far from clear how …") block remedies; IT seen "as a cost" / "an end in
 *   itself"; "about" as a function word; rewrites for names that hide other senses ("human
 *   resources", "finance system", "member of the IT team"); neighbour yields (consultation to
 *   comparison and communication, understanding-of-it to communication, strategic-alignment to
 *   consultation, leadership and information-systems to their settings); cue families for sums committed, being kept informed,
 *   deciding what comes first, work matched to time available, questioning old ways, workaround
 *   spreadsheets and appraisal targets, finding out what people think, lagging behind others,
 *   whether other providers could do it.
 * - theme-cases-5.ts is held out: measured once, 105 of 143 exact (micro P 0.81, R 0.80, F1 0.81;
 *   weakness P 0.80 R 0.91, strength P 0.83 R 0.69), and not tuned on.
 * - theme-cases-9.ts (with the whole documents of test/cases/documents-9/): first measured 40 of 61
 *   exact (micro P 0.63, R 0.82, F1 0.71; weakness P 0.67 R 0.77, strength P 0.59 R 0.89); then a
 *   development set for the precision work (whose voice, section, order and cross-reference rules are
 *   general, from the domain description): now 47 of 61 (micro P 0.73, R 0.86, F1 0.79). Set 5 is now 107 of 143.
 * - theme-cases-10.ts to -14.ts were each held out and measured once (test/cases/MEASUREMENTS.md);
 *   set 14 first measured 49 of 68 exact (micro P 0.76, R 0.76, F1 0.76).
 * Failures stay listed with the tagger's output as the reason, so a rule change that fixes or
 * breaks one shows.
 */
import { describe, expect, it } from 'vitest';
import type { ThemeCase } from './cases/theme-cases.js';
import { themeCases2 } from './cases/theme-cases-2.js';
import { themeCases3 } from './cases/theme-cases-3.js';
import { themeCases4 } from './cases/theme-cases-4.js';
import { themeCases5 } from './cases/theme-cases-5.js';
import { themeCases9 } from './cases/theme-cases-9.js';
import { themeCases10 } from './cases/theme-cases-10.js';
import { themeCases11 } from './cases/theme-cases-11.js';
import { themeCases12 } from './cases/theme-cases-12.js';
import { themeCases13 } from './cases/theme-cases-13.js';
import { themeCases14 } from './cases/theme-cases-14.js';
import { themeCases15 } from './cases/theme-cases-15.js';
import { themeCases16 } from './cases/theme-cases-16.js';
import { themeCases17 } from './cases/theme-cases-17.js';
import { themeCases18 } from './cases/theme-cases-18.js';
import { builtinCodebook } from '../src/scheme/codebook.js';
import { compileCodebook, tagUnit } from '../src/classify/themes.js';
import { scoreSet } from '../scripts/evaluation/theme-sets.js';

const compiled = compileCodebook(builtinCodebook);

const KNOWN_FAILURES = new Map<string, string>([
  // Read by the learned theme model until its refit with set 18 (its cue score alone is below the floor).
  ["ICT staff still treat users as the source of their problems rather than as customers, and the section is managed much as it was when it was part of the finance department.",
    "the learned model refitted with set 18 no longer carries it (gives nothing, expected culture-change:weakness)"],
  // Set 18, held out: measured once on the rules it was committed against (53 of 73 exact), not tuned on.
  ["The improvement plan includes an action to 'complete a training needs analysis for all staff by March 2003'.",
    "held out, measured once: gives user-training:weakness, expected nothing"],
  ["The council's consultation strategy, adopted in 2000, commits it to asking residents' views before every major decision.",
    "held out, measured once: gives consultation:strength, expected nothing"],
  ["Although budgets across the council have been tight, members have protected ICT spending and raised it by 12 per cent this year.",
    "held out, measured once: gives investment:strength leadership:strength, expected investment:strength"],
  ["Users no longer complain that nobody tells them when faults will be put right.",
    "held out, measured once: gives demand-capacity:weakness, expected communication:strength"],
  ["Far from holding the service back, elected members have pressed hard for the new customer contact centre and for the money to build it.",
    "held out, measured once: gives e-government:weakness leadership:weakness, expected leadership:strength"],
  ["There is no money set aside to replace the network when its support contract ends next year.",
    "held out, measured once: gives competition:weakness investment:weakness, expected investment:weakness"],
  ["Many managers regard computers as an overhead to be kept down rather than as a way of changing how their services reach the public.",
    "held out, measured once: gives e-government:weakness understanding-of-it:weakness, expected understanding-of-it:weakness"],
  ["Heads of service now come to the ICT section with ideas for redesigning their work, not just with requests for more equipment.",
    "held out, measured once: gives communication:weakness demand-capacity:weakness, expected understanding-of-it:strength"],
  ["Everything is treated as urgent, so the team spends its days fire-fighting and longer-term work never starts.",
    "held out, measured once: gives nothing, expected demand-capacity:weakness"],
  ["Service level agreements signed with every department last year say what users can expect, and the section meets them almost every month.",
    "held out, measured once: gives consultation:strength demand-capacity:strength, expected demand-capacity:strength"],
  ["The service does not record how long it takes to resolve calls, so it cannot tell whether it is getting better or worse.",
    "held out, measured once: gives demand-capacity:weakness information-systems:weakness, expected information-systems:weakness"],
  ["The section has no idea how its cost per PC or its call resolution times stand against those of other councils.",
    "held out, measured once: gives comparison:weakness demand-capacity:weakness, expected comparison:weakness"],
  ["The option of buying the service from an outside provider was dismissed in a single paragraph of the review.",
    "held out, measured once: gives nothing, expected competition:weakness"],
  ["Users are surveyed twice a year, and the results are posted on the intranet alongside the section's performance against each of its standards.",
    "held out, measured once: gives nothing, expected consultation:strength information-systems:strength"],
  // Set 17, held out: measured once on the rules it was committed against (41 of 62 exact), not tuned on.
  ["For most of the last decade the council has spent less per employee on ICT than any other district in the county, and much of the desktop estate is now beyond its useful life.",
    "held out, measured once: gives nothing, expected investment:weakness"],
  ["Staff who were given the new housing system last spring received a manual but no instruction, and many still use only a fraction of what it can do.",
    "held out, measured once: gives understanding-of-it:weakness user-training:weakness, expected user-training:weakness"],
  ["The council has not set the cost or quality of its ICT service against that of any other organisation, so it cannot tell whether the service offers value for money.",
    "held out, measured once: gives comparison:weakness competition:weakness, expected comparison:weakness"],
  ["The helpdesk logs every call, but nobody looks at the records to find out why the same faults keep coming back or how long repairs take.",
    "held out, measured once: gives demand-capacity:weakness, expected information-systems:weakness"],
  ["The section has never had a budget for replacing equipment, so every upgrade depends on a one-off bid that has to compete with front-line services.",
    "held out, measured once: gives competition:weakness investment:weakness, expected investment:weakness"],
  ["Outstanding jobs have piled up since the two trainers were moved onto fault-fixing, which has left new starters to pick up the systems from their colleagues.",
    "held out, measured once: gives nothing, expected demand-capacity:weakness user-training:weakness"],
  ["Senior officers still treat the internet as a publicity tool and have yet to grasp how technology might change the way services reach the public.",
    "held out, measured once: gives e-government:weakness understanding-of-it:weakness, expected understanding-of-it:weakness"],
  ["Users are positive about the helpdesk's courtesy, but say that nobody from ICT ever comes to find out what their teams will need next year.",
    "held out, measured once: gives consultation:weakness, expected communication:weakness"],
  ["The ICT strategy is built around the three priorities of the corporate plan, and each project must show which priority it serves before it is funded.",
    "held out, measured once: gives investment:weakness strategic-alignment:weakness, expected strategic-alignment:strength"],
  ["The chief executive chairs the ICT steering group in person and has made clear to directors that progress on their projects will feature in their appraisals.",
    "held out, measured once: gives information-systems:strength leadership:strength, expected leadership:strength"],
  ["Published service standards set a response time for each kind of request, and the helpdesk has met them in nine months out of the last twelve.",
    "held out, measured once: gives nothing, expected demand-capacity:strength"],
  ["The service belongs to a club of twelve district councils that share cost and performance data, and it uses the results to set its own targets.",
    "held out, measured once: gives comparison:strength information-systems:strength, expected comparison:strength"],
  ["Network support was put out to tender in 2001; the in-house team won against two private bidders and now delivers the work for 12 per cent less.",
    "held out, measured once: gives nothing, expected competition:strength"],
  ["Directors now talk about what technology can do for their services rather than what it costs, and several have put forward projects of their own.",
    "held out, measured once: gives communication:strength understanding-of-it:strength, expected understanding-of-it:strength"],
  ["Performance against every helpdesk target is reported to the management team monthly and published on the intranet for users to see.",
    "held out, measured once: gives demand-capacity:strength information-systems:strength, expected information-systems:strength"],
  ["The council set its refuse costs against those of its nearest neighbours and of the best-performing quarter of councils, and used the gap to set its savings target.",
    "held out, measured once: gives nothing, expected comparison:strength"],
  ["The head of ICT told us that training for users is \"the best in the region\"; we were not able to test this claim.",
    "held out, measured once: gives user-training:weakness, expected nothing"],
  ["Far from being starved of funds, the service has received more capital than it asked for in each of the last three years.",
    "held out, measured once: gives investment:weakness, expected investment:strength"],
  ["The cabinet member for resources told us that spending on ICT has been \"more than adequate\"; the hundreds of machines still running unsupported software suggest otherwise.",
    "held out, measured once: gives nothing, expected investment:weakness"],
  // Set 16, held out: measured once on the rules it was committed against (47 of 65 exact), not tuned on.
  ["The chief executive chairs the programme board himself and has made clear to directors that progress on ICT forms part of their annual appraisal.",
    "held out, measured once: gives information-systems:strength leadership:strength, expected leadership:strength"],
  ["Years of spending well below that of similar councils have left a network that cannot carry the systems the council now wants to run.",
    "held out, measured once: gives nothing, expected investment:weakness"],
  ["Members have committed £2.3 million over three years to replace desktop equipment, and the money is protected in the medium-term financial plan.",
    "held out, measured once: gives investment:strength leadership:strength, expected investment:strength"],
  ["Directors now talk readily about what technology could do for their services, and several have brought forward proposals of their own for mobile working.",
    "held out, measured once: gives communication:strength understanding-of-it:strength, expected understanding-of-it:strength"],
  ["The section agreed a short list of priorities with departments at the start of the year and has kept to it, deferring requests that were not on the list.",
    "held out, measured once: gives demand-capacity:weakness, expected demand-capacity:strength"],
  ["The help desk cannot tell how long calls take to resolve, and no information about the performance of the service reaches members.",
    "held out, measured once: gives demand-capacity:weakness information-systems:weakness, expected information-systems:weakness"],
  ["Before redesigning its web pages the council held focus groups with tenants and local businesses, and it changed the design as a result of what they said.",
    "held out, measured once: gives nothing, expected consultation:strength"],
  ["The network contract was let after open competition, and the partnership has brought in specialist skills that the council could not afford to employ directly.",
    "held out, measured once: gives competition:strength investment:strength, expected competition:strength"],
  ["Involve elected members in setting the priorities for ICT spending, and report progress to them at least twice a year.",
    "held out, measured once: gives nothing, expected leadership:weakness"],
  ["The council has never asked residents which recycling scheme they would be willing to use.",
    "held out, measured once: gives nothing, expected consultation:weakness"],
  ["The head of ICT told us that communication with departments is \"excellent\", a view that none of the departmental managers we interviewed shared.",
    "held out, measured once: gives nothing, expected communication:weakness"],
  // Set 15, held out: measured once on the rules it was committed against (40 of 67 exact), not tuned on.
  ["It is hard to see how the technology plan helps the council achieve the outcomes it has promised residents.",
    "held out, measured once: gives strategic-alignment:weakness understanding-of-it:weakness, expected strategic-alignment:weakness"],
  ["The chief executive chairs the e-government board in person and has told directors that no departmental system will be bought without its agreement.",
    "held out, measured once: gives e-government:weakness leadership:weakness, expected leadership:strength"],
  ["Many managers still think of IT as keeping the PCs running rather than as a way of changing how their services reach the public.",
    "held out, measured once: gives nothing, expected understanding-of-it:weakness"],
  ["The directors we interviewed could describe, in specific terms, how technology would change the way their staff deal with the public over the next three years.",
    "held out, measured once: gives nothing, expected understanding-of-it:strength"],
  ["Outside the IT section, few people in the council have stopped to think what the internet might let them do differently for residents.",
    "held out, measured once: gives e-government:weakness, expected understanding-of-it:weakness"],
  ["Housing officers learned the go-live date for the new rents system from a notice pinned up in the staff canteen.",
    "held out, measured once: gives nothing, expected communication:weakness"],
  ["Schools wait up to three weeks for an engineer, while the town hall gets a visit the same day.",
    "held out, measured once: gives nothing, expected demand-capacity:weakness"],
  ["Requests are now ranked by a panel of users against agreed criteria, and the help desk meets its published response times for 94 per cent of calls.",
    "held out, measured once: gives consultation:strength demand-capacity:strength, expected demand-capacity:strength"],
  ["Staff were handed the new finance system without being shown how to use it, and many still keep their own spreadsheets alongside it.",
    "held out, measured once: gives information-systems:weakness user-training:weakness, expected user-training:weakness"],
  ["Every new starter has a half-day IT induction, and staff can book short courses at the learning centre through the intranet.",
    "held out, measured once: gives communication:strength user-training:strength, expected user-training:strength"],
  ["The lack of a training budget, which we criticised in our last report, has been put right: every department now has one and uses it.",
    "held out, measured once: gives investment:weakness user-training:weakness, expected user-training:strength"],
  ["Managers now hand decisions down to team leaders and encourage staff to try new ways of working, a marked change from two years ago.",
    "held out, measured once: gives culture-change:strength leadership:strength, expected culture-change:strength"],
  ["The council cannot say how long it takes to fix a fault, because the help desk system does not record when a call is closed.",
    "held out, measured once: gives demand-capacity:weakness information-systems:weakness, expected information-systems:weakness"],
  ["Nobody asked users what they wanted before the help desk's opening hours were cut.",
    "held out, measured once: gives consultation:weakness demand-capacity:weakness, expected consultation:weakness"],
  ["The council should ask the people who use the service before it changes the opening hours of the benefits office again.",
    "held out, measured once: gives consultation:weakness culture-change:weakness e-government:weakness, expected consultation:weakness"],
  ["Through its benchmarking club the service compares its cost per PC and its fault-fix times with those of 30 councils, and it has set itself targets to reach the top quarter.",
    "held out, measured once: gives comparison:strength demand-capacity:strength, expected comparison:strength"],
  ["The council tested the market properly: it invited bids for desktop support and kept the in-house team only after it matched the best outside price.",
    "held out, measured once: gives nothing, expected competition:strength"],
  ["Residents can already pay for, book or report some 40 services through the web site, and the council is on course to meet the 2005 target.",
    "held out, measured once: gives e-government:strength information-systems:strength, expected e-government:strength"],
  ["The council is proud of its web site, which won a regional design award, but residents still cannot use it to pay a bill, report a problem or apply for anything.",
    "held out, measured once: gives e-government:strength, expected e-government:weakness"],
  ["Officers told us that the new strategy is \"fully aligned\" with the corporate plan; we found no evidence of this.",
    "held out, measured once: gives strategic-alignment:strength, expected strategic-alignment:weakness"],
  ["With its budget cut by a fifth and fresh demands from the new call centre, the IT unit cannot keep up with the requests it receives.",
    "held out, measured once: gives demand-capacity:weakness e-government:weakness investment:weakness, expected demand-capacity:weakness investment:weakness"],
  ["Leadership of the review was given to the Director of Corporate Services, who chaired all eight of its meetings.",
    "held out, measured once: gives leadership:strength, expected nothing"],
  // Set 14, held out: measured once on the rules it was committed against (49 of 68 exact), not tuned on.
  ["Senior managers tend to see computers as a cost to be kept down rather than as a way of changing how their services reach the public.",
    "held out, measured once: gives e-government:weakness understanding-of-it:weakness, expected understanding-of-it:weakness"],
  ["Each of the directors we interviewed could describe, without prompting, how new technology would change the way their service deals with residents.",
    "held out, measured once: gives e-government:weakness understanding-of-it:weakness, expected understanding-of-it:strength"],
  ["Staff were handed the new housing system with little more than a manual, and several told us they use only a fraction of what it can do.",
    "held out, measured once: gives understanding-of-it:weakness user-training:weakness, expected user-training:weakness"],
  ["Managers still expect staff to seek permission for decisions they could take themselves, and new ideas tend to die in committee.",
    "held out, measured once: gives nothing, expected culture-change:weakness"],
  ["Staff in the section spoke of a real change in the way they are managed, with problems now raised openly rather than hidden from senior officers.",
    "held out, measured once: gives nothing, expected culture-change:strength"],
  ["The section cannot say how long faults take to fix, because its call-logging system does not record when a call is closed.",
    "held out, measured once: gives demand-capacity:weakness, expected information-systems:weakness"],
  ["The service belongs to a club of twelve authorities that share cost and performance data, and it has used the results to cut the cost of its help desk.",
    "held out, measured once: gives comparison:strength information-systems:strength, expected comparison:strength"],
  ["The idea of buying network support from an outside supplier was dismissed in a single paragraph, without any test of what the market could offer.",
    "held out, measured once: gives competition:weakness understanding-of-it:weakness, expected competition:weakness"],
  ["The partnership with a private supplier, let after open competition in 2002, has brought in skills that the council could not have afforded to employ directly.",
    "held out, measured once: gives competition:strength investment:strength, expected competition:strength"],
  ["Users told us that the days when the help desk was swamped and calls went unanswered for a week are now behind them.",
    "held out, measured once: gives demand-capacity:weakness, expected demand-capacity:strength"],
  ["The council's own survey rates communication with departments as excellent, but staff we met in three departments had never heard of their IT liaison officer.",
    "held out, measured once: gives communication:weakness consultation:strength, expected communication:weakness"],
  ["Although the council joined a benchmarking club in 2000, it has not sent in any data for the last two years.",
    "held out, measured once: gives comparison:strength, expected comparison:weakness"],
  // Set 13, held out: measured once on the rules it was committed against (47 of 65 exact), not tuned on.
  ["Each ICT project now has to show which of the council's five corporate objectives it supports before the ICT board will fund it.",
    "held out, measured once: gives investment:strength strategic-alignment:strength, expected strategic-alignment:strength"],
  ["Members have set aside £3.2 million over three years to replace the council's PCs and servers, ending a decade of make-do.",
    "held out, measured once: gives nothing, expected investment:strength"],
  ["The section's staffing has not grown since 1996 although the number of PCs it supports has trebled, so routine calls crowd out development work.",
    "held out, measured once: gives nothing, expected demand-capacity:weakness investment:weakness"],
  ["Many senior managers still see computers as a back-office cost rather than as a way of changing how services reach the public.",
    "held out, measured once: gives e-government:weakness understanding-of-it:weakness, expected understanding-of-it:weakness"],
  ["Directors spoke of ICT only in terms of keeping the PCs running; none could tell us how it might change the way their services are delivered.",
    "held out, measured once: gives communication:weakness understanding-of-it:weakness, expected understanding-of-it:weakness"],
  ["There were no complaints from departments about the way the IT section keeps them informed; indeed several directors praised its monthly briefings.",
    "held out, measured once: gives communication:weakness, expected communication:strength"],
  ["Users were rarely unhappy with the speed of repairs to their equipment.",
    "held out, measured once: gives demand-capacity:weakness, expected demand-capacity:strength"],
  ["The section cannot tell how many calls it receives, how long faults take to fix, or what any of its services cost.",
    "held out, measured once: gives demand-capacity:weakness, expected information-systems:weakness"],
  ["The improvement plan was drawn up without asking users, and it sets no targets that could be measured against other councils.",
    "held out, measured once: gives comparison:weakness information-systems:weakness, expected comparison:weakness consultation:weakness"],
  ["Cost and performance figures are quoted in the review without any reference to what similar districts achieve.",
    "held out, measured once: gives information-systems:weakness, expected comparison:weakness"],
  ["Residents can now pay, book and report problems through the website, and the new contact centre resolves 85 per cent of calls at the first point of contact.",
    "held out, measured once: gives nothing, expected e-government:strength"],
  // Set 12, held out: measured once on the rules it was committed against (42 of 65 exact), not tuned on.
  ["The chief executive chairs the programme board himself and has told directors plainly that taking part is not optional.",
    "held out, measured once: gives leadership:weakness, expected leadership:strength"],
  ["Years of under-spending have left a third of the council's PCs unable to run current office software.",
    "held out, measured once: gives investment:weakness leadership:weakness, expected investment:weakness"],
  ["Directors tend to see IT as an overhead to be kept down rather than as a way of changing how their services reach the public.",
    "held out, measured once: gives e-government:weakness understanding-of-it:weakness, expected understanding-of-it:weakness"],
  ["Managers in housing and social care spoke knowledgeably about how mobile working could free their staff from the office, and have written it into their service plans.",
    "held out, measured once: gives nothing, expected understanding-of-it:strength"],
  ["Each directorate now has a named IT liaison officer who sits on its management team and reports back to the ICT section every month.",
    "held out, measured once: gives communication:strength leadership:strength, expected communication:strength"],
  ["Requests are now ranked by a panel of users against published criteria, and the backlog has halved in a year.",
    "held out, measured once: gives consultation:strength demand-capacity:strength, expected demand-capacity:strength"],
  ["Managers still expect to sign off every change personally, and staff told us they had learned not to suggest new ways of working.",
    "held out, measured once: gives communication:weakness culture-change:weakness, expected culture-change:weakness"],
  ["The section has moved from fixing things when they break to looking for problems before users notice them, a shift the staff themselves describe with some pride.",
    "held out, measured once: gives nothing, expected culture-change:strength"],
  ["The service cannot say how many calls it resolves within target, because the logging system is used inconsistently and nobody analyses what it records.",
    "held out, measured once: gives demand-capacity:weakness, expected information-systems:weakness"],
  ["Performance figures go to the management team every month and are used to move staff between teams when demand shifts.",
    "held out, measured once: gives demand-capacity:strength information-systems:strength, expected information-systems:strength"],
  ["The council ran sessions with residents who had tried to use its web site and redesigned the site as a result.",
    "held out, measured once: gives nothing, expected consultation:strength"],
  ["The option of buying in the service, or any part of it, was dismissed in a single paragraph of the review report.",
    "held out, measured once: gives nothing, expected competition:weakness"],
  ["Fewer than one in ten of the council's dealings with the public can yet be completed online, and at its present pace the council will miss the 2005 target.",
    "held out, measured once: gives nothing, expected e-government:weakness"],
  ["The partnership with a private sector supplier has brought in money the council could not have found on its own, and it has been used to put the first services online.",
    "held out, measured once: gives competition:weakness e-government:weakness investment:weakness, expected competition:strength e-government:strength investment:strength"],
  ["Service level agreements now exist with every directorate, but few of the managers we met knew what they contained or how to complain under them.",
    "held out, measured once: gives demand-capacity:weakness, expected communication:weakness"],
  ["Elected members now question ICT progress at every scrutiny meeting and have twice sent back reports they thought too vague.",
    "held out, measured once: gives leadership:weakness, expected leadership:strength"],
  ["Although the number of PCs it supports has tripled since 1997, the help desk still has the same four staff, and calls now queue for days.",
    "held out, measured once: gives demand-capacity:strength, expected demand-capacity:weakness"],
  ["Senior officers in every directorate now treat the ICT service as a partner in redesigning their services rather than as a supplier of boxes.",
    "held out, measured once: gives competition:strength, expected culture-change:strength understanding-of-it:strength"],
  ["The Best Value review considered three options: keeping the service in-house, forming a strategic partnership and outsourcing it.",
    "held out, measured once: gives competition:strength, expected nothing"],
  // Set 11, held out: measured once on the rules it was committed against (41 of 62 exact), not tuned on.
  ["Departmental business plans say little about how technology will help them meet their objectives, and the IT plan says nothing about the departments' objectives.",
    "held out, measured once: gives consultation:weakness, expected strategic-alignment:weakness"],
  ["No chief officer has taken responsibility for ICT since the director of resources left, and the subject has not been discussed by the management team for over a year.",
    "held out, measured once: gives investment:weakness leadership:weakness, expected leadership:weakness"],
  ["The chief executive personally chairs the e-business board and has made clear to every director that progress will feature in their appraisal.",
    "held out, measured once: gives information-systems:strength leadership:strength, expected leadership:strength"],
  ["Senior managers in housing and social services could describe clearly how mobile working would let staff spend more time with clients.",
    "held out, measured once: gives nothing, expected understanding-of-it:strength"],
  ["Front-line managers told us they first hear about system changes when their screens stop working.",
    "held out, measured once: gives nothing, expected communication:weakness"],
  ["The technical staff and the people who use the systems every day seem to live in different worlds; neither side understands the other's pressures.",
    "held out, measured once: gives nothing, expected communication:weakness"],
  ["The help desk promises to fix faults within a day, but the section has lost three engineers and is now taking an average of four days.",
    "held out, measured once: gives demand-capacity:strength, expected demand-capacity:weakness"],
  ["The IT section still behaves as a provider that decides what users need, rather than as a service that listens to them.",
    "held out, measured once: gives nothing, expected culture-change:weakness"],
  ["The council does not know how long it takes to fix a fault, how much each PC costs to support, or how satisfied users are.",
    "held out, measured once: gives demand-capacity:strength information-systems:strength, expected information-systems:weakness"],
  ["The finance and personnel systems do not talk to each other, so managers keep their own spreadsheets to track staffing costs.",
    "held out, measured once: gives information-systems:weakness investment:weakness, expected information-systems:weakness"],
  ["Almost half of all planning applications are now submitted on line and the public can track their progress from home.",
    "held out, measured once: gives nothing, expected e-government:strength"],
  ["Nobody monitors whether ICT projects deliver the benefits promised in their business cases, and managers could not tell us which projects were running late.",
    "held out, measured once: gives information-systems:weakness strategic-alignment:weakness, expected information-systems:weakness"],
  ["Because nobody at the top owns the programme, departments buy their own systems, and the central team cannot keep up with the support calls that follow.",
    "held out, measured once: gives competition:weakness, expected demand-capacity:weakness leadership:weakness"],
  ["Service level agreements have been in place for a year, but users were not involved in drawing them up and most do not know they exist.",
    "held out, measured once: gives consultation:weakness demand-capacity:strength, expected communication:weakness consultation:weakness"],
  ["Recommendation 4: the council should publish its ICT performance indicators on the website.",
    "held out, measured once: gives e-government:weakness information-systems:weakness, expected nothing"],
  ["The council compares well with similar authorities on the cost of collecting council tax.",
    "held out, measured once: gives comparison:strength, expected nothing"],
  // Set 10, held out: measured once on the rules it was committed against (42 of 66 exact), not tuned on.
  ["The council's Implementing Electronic Government statement sets out a plan to have every service available on line by December 2005.",
    "held out, measured once: gives e-government:strength, expected nothing"],
  ["Complaints that the ICT section never told anyone anything are a thing of the past; each department now has a named account manager who attends its management team.",
    "held out, measured once: gives communication:weakness leadership:strength, expected communication:strength"],
  ["Managers told us the new strategy \"links ICT firmly to the corporate plan\", but we found no reference in it to any of the council's priorities.",
    "held out, measured once: gives strategic-alignment:strength, expected strategic-alignment:weakness"],
  ["Systems are bought one at a time, as departments ask for them, with no sense of where the council as a whole wants to go.",
    "held out, measured once: gives nothing, expected strategic-alignment:weakness"],
  ["The chief executive chairs the ICT board in person and has made it clear to chief officers that the programme is not optional.",
    "held out, measured once: gives leadership:weakness, expected leadership:strength"],
  ["Members have protected the ICT capital budget through two difficult budget rounds, and the replacement programme is funded to 2006.",
    "held out, measured once: gives investment:weakness leadership:weakness, expected investment:strength"],
  ["Staff in the area housing offices told us they find out about system changes when their screens stop working.",
    "held out, measured once: gives nothing, expected communication:weakness"],
  ["Departments and the ICT section each blame the other for failed projects, and neither knows what the other is planning.",
    "held out, measured once: gives culture-change:weakness, expected communication:weakness"],
  ["Requests are ranked each month by a panel of users against published criteria, and the backlog has fallen from nine months to six weeks.",
    "held out, measured once: gives consultation:strength demand-capacity:strength, expected demand-capacity:strength"],
  ["Staff were given the new housing system with half a day's instruction and a manual, and many still keep paper records alongside it.",
    "held out, measured once: gives user-training:strength, expected user-training:weakness"],
  ["The council has moved from a command-and-control style to one in which teams are trusted to manage their own budgets and targets.",
    "held out, measured once: gives culture-change:strength investment:strength, expected culture-change:strength"],
  ["The ICT section still behaves as a technical department that knows best, rather than as a service to its customers.",
    "held out, measured once: gives nothing, expected culture-change:weakness"],
  ["The service does not record how long calls take to resolve, so it cannot tell whether things are getting better or worse.",
    "held out, measured once: gives demand-capacity:weakness information-systems:weakness, expected information-systems:weakness"],
  ["The review team ran focus groups with residents, including young and older people, and changed its proposals as a result.",
    "held out, measured once: gives nothing, expected consultation:strength"],
  ["Members have found the money for a new network, but the ICT strategy still bears little relation to the corporate plan.",
    "held out, measured once: gives investment:weakness strategic-alignment:weakness, expected investment:strength strategic-alignment:weakness"],
  ["Because nobody measures demand, the help desk cannot show departments why their calls wait, and the two sides rarely speak.",
    "held out, measured once: gives communication:weakness demand-capacity:weakness, expected communication:weakness information-systems:weakness"],
  ["Users across the council were surveyed twice last year and the results were used to set the service standards that are now reported to every departmental management team.",
    "held out, measured once: gives consultation:strength demand-capacity:strength, expected consultation:strength information-systems:strength"],
  // Set 9, held out: measured once on the rules before the precision work.
  ["The chief executive chairs the information management board and has told directors that their own appraisals will take account of how well their departments use the new systems.",
    "cues over-reach to information-systems (gives information-systems:strength leadership:strength)"],
  ["Members have agreed a £3.4 million programme over three years, paid for partly from the sale of the old depot, so that the upgrade no longer depends on winning a bid each year.",
    "wrong polarity for investment (gives investment:weakness)"],
  ["Senior managers still see IT as an overhead to be kept as low as possible rather than as a means of changing the way their services reach the public.",
    "cues over-reach to e-government (gives e-government:weakness understanding-of-it:weakness)"],
  ["Requests for new work are now ranked by a panel of users against published criteria, and the backlog has fallen from 140 jobs to 35 in a year.",
    "cues over-reach to consultation (gives consultation:strength demand-capacity:strength)"],
  ["The helpdesk cannot say how many calls it resolves at the first contact, and managers get no regular reports on performance against the service level agreement.",
    "cues over-reach to demand-capacity (gives demand-capacity:weakness information-systems:weakness)"],
  ["Residents' panels, focus groups with older people and an online questionnaire all fed into the review, and the council wrote back to participants to say what it had changed as a result.",
    "no cue catches consultation (gives nothing)"],
  ["Residents can now report a missed bin, claim benefit and book a sports course through the web site, and about a third of such requests now arrive that way.",
    "cues over-reach to demand-capacity, user-training (gives demand-capacity:strength e-government:strength user-training:strength)"],
  ["Although the council met its interim target for electronic services in 2002, few counter staff have been shown how to deal with requests that arrive online.",
    "no cue catches user-training; cues over-reach to demand-capacity, information-systems (gives demand-capacity:weakness e-government:strength information-systems:strength)"],
  ["Managers in the revenues section receive no regular figures on arrears by ward or by age of debt, so recovery work cannot be targeted.",
    "cues over-reach to investment (gives information-systems:weakness investment:weakness)"],
  ["The council used to have a strong IT steering group led by the deputy leader, but it has not met since the elections of 2001.",
    "wrong polarity for leadership (gives leadership:strength)"],
  ["The council has been quick to buy new systems but slow to check whether staff can use them.",
    "no cue catches user-training; cues over-reach to competition (gives competition:weakness)"],
  ["Bad weather delayed the laying of the new cable to the depot by a week.",
    "raises a theme where none is meant (gives demand-capacity:weakness)"],
  // Set 5, held out: measured once, not tuned on.
  ["Although the corporate plan places social inclusion at its heart, the IT plan is largely concerned with replacing servers and upgrading the network, and does not explain how either will help the council meet its wider objectives.",
    "cues over-reach to understanding-of-it (gives strategic-alignment:weakness understanding-of-it:weakness)"],
  ["The IT service's aims read as a list of technical goals rather than a contribution to what the council as a whole is trying to achieve.",
    "no cue catches strategic-alignment (gives nothing)"],
  ["• a strategy for ICT that sits squarely within the council's corporate vision",
    "no cue catches strategic-alignment (gives nothing)"],
  ["The council has made sure that its ambitions for technology form an integral part of its corporate plan rather than a separate technical document.",
    "no cue catches strategic-alignment (gives nothing)"],
  ["The portfolio holder for resources is well briefed on technology issues and takes a close personal interest in the ICT programme.",
    "cues over-reach to investment (gives investment:strength leadership:strength)"],
  ["Top-level commitment is evident: the deputy chief executive sponsors the ICT programme and has secured its place on the corporate agenda.",
    "cues over-reach to strategic-alignment (gives leadership:strength strategic-alignment:strength)"],
  ["An additional £800,000 was added to the ICT budget this year, reversing a long period of neglect.",
    "wrong polarity for investment (gives investment:weakness)"],
  ["The ICT service now has the money it needs: its revenue budget was increased by 15 per cent following the review.",
    "no cue catches investment (gives nothing)"],
  ["Departmental managers we met had a sophisticated grasp of how technology could help them reshape their services.",
    "no cue catches understanding-of-it (gives nothing)"],
  ["There is widespread recognition across the authority that ICT is a tool for transforming services, not simply a support function.",
    "wrong polarity for understanding-of-it (gives understanding-of-it:weakness)"],
  ["Service managers increasingly come to the IT unit with their own ideas for using technology in new ways.",
    "no cue catches understanding-of-it (gives nothing)"],
  ["Agreements with each department set out the response times the IT section will meet, and these are realistic given its staffing.",
    "cues over-reach to communication (gives communication:strength demand-capacity:strength)"],
  ["'I learned how to use the system by asking the person at the next desk,' one benefits assessor told us.",
    "no cue catches user-training (gives nothing)"],
  ["All staff using the new housing system received three days of tuition before it went live, with refresher sessions afterwards.",
    "no cue catches user-training (gives nothing)"],
  ["Staff development in IT is well planned, with each employee's IT skills needs assessed and a personal learning plan agreed.",
    "wrong polarity for user-training (gives user-training:weakness)"],
  ["The IT section has moved from a defensive, technically driven outlook to one that puts its customers first.",
    "no cue catches culture-change (gives nothing)"],
  ["Staff at all levels told us that the atmosphere had changed: ideas are welcomed and people are encouraged to question old practices.",
    "cues over-reach to communication (gives communication:strength culture-change:strength)"],
  ["A programme of organisational development has started to break down the traditional departmental silos.",
    "wrong polarity for culture-change (gives culture-change:weakness)"],
  ["Robust performance data is collected for every part of the service and published to staff each month.",
    "cues over-reach to competition (gives competition:strength information-systems:strength)"],
  ["The review team held workshops with staff from every directorate to find out what they wanted from the IT service.",
    "no cue catches consultation (gives user-training:strength)"],
  ["An annual survey of internal customers achieves a high response rate and has led to visible changes in the way the help desk operates.",
    "cues over-reach to demand-capacity (gives consultation:strength demand-capacity:strength)"],
  ["Feedback from schools, libraries and social services teams was gathered systematically through questionnaires and interviews.",
    "no cue catches consultation (gives nothing)"],
  ["Join a recognised club of councils that share cost and performance data, and use it to identify where the service lags behind.",
    "cues over-reach to information-systems (gives comparison:weakness information-systems:weakness)"],
  ["Without looking outside the authority, the service has no way of knowing whether its help desk is as good as it could be.",
    "cues over-reach to demand-capacity (gives comparison:weakness demand-capacity:weakness)"],
  ["Set against its peers, the service performs well on every measure for which data is available.",
    "cues over-reach to information-systems (gives comparison:weakness information-systems:weakness)"],
  ["The council's website is little more than an electronic leaflet, with out-of-date information and no way to carry out transactions.",
    "cues over-reach to information-systems (gives e-government:weakness information-systems:weakness)"],
  ["Develop a call centre and web access so that residents can contact the council and resolve their queries in one go.",
    "cues over-reach to demand-capacity (gives demand-capacity:weakness e-government:weakness)"],
  ["The council is on course to have all its services available electronically by 2005.",
    "no cue catches e-government (gives nothing)"],
  ["Internet kiosks in libraries and one-stop shops give people without a home computer access to council services.",
    "wrong polarity for e-government (gives e-government:weakness)"],
  // Set 4.
  ["Technology is treated as a means of delivering the council's wider aims rather than as an end in itself, and the strategy says so plainly.",
    "cues over-reach to understanding-of-it (gives strategic-alignment:strength understanding-of-it:strength)"],
  // Set 2.
  ["Help service managers to grasp what modern technology could do for the people they serve.",
    "no cue catches understanding-of-it (gives nothing)"],
  ["Ask users regularly what they need from the IT service and tell them what has changed as a result.",
    "consultation gives way to communication (gives communication:weakness)"],
  ["The cost of the help desk was set against that of 20 other councils and found to be in the lowest quarter.",
    "no cue catches comparison (gives nothing)"],
  ["The new contact centre resolves most enquiries at the first call.",
    "cues over-reach to demand-capacity (gives demand-capacity:strength e-government:strength)"],
]);

const label = (tags: Array<{ theme: string; polarity: string }>) => tags.map((t) => `${t.theme}:${t.polarity}`).sort();

const sets: Array<[string, ThemeCase[]]> = [['set 2', themeCases2], ['set 3', themeCases3], ['set 4', themeCases4], ['set 5', themeCases5], ['set 9', themeCases9], ['set 10', themeCases10], ['set 11', themeCases11], ['set 12', themeCases12], ['set 13', themeCases13], ['set 14', themeCases14], ['set 15', themeCases15], ['set 16', themeCases16], ['set 17', themeCases17], ['set 18', themeCases18]];

for (const [name, cases] of sets) {
  describe(`theme cases written after the tagger, ${name} (sentence level)`, () => {
    it('covers every theme and polarity', () => {
      expect(new Set(cases.flatMap((c) => c.expect.map((t) => `${t.theme}:${t.polarity}`))).size).toBe(26);
    });
    for (const [i, c] of cases.entries()) {
      const known = KNOWN_FAILURES.get(c.text);
      const title = `${String(i).padStart(3, '0')} ${c.why}${known ? ` — known failure: ${known}` : ''}`;
      (known ? it.fails : it)(title, () => {
        expect(label(tagUnit(c.text, c.section ?? '', compiled))).toEqual(label(c.expect));
      });
    }
  });
}

describe('sentence-set figures (scripts/evaluation/theme-sets.ts)', () => {
  it('counts exact cases and tags per polarity', () => {
    const result = scoreSet('tiny', [
      { text: 'The council should compare the cost of its help desk with similar councils.', section: 'Recommendations', expect: [{ theme: 'comparison', polarity: 'weakness' }], why: 'right' },
      { text: 'The help desk has six staff.', expect: [{ theme: 'user-training', polarity: 'strength' }], why: 'a miss' },
    ], compiled);
    expect({ exact: result.exact, weakness: [result.weakness.tp, result.weakness.fp, result.weakness.fn], strength: [result.strength.tp, result.strength.fp, result.strength.fn] })
      .toEqual({ exact: 1, weakness: [1, 0, 0], strength: [0, 0, 1] });
    expect(result.all.recall).toBe(0.5);
    expect(result.wrong.map((w) => w.got)).toEqual([[]]);
  });
});
