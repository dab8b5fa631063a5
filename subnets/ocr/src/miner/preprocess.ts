/**
 * Image clean-up before OCR, on raw greyscale pixels: 3×3 median (removes speckle), upscale, Otsu
 * binarisation, and deskew by projection-profile search. All with @napi-rs/canvas for decode, resize,
 * rotate and encode.
 */
import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import { OcrError } from '../errors.js';

/** Grey pixels, row-major. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/** Images larger than this (pixels) are refused: decoding is the miner's cost, not the caller's. */
export const MAX_PIXELS = 16_000_000;

export async function decodePng(png: Buffer): Promise<Image> {
  let img: Image;
  try {
    img = await loadImage(png);
  } catch (cause) {
    throw new OcrError('INVALID_IMAGE', 'the image could not be decoded', { bytes: png.length }, { cause });
  }
  if (img.width === 0 || img.height === 0 || img.width * img.height > MAX_PIXELS) {
    throw new OcrError('INVALID_IMAGE', 'image dimensions out of range', { width: img.width, height: img.height });
  }
  return img;
}

/** Draw `img` scaled by `scale` and return its luma. */
export function toGray(img: Image, scale = 1): GrayImage {
  const width = Math.max(1, Math.round(img.width * scale));
  const height = Math.max(1, Math.round(img.height * scale));
  const c = createCanvas(width, height);
  const g = c.getContext('2d');
  g.imageSmoothingEnabled = true;
  g.imageSmoothingQuality = 'high';
  g.fillStyle = '#fff';
  g.fillRect(0, 0, width, height);
  g.drawImage(img, 0, 0, width, height);
  const rgba = g.getImageData(0, 0, width, height).data;
  const data = new Uint8ClampedArray(width * height);
  for (let i = 0, p = 0; i < data.length; i++, p += 4) data[i] = (rgba[p]! * 299 + rgba[p + 1]! * 587 + rgba[p + 2]! * 114) / 1000;
  return { width, height, data };
}

/** 3×3 median filter (edges replicate). */
export function median3(img: GrayImage): GrayImage {
  const { width: w, height: h, data: s } = img;
  const out = new Uint8ClampedArray(s.length);
  const win = new Uint8Array(9);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let k = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy < 0 ? 0 : y + dy >= h ? h - 1 : y + dy;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx < 0 ? 0 : x + dx >= w ? w - 1 : x + dx;
          win[k++] = s[yy * w + xx]!;
        }
      }
      win.sort();
      out[y * w + x] = win[4]!;
    }
  }
  return { width: w, height: h, data: out };
}

/** Otsu's threshold: the grey level maximising between-class variance. */
export function otsuThreshold(img: GrayImage): number {
  const hist = new Float64Array(256);
  for (const v of img.data) hist[v]!++;
  const total = img.data.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) sumAll += i * hist[i]!;
  let wB = 0;
  let sumB = 0;
  let best = 0;
  let threshold = 127;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sumAll - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/** Pixels ≤ threshold become ink (0), the rest paper (255). */
export function binarise(img: GrayImage, threshold: number): GrayImage {
  const out = new Uint8ClampedArray(img.data.length);
  for (let i = 0; i < out.length; i++) out[i] = img.data[i]! <= threshold ? 0 : 255;
  return { width: img.width, height: img.height, data: out };
}

/**
 * Skew angle in degrees (the text's rotation) by projection profiles: for each candidate angle, project
 * the ink pixels on the rotated vertical axis; aligned text lines give the sharpest row histogram
 * (largest sum of squared bin counts).
 */
export function estimateSkewDeg(img: GrayImage, maxDeg = 4, stepDeg = 0.25): number {
  const xs: number[] = [];
  const ys: number[] = [];
  const { width: w, height: h, data } = img;
  const stride = Math.max(1, Math.floor(Math.sqrt((w * h) / 400_000)));
  for (let y = 0; y < h; y += stride) for (let x = 0; x < w; x += stride) if (data[y * w + x] === 0) (xs.push(x), ys.push(y));
  if (xs.length < 50) return 0;
  const bins = new Float64Array(h + w);
  let bestScore = -1;
  let bestDeg = 0;
  for (let deg = -maxDeg; deg <= maxDeg + 1e-9; deg += stepDeg) {
    const a = (deg * Math.PI) / 180;
    const sin = Math.sin(a);
    const cos = Math.cos(a);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) bins[Math.round(ys[i]! * cos - xs[i]! * sin + w)]!++;
    let score = 0;
    for (const b of bins) score += b * b;
    if (score > bestScore + 1e-9) {
      bestScore = score;
      bestDeg = deg;
    }
  }
  return bestDeg;
}

/** Grey pixels → PNG, rotated by `-skewDeg` about the centre (white fill). */
export function encodeGray(img: GrayImage, skewDeg = 0): Buffer {
  const { width: w, height: h } = img;
  const src = createCanvas(w, h);
  const sg = src.getContext('2d');
  const id = sg.createImageData(w, h);
  for (let i = 0, p = 0; i < img.data.length; i++, p += 4) {
    const v = img.data[i]!;
    id.data[p] = v;
    id.data[p + 1] = v;
    id.data[p + 2] = v;
    id.data[p + 3] = 255;
  }
  sg.putImageData(id, 0, 0);
  if (skewDeg === 0) return src.toBuffer('image/png');
  const out = createCanvas(w, h);
  const g = out.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, w, h);
  g.translate(w / 2, h / 2);
  g.rotate((-skewDeg * Math.PI) / 180);
  g.translate(-w / 2, -h / 2);
  g.drawImage(src, 0, 0);
  return out.toBuffer('image/png');
}

export interface PreprocessOptions {
  /** Upscale factor after denoising. Default 2. */
  readonly upscale?: number;
  /** Estimate and undo skew. Default true. */
  readonly deskew?: boolean;
}

export interface PreprocessResult {
  readonly png: Buffer;
  readonly threshold: number;
  readonly skewDeg: number;
}

/** Median → upscale → Otsu binarise → deskew, as a PNG ready for tesseract. */
export async function preprocessForOcr(png: Buffer, options: PreprocessOptions = {}): Promise<PreprocessResult> {
  const upscale = options.upscale ?? 2;
  if (!(upscale > 0 && upscale <= 4)) throw new OcrError('INVALID_OPTIONS', 'upscale must be in (0, 4]', { upscale });
  const img = await decodePng(png);
  const denoised = median3(toGray(img));
  // re-draw the denoised image larger (canvas does the bilinear/bicubic upscale)
  const bigger = upscale === 1 ? denoised : toGray(await decodePng(encodeGray(denoised)), upscale);
  const threshold = otsuThreshold(bigger);
  const binary = binarise(bigger, threshold);
  const skewDeg = options.deskew === false ? 0 : estimateSkewDeg(binary);
  return { png: encodeGray(binary, skewDeg), threshold, skewDeg };
}
