/**
 * Hand-written classification cases (test/cases/judgement-cases.ts, written from the domain description (docs/best-value.md) by
 * someone who saw neither these rules nor the corpus generator), run through the real stages.
 * test/cases/judgement-cases-2.ts is a second such set of longer, report-like passages.
 * A case the rules still fail is listed in KNOWN_FAILURES with its reason and runs as it.fails.
 */
import { describe, expect, it } from 'vitest';
import { judgementCases } from './cases/judgement-cases.js';
import { judgementCases2 } from './cases/judgement-cases-2.js';
import { judgementCases3 } from './cases/judgement-cases-3.js';
import { judgementCases4 } from './cases/judgement-cases-4.js';
import { judgementCases5 } from './cases/judgement-cases-5.js';
import { judgementCases6 } from './cases/judgement-cases-6.js';
import { judgementCases7 } from './cases/judgement-cases-7.js';
import { judgementCases8 } from './cases/judgement-cases-8.js';
import { judgementCases9 } from './cases/judgement-cases-9.js';
import { judgementCases10 } from './cases/judgement-cases-10.js';
import { judgementCases11 } from './cases/judgement-cases-11.js';
import { judgementCases12 } from './cases/judgement-cases-12.js';
import { judgementCases13 } from './cases/judgement-cases-13.js';
import { judgementCases14 } from './cases/judgement-cases-14.js';
import { judgementCases15 } from './cases/judgement-cases-15.js';
import { judgementCases16 } from './cases/judgement-cases-16.js';
import { judgementCases17 } from './cases/judgement-cases-17.js';
import { judgementCases18 } from './cases/judgement-cases-18.js';
import { judgementCases19 } from './cases/judgement-cases-19.js';
import { judgementCases20 } from './cases/judgement-cases-20.js';
import { judgementCases21 } from './cases/judgement-cases-21.js';
import { judgementCases22 } from './cases/judgement-cases-22.js';
import { judgementCases23 } from './cases/judgement-cases-23.js';
import { judgementCases24 } from './cases/judgement-cases-24.js';
import { judgementCases25 } from './cases/judgement-cases-25.js';
import { judgementCases26 } from './cases/judgement-cases-26.js';
import { judgementCases27 } from './cases/judgement-cases-27.js';
import { judgementCases28 } from './cases/judgement-cases-28.js';
import { judgementCases29 } from './cases/judgement-cases-29.js';
import { judgementCases30 } from './cases/judgement-cases-30.js';
import { judgementCases31 } from './cases/judgement-cases-31.js';
import { judgementCases32 } from './cases/judgement-cases-32.js';
import { judgementCases33 } from './cases/judgement-cases-33.js';
import { judgementCases34 } from './cases/judgement-cases-34.js';
import { judgementCases35 } from './cases/judgement-cases-35.js';
import { judgementCases36 } from './cases/judgement-cases-36.js';
import { judgementCases37 } from './cases/judgement-cases-37.js';
import { judgementCases38 } from './cases/judgement-cases-38.js';
import { judgementCases39 } from './cases/judgement-cases-39.js';
import { judgementCases40 } from './cases/judgement-cases-40.js';
import { judgementCases41 } from './cases/judgement-cases-41.js';
import { judgementCases42 } from './cases/judgement-cases-42.js';
import { judgementCases43 } from './cases/judgement-cases-43.js';
import { judgementCases44 } from './cases/judgement-cases-44.js';
import { judgementCases45 } from './cases/judgement-cases-45.js';
import { judgementCases46 } from './cases/judgement-cases-46.js';
import { judgementCases47 } from './cases/judgement-cases-47.js';
import { judgementCases48 } from './cases/judgement-cases-48.js';
import { judgementCases49 } from './cases/judgement-cases-49.js';
import { judgementCases50 } from './cases/judgement-cases-50.js';
import { judgementCases51 } from './cases/judgement-cases-51.js';
import { judgementCases52 } from './cases/judgement-cases-52.js';
import { judgementCases53 } from './cases/judgement-cases-53.js';
import { judgementCases54 } from './cases/judgement-cases-54.js';
import { judgementCases55 } from './cases/judgement-cases-55.js';
import { judgementCases56 } from './cases/judgement-cases-56.js';
import { judgementCases57 } from './cases/judgement-cases-57.js';
import { judgementCases58 } from './cases/judgement-cases-58.js';
import { judgementCases59 } from './cases/judgement-cases-59.js';
import { judgementCases60 } from './cases/judgement-cases-60.js';
import { analysePages } from './helpers/analyse.js';

