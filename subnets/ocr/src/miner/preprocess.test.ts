import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDocument, type RenderStyle } from '../validator/render.js';
import { binarise, decodePng, estimateSkewDeg, median3, otsuThreshold, preprocessForOcr, toGray } from './preprocess.js';
import { createTesseractRawStrategy } from './strategies.js';

const style = (rotationDeg: number): RenderStyle => ({
  fontFamily: 'DejaVu Sans',
  fontSizePx: 18,
  lineSpacing: 1.5,
  ink: 20,
  paper: 240,
  rotationDeg,
  blurPx: 0,
  speckle: 0.03,
  grain: 10,
  marginPx: 16,
  noiseSeed: '1',
});
const LINES = ['INVOICE No. 48213', 'Date: 2026-03-14', '3 x Desk lamp @ 12.50 = 37.50', 'Total due: 81.20 USD', 'Ref: K7QX-M4TD'];

test('deskew recovers the rotation the generator applied', async () => {
  for (const deg of [-2, -1, 0, 1.5]) {
    const g = toGray(await decodePng(renderDocument(LINES, style(deg))), 2);
    const est = estimateSkewDeg(binarise(g, otsuThreshold(g)));
    assert.ok(Math.abs(est - deg) <= 0.5, `applied ${deg}°, estimated ${est}°`);
  }
});

test('median removes isolated speckles; Otsu separates ink from paper', async () => {
  const g = toGray(await decodePng(renderDocument(LINES, style(0))));
  const t = otsuThreshold(g);
  assert.ok(t > 30 && t < 230, `threshold ${t}`);
  const isolatedDark = (img: typeof g): number => {
    let n = 0;
    for (let y = 1; y < img.height - 1; y++)
      for (let x = 1; x < img.width - 1; x++) {
        if (img.data[y * img.width + x]! > t) continue;
        let darkNeighbours = 0;
        for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) if (img.data[(y + dy) * img.width + x + dx]! <= t) darkNeighbours++;
        if (darkNeighbours === 0) n++;
      }
    return n;
  };
  const before = isolatedDark(g);
  assert.ok(before > 20, `speckles present: ${before}`);
  assert.ok(isolatedDark(median3(g)) < before / 10);
  const out = await preprocessForOcr(renderDocument(LINES, style(1)));
  const img = await decodePng(out.png);
  assert.equal(img.width, Math.round((await decodePng(renderDocument(LINES, style(1)))).width * 2));
});

test('a non-image is refused with INVALID_IMAGE before it reaches tesseract', async () => {
  const raw = createTesseractRawStrategy();
  await assert.rejects(raw.recognize(Buffer.from('not a png')), (e: Error & { code?: string }) => e.code === 'INVALID_IMAGE');
  await assert.rejects(preprocessForOcr(Buffer.from('nope')), (e: Error & { code?: string }) => e.code === 'INVALID_IMAGE');
  await raw.close();
});
