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
  // Someone else's view, and no likelihood at all, state nothing.
  ['the head of ict told us he is confident the plan will be delivered.', undefined],
  ['the service has improved since 2001.', undefined],
];

describe('the statement reader', () => {
  for (const [text, ordinal] of cases) {
    it(`reads "${text}" as ${ordinal ?? 'no statement'}`, () => {
      expect(readStatement(text, statements)?.ordinal).toBe(ordinal);
    });
  }
});
