import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as 64 lowercase hex
 * digits: synchronous and the same in every runtime (Node and browsers), for
 * fingerprints of clause texts. The hash is @noble/hashes' audited
 * implementation, not our own.
 *
 * @example
 * sha256Hex('abc'); //=> 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
