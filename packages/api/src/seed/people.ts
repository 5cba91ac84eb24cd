// Synthetic people for the demo data: a seeded PRNG (the same people on every run), Chinese names
// weighted like real surnames, birth dates, and ID numbers with a valid GB 11643 check character in
// an unassigned area code, and obviously fake phone numbers.
import { GIVEN_FEMALE, GIVEN_MALE, SURNAMES } from "./names.js";

/** Ages are computed from this fixed day, not from today, so every run yields the same people. */
export const REFERENCE_YEAR = 2026;

/** 440799 is not an assigned area code (江海区 is 440704), so no real person holds these ID numbers. */
const ID_AREA = "440799";

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float() {
    return this.next();
  }
  /** An integer in [min, max]. */
  int(min: number, max: number) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number) {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  /** Earlier items more often (roughly a Zipf-like skew), like common surnames. */
  pickSkewed<T>(items: readonly T[]): T {
    const i = Math.floor(items.length * this.next() ** 2);
    return items[Math.min(i, items.length - 1)] as T;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j] as T, a[i] as T];
    }
    return a;
  }
  /** A value chosen by weight: [[value, weight], …]. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of choices) {
      r -= w;
      if (r < 0) return v;
    }
    return (choices[choices.length - 1] as readonly [T, number])[0];
  }
}

// ---------------------------------------------------------------------------------------------
// Synthetic people

/** GB 11643-1999 check character of the first 17 digits. */
export function idCheckChar(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(first17[i]), 0);
  return "10X98765432"[sum % 11] as string;
}

export const pad = (n: number, width: number) => String(n).padStart(width, "0");
const ymd = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, "");

export class People {
  private readonly usedIds = new Set<string>();
  private phoneSeq = 0;
  private contactSeq = 0;
  constructor(private readonly rng: Rng) {}

  surname() {
    return this.rng.pickSkewed(SURNAMES);
  }

  givenName(gender: "MALE" | "FEMALE") {
    const pool = gender === "MALE" ? GIVEN_MALE : GIVEN_FEMALE;
    const first = this.rng.pick(pool);
    if (this.rng.chance(0.2)) return first; // single-character given name
    let second = this.rng.pick(pool);
    while (second === first) second = this.rng.pick(pool);
    return first + second;
  }

  fullName(gender: "MALE" | "FEMALE", surname = this.surname()) {
    return surname + this.givenName(gender);
  }

  /** A birth date (UTC midnight) for someone aged `age` on the reference day. */
  birthDate(age: number): Date {
    const year = REFERENCE_YEAR - 1 - age;
    const start = Date.UTC(year, 0, 1);
    const days = Math.round((Date.UTC(year + 1, 0, 1) - start) / 86_400_000);
    return new Date(start + this.rng.int(0, days - 1) * 86_400_000);
  }

  /** An 18-character ID number matching the birth date and gender, unique in the demo data. */
  idNumber(birth: Date, gender: "MALE" | "FEMALE"): string {
    for (;;) {
      // The 17th digit is odd for men, even for women.
      const seq = this.rng.int(0, 499) * 2 + (gender === "MALE" ? 1 : 0);
      const first17 = `${ID_AREA}${ymd(birth)}${pad(seq, 3)}`;
      const id = first17 + idCheckChar(first17);
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }

  /** Obviously fake mobile numbers: 1380000xxxx for residents. */
  phone() {
    this.phoneSeq += 1;
    if (this.phoneSeq > 9999) throw new Error("demo phone range exhausted");
    return `1380000${pad(this.phoneSeq, 4)}`;
  }

  /** 1390000xxxx for organization contacts. */
  contactPhone() {
    this.contactSeq += 1;
    if (this.contactSeq > 9999) throw new Error("demo contact phone range exhausted");
    return `1390000${pad(this.contactSeq, 4)}`;
  }
}
