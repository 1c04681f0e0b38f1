/** The demo picture renders: LibreOffice computes the sample team's template and Chromium photographs it. */
import { describe, expect, it } from 'vitest';
import { sampleTeam, templatePng } from './screenshot';

describe('template picture', () => {
  it('is a PNG of the score sheet, wide enough to read', async () => {
    const png = await templatePng(sampleTeam());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    expect(width).toBeGreaterThan(1000);
    expect(height).toBeGreaterThan(300);
  });
});
