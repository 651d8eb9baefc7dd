import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/internal/sha256.js';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('equals node:crypto at the padding edges (55, 56, 63, 64, 65 bytes) and over several blocks', () => {
    for (const length of [1, 55, 56, 63, 64, 65, 119, 120, 1000])
      expect(sha256Hex('a'.repeat(length))).toBe(nodeSha256('a'.repeat(length)));
  });

  it('hashes the UTF-8 bytes: Norwegian letters and characters outside the BMP', () => {
    for (const text of ['Røros–Os–Holtålen', 'æøå ÆØÅ', '§12 «uttreden»', '😀'])
      expect(sha256Hex(text)).toBe(nodeSha256(text));
  });

  it('equals node:crypto for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text));
      }),
    );
  });
});
