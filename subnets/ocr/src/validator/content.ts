/**
 * Document content for challenges: random words, numbers and invoices (several line items, subtotal, tax,
 * total, dates), each ending with a random reference line (the challenge nonce printed on the page).
 * Pure functions of an Rng: the same seed gives the same document.
 */
import type { Rng } from '../prng.js';

export type DocumentKind = 'words' | 'numbers' | 'invoice';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['words', 'numbers', 'invoice'];

export interface DocumentContent {
  readonly kind: DocumentKind;
  /** The lines as rendered, top to bottom (the ground truth is these joined by '\n'). */
  readonly lines: readonly string[];
  /** The random reference printed on the page (also part of `lines`). */
  readonly nonce: string;
}

// Common English words: a dictionary-friendly mix of lengths.
const WORDS = (
  'about above across after again against along also always among animal answer around asked away back ' +
  'basket became because before began behind being below better between black board body book both bring ' +
  'brown build built called came carry cause center change city close cold color common country course cover ' +
  'cross during early earth east easy every example family farm father field figure final fire first follow ' +
  'force found friend front garden given good great green ground group grow half hand happen heard heart heavy ' +
  'help high hold horse hour house idea important inside island journey keep kind king large later learn leave ' +
  'letter light little long machine making market measure metal middle might minute money month morning mother ' +
  'mountain move music name nation near never night north number ocean office often open order paper party ' +
  'people picture place plain plant point power press problem public question quick quiet reach ready record ' +
  'river road rock round second section several shape short should silver simple since small sound south space ' +
  'special spring square stand start station still stone story street strong study summer system table through ' +
  'together travel tree true under until upon usual valley voice water weather week west while white whole ' +
  'window winter without wonder wood word world write yellow young'
).split(' ');

const ITEMS = [
  'Paper clips', 'Desk lamp', 'Printer toner', 'Office chair', 'Notebook', 'Stapler', 'USB cable', 'Coffee beans',
  'Water filter', 'Monitor stand', 'Cleaning kit', 'Envelopes', 'Label tape', 'Keyboard', 'Shipping box', 'Ink pens',
];
const FIRST = ['Anna', 'Brian', 'Carla', 'David', 'Elena', 'Frank', 'Grace', 'Henry', 'Irene', 'James', 'Karen', 'Louis'];
const LAST = ['Baker', 'Carter', 'Dalton', 'Evans', 'Fisher', 'Garcia', 'Hughes', 'Jensen', 'Keller', 'Lopez', 'Morgan'];
const STREETS = ['Oak Street', 'Mill Road', 'Park Avenue', 'River Lane', 'Hill Drive', 'Station Road'];
const CITIES = ['Springfield', 'Riverton', 'Lakewood', 'Fairview', 'Greenville', 'Kingston'];
// No look-alike characters (0/O, 1/I/L, 5/S, 2/Z, 8/B) so a correct read is unambiguous.
const NONCE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';

/** A nonce like `K7QX-M4TD`: 8 random characters, ~37 bits. */
export function randomNonce(rng: Rng): string {
  let s = '';
  for (let i = 0; i < 8; i++) {
    if (i === 4) s += '-';
    s += NONCE_ALPHABET[rng.int(0, NONCE_ALPHABET.length - 1)];
  }
  return s;
}

function money(cents: number): string {
  const whole = Math.floor(cents / 100);
  return `${whole.toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;
}

function date(rng: Rng): string {
  const y = rng.int(2019, 2027);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return rng.chance(0.5)
    ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    : `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

function wordLine(rng: Rng): string {
  const n = rng.int(3, 6);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(rng.pick(WORDS));
  if (rng.chance(0.4)) words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
  return words.join(' ');
}

function numberLine(rng: Rng): string {
  const n = rng.int(3, 5);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const f = rng.int(0, 3);
    parts.push(f === 0 ? String(rng.int(10, 99999)) : f === 1 ? money(rng.int(100, 999999)) : f === 2 ? `${rng.int(1, 99)}%` : `+${rng.int(100, 999)} ${rng.int(1000, 9999)}`);
  }
  return parts.join('  ');
}

function invoiceLines(rng: Rng): string[] {
  const lines = [`INVOICE No. ${rng.int(10000, 99999)}`, `Date: ${date(rng)}`, `Bill to: ${rng.pick(FIRST)} ${rng.pick(LAST)}`];
  if (rng.chance(0.5)) lines.push(`${rng.int(1, 250)} ${rng.pick(STREETS)}, ${rng.pick(CITIES)}`);
  const items = rng.int(2, 4);
  let subtotal = 0;
  for (let i = 0; i < items; i++) {
    const qty = rng.int(1, 12);
    const unit = rng.int(150, 25000);
    subtotal += qty * unit;
    lines.push(`${qty} x ${rng.pick(ITEMS)} @ ${money(unit)} = ${money(qty * unit)}`);
  }
  const taxPct = rng.pick([5, 8, 10, 20]);
  const tax = Math.round((subtotal * taxPct) / 100);
  lines.push(`Subtotal: ${money(subtotal)}`, `Tax ${taxPct}%: ${money(tax)}`, `Total due: ${money(subtotal + tax)} USD`);
  if (rng.chance(0.5)) lines.push(`Due date: ${date(rng)}`);
  return lines;
}

/** Random document content of the given kind (default: a random kind). */
export function generateContent(rng: Rng, kind: DocumentKind = rng.pick(DOCUMENT_KINDS)): DocumentContent {
  let lines: string[];
  if (kind === 'invoice') lines = invoiceLines(rng);
  else {
    const n = rng.int(3, 5);
    lines = [];
    for (let i = 0; i < n; i++) lines.push(kind === 'words' ? wordLine(rng) : numberLine(rng));
  }
  const nonce = randomNonce(rng);
  lines.push(`Ref: ${nonce}`);
  return { kind, lines, nonce };
}
