/**
 * Render document lines to a PNG with @napi-rs/canvas: varied font family and size, ink and paper tone,
 * a small rotation, Gaussian blur and speckle noise. Deterministic for a given style (the noise comes from
 * the style's own seed).
 */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { createRng, type Rng } from '../prng.js';
import { OcrError } from '../errors.js';

/** Families tried in this order; only those installed on the machine are used (see `availableFontFamilies`). */
export const PREFERRED_FONT_FAMILIES = [
  'DejaVu Sans',
  'DejaVu Serif',
  'DejaVu Sans Mono',
  'Liberation Sans',
  'Liberation Serif',
  'Liberation Mono',
  'Liberation Sans Narrow',
] as const;

let fontCache: readonly string[] | undefined;

/** The preferred families Skia can see here (fontconfig); falls back to 'sans-serif' when none are. */
export function availableFontFamilies(): readonly string[] {
  if (!fontCache) {
    const installed = new Set(GlobalFonts.families.map((f) => f.family));
    const found = PREFERRED_FONT_FAMILIES.filter((f) => installed.has(f));
    fontCache = found.length > 0 ? found : ['sans-serif'];
  }
  return fontCache;
}

export interface RenderStyle {
  readonly fontFamily: string;
  readonly fontSizePx: number;
  /** Line height as a multiple of the font size. */
  readonly lineSpacing: number;
  /** 0 = black ink … 255 = white. */
  readonly ink: number;
  readonly paper: number;
  readonly rotationDeg: number;
  /** Gaussian blur radius applied to the text (px). */
  readonly blurPx: number;
  /** Fraction of pixels replaced by random speckles. */
  readonly speckle: number;
  /** Amplitude of the per-pixel grain (± grey levels). */
  readonly grain: number;
  readonly marginPx: number;
  /** Seed of the noise pattern. */
  readonly noiseSeed: string;
}

/** How hard the generated documents are: ranges the random style is drawn from. */
export interface StyleRanges {
  readonly fontSizePx: readonly [number, number];
  readonly rotationDeg: readonly [number, number];
  readonly blurPx: readonly [number, number];
  readonly speckle: readonly [number, number];
  readonly grain: readonly [number, number];
}

export const DEFAULT_STYLE_RANGES: StyleRanges = {
  fontSizePx: [14, 22],
  rotationDeg: [-2, 2],
  blurPx: [0.2, 0.6],
  speckle: [0.04, 0.1],
  grain: [5, 20],
};

export function randomStyle(rng: Rng, ranges: StyleRanges = DEFAULT_STYLE_RANGES): RenderStyle {
  return {
    fontFamily: rng.pick(availableFontFamilies()),
    fontSizePx: rng.int(ranges.fontSizePx[0], ranges.fontSizePx[1]),
    lineSpacing: rng.real(1.35, 1.8),
    ink: rng.int(0, 70),
    paper: rng.int(215, 255),
    rotationDeg: rng.real(ranges.rotationDeg[0], ranges.rotationDeg[1]),
    blurPx: rng.real(ranges.blurPx[0], ranges.blurPx[1]),
    speckle: rng.real(ranges.speckle[0], ranges.speckle[1]),
    grain: rng.real(ranges.grain[0], ranges.grain[1]),
    marginPx: rng.int(12, 24),
    noiseSeed: String(rng.int(0, 2 ** 31)),
  };
}

const clamp255 = (v: number): number => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v));

/** Render `lines` in `style` to PNG bytes. */
export function renderDocument(lines: readonly string[], style: RenderStyle): Buffer {
  if (lines.length === 0) throw new OcrError('INVALID_OPTIONS', 'nothing to render', {});
  if (!(style.fontSizePx >= 4 && style.fontSizePx <= 200)) throw new OcrError('INVALID_OPTIONS', 'font size out of range', { fontSizePx: style.fontSizePx });
  const font = `${style.fontSizePx}px "${style.fontFamily}"`;
  const probe = createCanvas(8, 8).getContext('2d');
  probe.font = font;
  const textWidth = Math.max(...lines.map((l) => probe.measureText(l).width));
  const lineHeight = Math.round(style.fontSizePx * style.lineSpacing);
  // room for the rotated block's corners
  const slack = Math.ceil(Math.abs(Math.sin((style.rotationDeg * Math.PI) / 180)) * textWidth) + 2;
  const width = Math.ceil(textWidth + 2 * style.marginPx);
  const height = Math.ceil(lines.length * lineHeight + 2 * style.marginPx + slack);

  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  const paper = `rgb(${style.paper},${style.paper},${style.paper})`;
  g.fillStyle = paper;
  g.fillRect(0, 0, width, height);
  g.save();
  g.translate(width / 2, height / 2);
  g.rotate((style.rotationDeg * Math.PI) / 180);
  g.translate(-width / 2, -height / 2);
  if (style.blurPx > 0) g.filter = `blur(${style.blurPx.toFixed(2)}px)`;
  g.font = font;
  g.textBaseline = 'alphabetic';
  g.fillStyle = `rgb(${style.ink},${style.ink},${style.ink})`;
  const top = style.marginPx + slack / 2;
  lines.forEach((line, i) => g.fillText(line, style.marginPx, top + i * lineHeight + style.fontSizePx));
  g.restore();

  const noise = createRng(`noise/${style.noiseSeed}`);
  const img = g.getImageData(0, 0, width, height);
  const d = img.data;
  for (let p = 0; p < d.length; p += 4) {
    let v = d[p]! + (noise.next() - 0.5) * 2 * style.grain;
    if (noise.next() < style.speckle) v = noise.chance(0.5) ? noise.int(0, 90) : 255;
    const c = clamp255(v);
    d[p] = c;
    d[p + 1] = c;
    d[p + 2] = c;
    d[p + 3] = 255;
  }
  g.putImageData(img, 0, 0);
  return canvas.toBuffer('image/png');
}
