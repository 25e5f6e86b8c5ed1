// A practical email check for inline validation: one @, no spaces, a dotted domain. Lightfield has
// the last word; this only catches typos before a round trip.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/; // ada@analytical-engines.example

export function isValidEmail(value: string): boolean {
  const email = value.trim();
  const domain = email.slice(email.indexOf('@') + 1);
  return EMAIL_SHAPE.test(email) && !domain.startsWith('.') && !domain.endsWith('.') && !email.includes('..');
}
