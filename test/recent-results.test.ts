/** The memo of recent results by text (src/text/recent-results.ts). */
import { describe, expect, it } from 'vitest';
import { RecentResults } from '../src/text/recent-results.js';

describe('recent results', () => {
  it('computes once per text and settings, telling settings apart by identity', () => {
    const memo = new RecentResults<[object], string>(10);
    const [first, second] = [{ id: 1 }, { id: 1 }];
    const computed: string[] = [];
    const read = (text: string, setting: object) => memo.get(text, [setting], () => { computed.push(text); return text.toUpperCase(); });
    expect([read('good', first), read('good', first), read('good', second), read('poor', first)]).toEqual(['GOOD', 'GOOD', 'GOOD', 'POOR']);
    expect(computed).toEqual(['good', 'good', 'poor']);
  });

  it('keeps the last texts only, dropping the oldest first', () => {
    const memo = new RecentResults<[], number>(2);
    let calls = 0;
    const read = (text: string) => memo.get(text, [], () => ++calls);
    read('a'); read('b'); read('c');
    expect([read('c'), read('b'), calls]).toEqual([3, 2, 3]);
    expect(read('a')).toBe(4);
  });
});