// Sets 8 to 20 were each measured once when held out (see test/cases/MEASUREMENTS.md); their failures
// were then generalised from the domain description of each kind. A case the rules fail is listed here.
const KNOWN_FAILURES: Record<string, string> = {
  // Council papers relaying the inspectors' verdict on their own service: labelled null in sets 9-20, read since verdict 10 as
  // the verdict they relay (the labels of sets 21-26, each written by people who saw no rule, read them so).
  's9-staff-newsletter-inspection-result': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's9-press-release-libraries-two-stars': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's9-cabinet-report-housing-repairs-result': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's10-council-press-release-repairs-good': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's11-council-newsletter-staff': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's12-council-chief-exec-staff-bulletin': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's13-council-press-release-benefits': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's14-council-press-release-libraries': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's15-council-press-release-libraries': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's16-council-press-release-libraries': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's14-council-committee-paper-ict-scores': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's15-council-cabinet-report-ict': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's10-council-cabinet-report-own-ict': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's10-council-action-plan-response': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's11-council-cabinet-report-quotes-scores': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's11-council-scrutiny-minutes': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's12-council-cabinet-report-ict-fair-promising': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's13-council-committee-report-ict': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's14-council-staff-newsletter': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's16-council-scrutiny-minutes': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's16-council-chief-exec-briefing': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's17-cabinet-report-ict': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's18-council-committee-paper-ict': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's19-cabinet-report-on-ict-inspection': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's20-council-cabinet-report-ict-poor': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's20-council-committee-paper-benefits-good': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's13-council-scrutiny-minutes': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's15-council-staff-newsletter': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's16-council-cabinet-report-it-outcome': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's17-staff-bulletin': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's18-council-press-release-libraries': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's18-council-staff-newsletter': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's19-staff-newsletter-two-stars': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's19-press-release-libraries-two-stars': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's19-committee-minutes-noting-report': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's16-council-staff-newsletter': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's20-council-minutes-waste-fair': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  's35-about-council-press-release-other-service-null': 'labelled null as a council paper: reads the inspectors\' verdict it relays',
  // Set 13, held out: measured once on the rules it was committed against (62 of 70 exact), not tuned on.
  // Set 16, held out: measured once on the rules it was committed against (63 of 70 exact), not tuned on.
  's16-two-column-sidebar-interleaved': 'held out, measured once: reads good/null where the report states good/excellent',
  // Set 17, held out: measured once on the rules it was committed against (62 of 71 exact), not tuned on.
  's17-negation-prospects-not-poor': 'held out, measured once: reads poor/null where the report states poor/uncertain',
  // Set 18, held out: measured once on the rules it was committed against (62 of 73 exact), not tuned on.
  // Set 19, held out: measured once on the rules it was committed against (62 of 68 exact), not tuned on.
  's19-grid-bracket-checkboxes': 'held out, measured once: reads null/null where the report states fair/uncertain',
  's19-para-seems-likely-era-b': 'held out, measured once: reads fair/null where the report states fair/promising',
  's19-long-single-sentence-both-excellent': 'held out, measured once: reads excellent/null where the report states excellent/excellent',
  // Set 20, held out: measured once on the rules it was committed against (67 of 75 exact), not tuned on.
  's20-ambition-three-star-by-2005-fair-uncertain': 'held out, measured once: reads null/null where the report states fair/uncertain',
  's20-joint-service-two-councils-good-will': 'held out, measured once: reads fair/will where the report states good/will',
  's20-poor-unlikely-eraA-doubt-self-rating-fair': 'held out, measured once: reads fair/unlikely where the report states poor/unlikely',
  // Set 21, held out: measured once on the rules it was committed against (63 of 70 exact), not tuned on.
  's21-k6-scrutiny-minutes-note-ict-report': 'held out, measured once: reads null/null where the report states poor/uncertain',
  // Set 22, held out: measured once on the rules it was committed against (58 of 70 exact), not tuned on.
  's22-cells-per-line-good-two-stars-yes-will': 'held out, measured once: reads null/will where the report states good/will',
  's22-blocks-two-stars-good-uncertain': 'held out, measured once: reads null/uncertain where the report states good/uncertain',
  's22-long-sentence-asides-excellent-excellent': 'held out, measured once: reads excellent/null where the report states excellent/excellent',
  's22-about-committee-paper-it-poor-unlikely-housing-excellent': 'held out, measured once: reads null/null where the report states poor/unlikely',
  's22-about-minutes-ict-poor-uncertain': 'held out, measured once: reads null/null where the report states poor/uncertain',
  // Set 23, held out: measured once on the rules it was committed against (57 of 69 exact), not tuned on.
  's23-about-minutes-members-noted-poor-unlikely': 'held out, measured once: reads null/null where the report states poor/unlikely',
  // Set 24, held out: measured once on the rules it was committed against (62 of 73 exact), not tuned on.
  // Set 25, held out: measured once on the rules it was committed against (65 of 70 exact), not tuned on.
  // Set 26, held out: measured once on the rules it was committed against (58 of 69 exact), not tuned on.
  // Set 27, held out: measured once on the rules it was committed against (65 of 70 exact), not tuned on.
  // Set 28, held out: measured once on the rules it was committed against (67 of 71 exact), not tuned on.
  // Set 29, held out: measured once on the rules it was committed against (66 of 70 exact), not tuned on.
  's29-long-notwithstanding-excellent-excellent': 'held out, measured once: reads excellent/null where the report states excellent/excellent',
  's29-plain-b-good-uncertain': 'held out, measured once: reads good/null where the report states good/uncertain',
  // Set 30, held out: measured once on the rules it was committed against (62 of 69 exact), not tuned on.
  's30-k3-less-likely-than-not-era-b': 'held out, measured once: reads poor/null where the report states poor/uncertain',
  // Set 31, held out: measured once on the rules of 3655425 (66 of 70 exact), not tuned on.
  's31-long-semicolon-list-poor-poor': 'held out, measured once: reads null/poor where the report states poor/poor',
  's31-long-inverted-order-good-excellent': 'held out, measured once: reads null/excellent where the report states good/excellent',
  // Set 32, held out: measured once on the rules of aa48a66 (63 of 70 exact), not tuned on.
  's32-none-commission-guidance-on-scoring': 'held out, measured once: reads excellent/null where the report states null/null',
  's32-none-peer-challenge-neighbour-view': 'held out, measured once: reads good/promising where the report states null/null',
  // Set 35, held out: measured once on the rules of 59cdbf4 (62 of 68 exact), not tuned on.
  // Set 36, held out: measured once on the rules of c0e0a7a (63 of 68 exact), not tuned on.
  's36-table-cells-per-line-three-stars-excellent': 'held out, measured once: reads null/excellent where the report states excellent/excellent',
  's36-table-sentence-cells-fair-uncertain': 'held out, measured once: reads good/uncertain where the report states fair/uncertain',
  's36-quoted-council-review-modest-good-probably': 'held out, measured once: reads null/null where the report states good/probably',
  's36-long-dash-aside-good-promising': 'held out, measured once: reads good/null where the report states good/promising',
  's36-long-hyphenated-line-ends-poor-will-not': 'held out, measured once: reads poor/will where the report states poor/will-not',
  // Set 38, held out: measured once on the rules of d22ed0a (66 of 72 exact), not tuned on.
  's38-about-scrutiny-minutes-poor-poor-2004': 'held out, measured once: reads null/null where the report states poor/poor',
  // Set 39, held out: measured once on the rules of 8419a04 (64 of 69 exact), not tuned on.
  's39-long-although-good-but-uncertain': 'held out, measured once: reads null/null where the report states good/uncertain',
  's39-about-council-press-release-poor-probably': 'held out, measured once: reads null/probably where the report states poor/probably',
  's39-about-minutes-noting-ict-report-fair-uncertain': 'held out, measured once: reads null/null where the report states fair/uncertain',
  // Set 40, held out: measured once on the rules of ccd704d (63 of 68 exact), not tuned on.
  's40-paraphrase-little-prospect-era-b': 'held out, measured once: reads poor/uncertain where the report states poor/poor',
  's40-none-consultant-health-check': 'held out, measured once: reads null/will where the report states null/null',
  // Set 41, held out: measured once on the rules of f8080ba (66 of 68 exact), not tuned on.
  's41-long-sentence-notwithstanding-good-uncertain': 'held out, measured once: reads good/null where the report states good/uncertain',
  // Set 42, held out: measured once on the rules of 9a7a06d (62 of 68 exact), not tuned on.
  's42-grid-dot-captioned-axes-excellent-excellent': 'held out, measured once: reads null/poor where the report states excellent/excellent',
  's42-none-scoring-appendix-template': 'held out, measured once: reads null/excellent where the report states null/null',
  // Set 43, held out: measured once on the rules of 9f822a2 (62 of 69 exact), not tuned on.
  's43-quoted-manager-merely-fair-inspectors-excellent': 'held out, measured once: reads fair/promising where the report states excellent/promising',
  's43-about-commission-news-release-good-will': 'held out, measured once: reads null/will where the report states good/will',
  // Set 44, held out: measured once on the rules of 52ac7be (67 of 70 exact), not tuned on.
  's44-paraphrase-nothing-suggests-change-poor-will-not': 'held out, measured once: reads poor/null where the report states poor/will-not',
  's44-long-line-broken-fair-poor-prospects': 'held out, measured once: reads poor/null where the report states fair/poor',
  // Set 45, held out: measured once on the rules of 7772188 (64 of 69 exact), not tuned on.
  's45-grid-bracket-x-checkboxes': 'held out, measured once: reads null/null where the report states good/will',
  's45-long-split-across-page-break-running-header': 'held out, measured once: reads fair/null where the report states fair/uncertain',
  's45-long-relative-clauses-excellent-promising': 'held out, measured once: reads null/promising where the report states excellent/promising',
  's45-none-scrutiny-member-prediction': 'held out, measured once: reads null/probably where the report states null/null',
  // Set 46, held out: measured once on the rules of 8970dde (64 of 69 exact), not tuned on; its five failures are read right since.
  // Set 47, held out: measured once on the rules of c8618ec (66 of 70 exact), not tuned on.
  's47-grid-spaces-x-era-a-good-probably': 'held out, measured once: reads good/unlikely where the report states good/probably',
  's47-long-list-of-duties-excellent-excellent': 'held out, measured once: reads excellent/null where the report states excellent/excellent',
  's47-plain-in-our-view-era-a-poor-will': 'held out, measured once: reads poor/null where the report states poor/will',
  's47-none-scrutiny-preparation-notes': 'held out, measured once: reads null/promising where the report states null/null',
  // Set 48, held out: measured once on the rules of fbb666c (62 of 70 exact), not tuned on.
  's48-about-staff-newsletter-two-stars': 'held out, measured once: reads good/null where the report states good/excellent',
  's48-about-audit-committee-table-several-services': 'held out, measured once: reads null/null where the report states fair/uncertain',
  // Set 49, held out: measured once on the rules of c7a354e (65 of 70 exact), not tuned on; one other miss passes since.
  's49-grid-spaces-star-good-probably': 'held out, measured once: reads good/unlikely where the report states good/probably',
  's49-quote-inspectors-agree-selfassessment': 'held out, measured once: reads null/probably where the report states fair/probably',
  's49-about-minutes-poor-probably': 'held out, measured once: reads null/null where the report states poor/probably',
  's49-none-minutes-inspection-postponed': 'held out, measured once: reads good/null where the report states null/null',
  // Set 50, held out: measured once on the rules of c2d6269 (62 of 73 exact), not tuned on.
  's50-long-prospect-forty-words-on': 'held out, measured once: reads null/probably where the report states fair/probably',
  's50-about-scrutiny-relays-housing-repairs': 'held out, measured once: reads null/null where the report states poor/unlikely',
  's50-about-newspaper-no-stars': 'held out, measured once: reads null/null where the report states poor/poor',
  's50-none-job-advert': 'held out, measured once: reads null/excellent where the report states null/null',
  // Set 51, held out: measured once on the rules of 8acb5e9 (64 of 70 exact), not tuned on.
  's51-long-unlike-revenues': 'held out, measured once: reads null/null where the report states poor/promising',
  's51-about-press-release-eraA': 'held out, measured once: reads null/probably where the report states good/probably',
  's51-about-minutes-no-stars': 'held out, measured once: reads null/null where the report states poor/unlikely',
  's51-about-staff-bulletin': 'held out, measured once: reads good/null where the report states good/uncertain',
  // Set 52, held out: measured once on the rules of 8acb5e9 (63 of 75 exact), not tuned on; the five other misses pass since.
  's52-cell-numeric-poor-uncertain': 'held out, measured once: reads poor/null where the report states poor/uncertain',
  's52-para-no-doubt-excellent': 'held out, measured once: reads null/excellent where the report states good/excellent',
  's52-para-odds-favour-probably-no-grade': 'held out, measured once: reads null/null where the report states null/probably',
  's52-quote-agree-grade-not-prospects': 'held out, measured once: reads null/promising where the report states good/promising',
  's52-long-page-break-good-promising': 'held out, measured once: reads null/promising where the report states good/promising',
  's52-about-press-release-good-probably': 'held out, measured once: reads null/null where the report states good/probably',
  's52-none-scoring-guidance': 'held out, measured once: reads excellent/null where the report states null/null',
  // Set 53, held out: measured once on the rules of 2cd40cc (66 of 72 exact), not tuned on.
  's53-grid-spaces-wrapped-era-a-tick': 'held out, measured once: reads good/unlikely where the report states good/probably',
  's53-para-not-convinced-progress-era-b': 'held out, measured once: reads fair/null where the report states fair/uncertain',
  's53-long-brackets-revenues-excellent': 'held out, measured once: reads poor/excellent where the report states excellent/excellent',
  's53-long-will-not-in-our-view-era-a': 'held out, measured once: reads null/null where the report states poor/will-not',
  's53-about-minutes-two-stars-excellent': 'held out, measured once: reads null/null where the report states good/excellent',
  's53-none-guidance-example-wording': 'held out, measured once: reads null/probably where the report states null/null',
  // Set 54, held out: measured once on the rules of 786c7e4 (65 of 77 exact), not tuned on; the eleven other misses pass since.
  's54-para-every-reason-to-expect': 'held out, measured once: reads good/excellent where the report states good/promising',
  // Set 55, held out: measured once on the rules of 431a823 (62 of 71 exact), not tuned on; the eight other misses pass since.
  's55-none-recruitment-advert': 'held out, measured once: reads excellent/null where the report states null/null',
  // Set 56, held out: measured once on the rules of 9253a79 (67 of 74 exact), not tuned on; its seven misses pass since.
  // Set 57, held out: measured once on the rules of abd64eb (67 of 74 exact), not tuned on; its seven misses pass since.
  // Set 58, held out: measured once on the rules of bb75912 (71 of 77 exact), not tuned on; its six misses pass since.
  // Set 59, held out: measured once on the rules of eae0127 (70 of 75 exact), not tuned on; the four other misses pass since.
  's59-para-no-realistic-prospect-eraB': 'held out, measured once: reads poor/uncertain where the report states poor/poor',
  // Set 60, held out: measured once on the rules of f93afdd (69 of 75 exact), not tuned on.
  's60-para-nothing-suggests-change-era-a': 'held out, measured once: reads poor/null where the report states poor/will-not',
  's60-para-not-convinced-sustain': 'held out, measured once: reads good/null where the report states good/uncertain',
  's60-long-across-page-break': 'held out, measured once: reads good/null where the report states good/excellent',
  's60-about-briefing-note-era-a': 'held out, measured once: reads good/null where the report states good/probably',
  's60-plain-verdict-hyphenated-era-a': 'held out, measured once: reads null/null where the report states good/probably',
  's60-none-consultant-mock-inspection': 'held out, measured once: reads fair/uncertain where the report states null/null',
};

