// CRX3, the signed package format Chrome and Edge install from outside their stores (Chromium's
// components/crx_file/crx3.proto and crx_verifier.cc):
//   "Cr24" | uint32 LE 3 | uint32 LE header length | CrxFileHeader (protobuf) | ZIP archive
// CrxFileHeader { repeated AsymmetricKeyProof sha256_with_rsa = 2; bytes signed_header_data = 10000; }
// AsymmetricKeyProof { bytes public_key = 1; bytes signature = 2; }   SignedData { bytes crx_id = 1; }
// The RSA-SHA256 (PKCS#1 v1.5) signature covers "CRX3 SignedData\0", uint32 LE length of signed_header_data,
// signed_header_data, then the archive. The protobuf is written by hand: three length-delimited fields.
import { createHash, createPrivateKey, createPublicKey, createSign, type KeyObject } from 'node:crypto';

export const CRX_MAGIC = 'Cr24';
export const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\x00', 'latin1');

/** A problem the user can fix (bad key, bad option, missing build): printed without a stack trace. */
export class ReleaseError extends Error {}

function varint(value: number): Buffer {
  const bytes: number[] = [];
  let v = value;
  while (v >= 0x80) {
    bytes.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  bytes.push(v);
  return Buffer.from(bytes);
}

/** A length-delimited protobuf field (wire type 2). */
function field(number: number, bytes: Buffer): Buffer {
  return Buffer.concat([varint(number * 8 + 2), varint(bytes.length), bytes]);
}

/** The 16-byte CRX id: the start of the SHA-256 of the DER SubjectPublicKeyInfo. */
export function crxId(publicKeyDer: Buffer): Buffer {
  return createHash('sha256').update(publicKeyDer).digest().subarray(0, 16);
}

/** The extension ID Chrome shows: the CRX id in hex, with the digits 0-f written as the letters a-p. */
export function extensionId(publicKeyDer: Buffer): string {
  return [...crxId(publicKeyDer).toString('hex')].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** An RSA private key from PEM text (PKCS#8 or PKCS#1); anything else is a ReleaseError that says what is wrong. */
export function parseRsaPrivateKey(pem: string | Buffer, source = 'the key'): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch (error) {
    const text = String(pem);
    if (/ENCRYPTED/.test(text)) throw new ReleaseError(`${source} is encrypted with a passphrase; give an unencrypted PEM key (openssl pkey -in key.pem -out plain.pem)`);
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) throw new ReleaseError(`${source} is not a PEM private key (expected "-----BEGIN PRIVATE KEY-----" or "-----BEGIN RSA PRIVATE KEY-----")`);
    throw new ReleaseError(`${source} could not be read as a private key: ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'rsa') throw new ReleaseError(`${source} is not an RSA key (it is ${key.asymmetricKeyType ?? 'of an unknown type'}); this release script signs with RSA only (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048)`);
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < 2048) throw new ReleaseError(`${source} is a ${bits}-bit RSA key; use 2048 bits or more`);
  return key;
}

export function publicKeyDer(privateKey: KeyObject): Buffer {
  return createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
}

/** The CRX3 file for `archive` (a ZIP), signed with `privateKey` (RSA). */
export function packCrx3(archive: Buffer, privateKey: KeyObject): Buffer {
  const publicKey = publicKeyDer(privateKey);
  const signedHeaderData = field(1, crxId(publicKey)); // SignedData { crx_id }
  const length = Buffer.alloc(4);
  length.writeUInt32LE(signedHeaderData.length);
  const signer = createSign('sha256');
  signer.update(SIGNATURE_CONTEXT);
  signer.update(length);
  signer.update(signedHeaderData);
  signer.update(archive);
  const signature = signer.sign(privateKey); // RSA keys sign with PKCS#1 v1.5 by default
  const header = Buffer.concat([
    field(2, Buffer.concat([field(1, publicKey), field(2, signature)])), // sha256_with_rsa
    field(10000, signedHeaderData),
  ]);
  const prefix = Buffer.alloc(12);
  prefix.write(CRX_MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(3, 4);
  prefix.writeUInt32LE(header.length, 8);
  return Buffer.concat([prefix, header, archive]);
}
