/** Fills `{slot}` placeholders in template sentences with report-specific values. */
import type { Rng } from './rng.js';
import { BENCH_CLUBS, DEPARTMENTS, MONTHS, SUPPLIERS, SYSTEMS } from './names.js';
import { INSPECTOR_NAMES } from './prose.js';
import type { Council } from './types.js';

/** Values that stay fixed within one report. */
export interface SlotContext {
  council: Council;
  svc: string;
  year: number;
  supplier: string;
  club: string;
  inspectors: [string, string];
}

export function makeSlotContext(council: Council, year: number, rng: Rng): SlotContext {
  const [a, b] = rng.sample(INSPECTOR_NAMES, 2);
  return {
    council,
    svc: rng.chance(0.6) ? 'ICT' : 'IT',
    year,
    supplier: rng.pick(SUPPLIERS),
    club: rng.pick(BENCH_CLUBS),
    inspectors: [a as string, b as string],
  };
}

const two = (n: number): string => String(n % 100).padStart(2, '0');

/** Replace every `{slot}` (and `{n:a-b}`, `{pct:a-b}`) in a template. */
export function fill(template: string, ctx: SlotContext, rng: Rng): string {
  const used = new Set<string>();
  const fresh = (pool: readonly string[]): string => {
    const left = pool.filter((x) => !used.has(x));
    const value = rng.pick(left.length ? left : pool);
    used.add(value);
    return value;
  };
  const out = template.replace(/\{(\w+)(?::(\d+)-(\d+))?\}/g, (_all, key: string, lo?: string, hi?: string) => {
    const y = ctx.year;
    switch (key) {
      case 'Council': return ctx.council.name;
      case 'council': return ctx.council.short;
      case 'svc': return ctx.svc;
      case 'y': return String(y);
      case 'py': return String(y - 1);
      case 'y1': return two(y + 1);
      case 'Y1': return String(y + 1);
      case 'y3': return String(y + 3);
      case 'month': return fresh(MONTHS);
      case 'dept': return fresh(DEPARTMENTS);
      case 'system': return fresh(SYSTEMS);
      case 'supplier': return ctx.supplier;
      case 'club': return ctx.club;
      case 'inspector1': return ctx.inspectors[0];
      case 'inspector2': return ctx.inspectors[1];
      case 'n': return String(rng.int(Number(lo), Number(hi)));
      case 'pct': return `${rng.int(Number(lo), Number(hi))} per cent`;
      default: throw new Error(`unknown slot {${key}} in: ${template}`);
    }
  });
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Draws templates from pools without repeating one within a report. */
export class Deck {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}
  /** Up to n unused templates from the pool. */
  take(pool: readonly string[], n: number): string[] {
    const left = pool.filter((t) => !this.used.has(t));
    const chosen = this.rng.sample(left, n);
    for (const t of chosen) this.used.add(t);
    return chosen;
  }
  one(pool: readonly string[]): string | undefined {
    return this.take(pool, 1)[0];
  }
}