describe('grade and prospect on hand-written cases', () => {
  it('has enough cases of each kind', () => {
    expect(judgementCases.length).toBeGreaterThanOrEqual(60);
    expect(judgementCases.filter((c) => c.expect.grade === null).length).toBeGreaterThanOrEqual(15);
  });
  // Sets 2 to 7 were each written after the rules, by other hands, and first measured at 33 of 45,
  // 31 of 40, 29 of 40, 34 of 40, 35 of 40 and 42 of 50; the rules were then generalised on them,
  // never the cases edited. Set 8 is held out: measured once (44 of 50), its failures kept as known failures.
  // Set 9 was first measured at 33 of 66, set 10 at 49 of 72 and set 11 at 56 of 69; they were then generalised on like sets 2 to 7.
  // Set 12 was first measured at 58 of 68 when held out, then generalised on like sets 2 to 7.
  // Set 13 was first measured at 62 of 70 when held out, set 14 at 67 of 73, set 15 at 60 of 67, set 16 at 63 of 70, set 17 at 62 of 71, set 18 at 62 of 73, set 19 at 62 of 68, set 20 at 67 of 75, set 21 at 63 of 70, set 22 at 58 of 70, set 23 at 57 of 69, set 24 at 62 of 73, set 25 at 65 of 70, set 26 at 58 of 69, set 27 at 65 of 70, set 28 at 67 of 71, set 29 at 66 of 70, set 30 at 62 of 69, set 31 at 66 of 70, set 32 at 63 of 70, set 33 at 65 of 71, set 34 at 66 of 71, set 35 at 62 of 68, set 36 at 63 of 68, set 37 at 68 of 70, set 38 at 66 of 72, set 39 at 64 of 69, set 40 at 63 of 68, set 41 at 66 of 68, set 42 at 62 of 68, set 43 at 62 of 69, set 44 at 67 of 70, set 45 at 64 of 69, set 46 at 64 of 69, set 47 at 66 of 70, set 48 at 62 of 70, set 49 at 65 of 70, set 50 at 62 of 73, set 51 at 64 of 70, set 52 at 63 of 75, set 53 at 66 of 72, set 54 at 65 of 77, set 55 at 62 of 71, set 56 at 67 of 74, set 57 at 67 of 74, set 58 at 71 of 77, set 59 at 70 of 75 and set 60 at 69 of 75.
  for (const testCase of [...judgementCases, ...judgementCases2, ...judgementCases3, ...judgementCases4, ...judgementCases5, ...judgementCases6, ...judgementCases7, ...judgementCases8, ...judgementCases9, ...judgementCases10, ...judgementCases11, ...judgementCases12, ...judgementCases13, ...judgementCases14, ...judgementCases15, ...judgementCases16, ...judgementCases17, ...judgementCases18, ...judgementCases19, ...judgementCases20, ...judgementCases21, ...judgementCases22, ...judgementCases23, ...judgementCases24, ...judgementCases25, ...judgementCases26, ...judgementCases27, ...judgementCases28, ...judgementCases29, ...judgementCases30, ...judgementCases31, ...judgementCases32, ...judgementCases33, ...judgementCases34, ...judgementCases35, ...judgementCases36, ...judgementCases37, ...judgementCases38, ...judgementCases39, ...judgementCases40, ...judgementCases41, ...judgementCases42, ...judgementCases43, ...judgementCases44, ...judgementCases45, ...judgementCases46, ...judgementCases47, ...judgementCases48, ...judgementCases49, ...judgementCases50, ...judgementCases51, ...judgementCases52, ...judgementCases53, ...judgementCases54, ...judgementCases55, ...judgementCases56, ...judgementCases57, ...judgementCases58, ...judgementCases59, ...judgementCases60]) {
    const known = KNOWN_FAILURES[testCase.name];
    const test = known ? it.fails : it;
    test(`${testCase.name}: ${testCase.why}${known ? ` [known failure: ${known}]` : ''}`, async () => {
      const document = await analysePages(testCase.pages);
      expect({ grade: document.grade?.value ?? null, prospect: document.prospect?.value ?? null }).toEqual(testCase.expect);
      if (testCase.expect.grade === null && testCase.expect.prospect === null) {
        expect(document.status).toBe('no-judgement');
        expect(document.reason).toBeTruthy();
      }
      for (const finding of [document.grade, document.prospect]) {
        if (!finding) continue;
        // Every finding quotes the unit it came from, on a real page.
        expect(finding.evidence.text.length).toBeGreaterThan(0);
        expect(finding.evidence.pageStart).toBeGreaterThanOrEqual(1);
        expect(finding.evidence.pageStart).toBeLessThanOrEqual(testCase.pages.length);
      }
    });
  }
});
