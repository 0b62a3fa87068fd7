// Organisationsnummer: ten digits, optional "16" prefix, Luhn check digit, digits 3–4 at least 20.

/** The ten digits of a number written "NNNNNN-NNNN", "NNNNNNNNNN" or with the prefix "16"; undefined otherwise. */
export function orgnrDigits(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const digits = text.replace(/[\s-]/g, '');
  if (/^16\d{10}$/.test(digits)) return digits.slice(2);
  return /^\d{10}$/.test(digits) ? digits : undefined;
}

/** The Luhn check digit for the first nine digits. */
export function luhnCheckDigit(nine: string): number {
  let total = 0;
  for (let i = 0; i < nine.length; i++) {
    let value = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    total += value;
  }
  return (10 - (total % 10)) % 10;
}
