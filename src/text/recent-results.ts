/**
 * Results of a pure function of a text and some settings objects, kept for the texts read most
 * recently: the grade and prospect stages read each unit for every scale several times over.
 */

/** A memo of `compute(text, ...settings)` for the last `kept` texts; settings are told apart by identity. */
export class RecentResults<Settings extends readonly object[], Result> {
  private readonly byText = new Map<string, Array<{ settings: Settings; result: Result }>>();

  constructor(private readonly kept: number) {}

  /** The result for this text and these settings: remembered, or computed now and remembered. */
  get(text: string, settings: Settings, compute: () => Result): Result {
    const known = this.byText.get(text);
    const found = known?.find((entry) => entry.settings.every((setting, i) => setting === settings[i]));
    if (found) return found.result;
    const result = compute();
    if (known) known.push({ settings, result });
    else {
      // The oldest text goes first (a Map keeps insertion order).
      if (this.byText.size >= this.kept) this.byText.delete(this.byText.keys().next().value!);
      this.byText.set(text, [{ settings, result }]);
    }
    return result;
  }
}
