/** The statement reader: graded likelihood of this service improving, with the negation's scope and the holder. */
import { describe, expect, it } from 'vitest';
import { readStatement } from '../src/classify/statement.js';
import { statements } from '../src/scheme/best-value-statements.js';

const cases: Array<[string, number | undefined]> = [
  ['we are confident the plan will be delivered.', 3],
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
  // Someone else's view, and no likelihood at all, state nothing.
  ['the head of ict told us he is confident the plan will be delivered.', undefined],
  ['the service has improved since 2001.', undefined],
];

describe('the statement reader', () => {
  it('takes an impersonal frame ("there is no sign") as the inspectors\' voice, and a named officer\'s view as not', () => {
    expect(readStatement('there is no sign that the service will get better.', statements)?.inspectors).toBe(true);
    expect(readStatement('nothing suggests that the position will change.', statements)?.inspectors).toBe(true);
    expect(readStatement('the manager believes there is no sign that the service will get better.', statements)).toBeUndefined();
  });

  for (const [text, ordinal] of cases) {
    it(`reads "${text}" as ${ordinal ?? 'no statement'}`, () => {
      expect(readStatement(text, statements)?.ordinal).toBe(ordinal);
    });
  }
});
