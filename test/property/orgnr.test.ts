// parter/organisationsnummer against the npm package organisationsnummer, on generated numbers.
//
// Where both decide, they agree. The deliberate and known differences, each pinned by a test:
// - Digits 3–4 below 20: the package falls back to reading the number as a personnummer (a sole
//   trader's organisationsnummer) and may accept it; iop always refuses it, because a party to an
//   IOP is an association or an authority, never a person.
// First digit 0 (no legal form has group number 0): both refuse it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as orgnrModule from 'organisationsnummer';
import { parterOrganisationsnummer } from '../../src/rules/parter/organisationsnummer.js';
import { luhnCheckDigit } from '../../src/rules/support/orgnr.js';
import type { IopData } from '../../src/model.js';
import type { Problem, RuleContext } from '../../src/rules/types.js';

// The package ships CommonJS types and an ES module build: its default export is the class either way.
interface OrgnrPackage {
  valid(number: string): boolean;
}
const exported = (orgnrModule as unknown as { default: OrgnrPackage | { default: OrgnrPackage } }).default;
const Organisationsnummer: OrgnrPackage = 'valid' in exported ? exported : exported.default;

/** What the rule itself says about one party's number: accepted, or the message id it reported. */
function iopVerdict(number: string): true | string {
  const reported: string[] = [];
  const data = { parter: [{ id: 'p', namn: 'Part', sektor: 'idéburen', organisationsnummer: number }] } as unknown as IopData;
  parterOrganisationsnummer.check({ data, report: (problem: Problem) => reported.push(problem.messageId) } as unknown as RuleContext);
  return reported.length === 0 ? true : reported[0]!;
}

const digit = fc.integer({ min: 0, max: 9 });
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));

/** Nine digits with the given constraints, completed with a right or a wrong check digit. */
function numbers(first: fc.Arbitrary<string>, thirdFourth: fc.Arbitrary<string>) {
  return fc.tuple(first, digit, thirdFourth, digits(5), fc.boolean(), digit).map(([a, b, cd, rest, right, other]) => {
    const nine = `${a}${b}${cd}${rest}`;
    const check = luhnCheckDigit(nine);
    return `${nine.slice(0, 6)}-${nine.slice(6)}${right ? check : (check + 1 + (other % 9)) % 10}`;
  });
}

const pad = (n: number) => String(n).padStart(2, '0');

describe('parter/organisationsnummer agrees with the organisationsnummer package', () => {
  it('on numbers both decide: first digit 1–9, digits 3–4 at least 20', () => {
    fc.assert(
      fc.property(numbers(fc.integer({ min: 1, max: 9 }).map(String), fc.integer({ min: 20, max: 99 }).map(pad)), (number) => {
        expect(iopVerdict(number) === true, number).toBe(Organisationsnummer.valid(number));
      }),
      { numRuns: 2000 },
    );
  });

  it('also without the hyphen and with the prefix 16', () => {
    fc.assert(
      fc.property(numbers(fc.integer({ min: 1, max: 9 }).map(String), fc.integer({ min: 20, max: 99 }).map(pad)), (number) => {
        for (const form of [number.replace('-', ''), `16${number}`]) expect(iopVerdict(form) === true, form).toBe(Organisationsnummer.valid(form));
      }),
      { numRuns: 500 },
    );
  });

  it('differs deliberately below 20 in digits 3–4: iop refuses what may be a personnummer', () => {
    fc.assert(
      fc.property(numbers(fc.integer({ min: 1, max: 9 }).map(String), fc.integer({ min: 0, max: 19 }).map(pad)), (number) => {
        expect(iopVerdict(number)).toBe('personnummer');
      }),
      { numRuns: 500 },
    );
    // A valid personnummer: the package accepts it (as a sole trader's number), iop does not.
    expect(Organisationsnummer.valid('811218-9876')).toBe(true);
    expect(iopVerdict('811218-9876')).toBe('personnummer');
  });

  it('agrees on a first digit 0: no legal form has group number 0', () => {
    fc.assert(
      fc.property(numbers(fc.constant('0'), fc.integer({ min: 20, max: 99 }).map(pad)), (number) => {
        expect(Organisationsnummer.valid(number)).toBe(false);
        expect(iopVerdict(number)).toBe('gruppsiffra');
      }),
      { numRuns: 300 },
    );
  });
});
