// Signed bank files (#16): a publisher signs the exact bytes of the bank file with an
// ECDSA P-256 key (SHA-256) and serves the signature beside it (`<file>.sig`, base64).
// A subscriber who pinned the publisher's public key refuses any file whose signature does
// not verify. ECDSA P-256 rather than Ed25519: every browser Juku runs in (Chromium, Firefox
// ESR 115+) and Node have it in WebCrypto; Ed25519 came to them years later.
// Pure WebCrypto: the same code in the background, the options page and Node tests.

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export type PublicKeyJwk = { kty: 'EC'; crv: 'P-256'; x: string; y: string };

export type PublisherKeys = { publicKey: PublicKeyJwk; privateKey: JsonWebKey };

export async function makePublisherKeys(): Promise<PublisherKeys> {
  const pair = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  const [publicJwk, privateKey] = await Promise.all([crypto.subtle.exportKey('jwk', pair.publicKey), crypto.subtle.exportKey('jwk', pair.privateKey)]);
  return { publicKey: publicKeyOf(publicJwk), privateKey };
}

/** Only the fields that make the key: what a subscriber pins and compares. */
function publicKeyOf(jwk: JsonWebKey): PublicKeyJwk {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string') throw new Error('不是 P-256 公钥');
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

/** Reads a pasted public key (JSON), or null when it is not a P-256 public key. */
export function parsePublicKey(text: string): PublicKeyJwk | null {
  try {
    return publicKeyOf(JSON.parse(text) as JsonWebKey);
  } catch {
    return null;
  }
}

export async function signBytes(bytes: Uint8Array, privateKey: JsonWebKey): Promise<string> {
  const key = await crypto.subtle.importKey('jwk', privateKey, ALGORITHM, false, ['sign']);
  return toBase64(new Uint8Array(await crypto.subtle.sign(SIGN, key, bytes as BufferSource)));
}

/** True only when `signature` (base64) is the pinned key's signature of exactly these bytes. */
export async function verifyBytes(bytes: Uint8Array, signature: string, publicKey: PublicKeyJwk): Promise<boolean> {
  let raw: Uint8Array;
  try {
    raw = fromBase64(signature.trim());
  } catch {
    return false;
  }
  const key = await crypto.subtle.importKey('jwk', { ...publicKey, ext: true }, ALGORITHM, false, ['verify']);
  return crypto.subtle.verify(SIGN, key, raw as BufferSource, bytes as BufferSource);
}

/** A short fingerprint of a public key, for the writer to compare with the publisher's. */
export async function keyFingerprint(publicKey: PublicKeyJwk): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${publicKey.x}.${publicKey.y}`)));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(':');
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
