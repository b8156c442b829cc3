import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decode } from '../../src/read/decode.js';
import { InputError } from '../../src/read/errors.js';

const cyrillic = 'Президент Республики Беларусь провёл переговоры с Президентом Таджикистана в Минске. Товарооборот вырос.';
const latin1 = 'Le président de la République a reçu à l’Élysée le Premier ministre. Échanges économiques élargis, coopération réaffirmée.'.replace('’', "'");

describe('decode', () => {
  it('reads UTF-8', () => {
    assert.deepEqual(decode(Buffer.from('Tajikistan – Belarus', 'utf8'), 'a.txt'), { text: 'Tajikistan – Belarus', encoding: 'UTF-8' });
  });
  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Dushanbe, 12 October', 'utf16le')]);
    assert.equal(decode(bytes, 'a.txt').text, 'Dushanbe, 12 October');
    assert.equal(decode(bytes, 'a.txt').encoding, 'UTF-16LE');
  });
  it('reads UTF-16BE with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(cyrillic, 'utf16le').swap16()]);
    assert.deepEqual(decode(bytes, 'a.txt'), { text: cyrillic, encoding: 'UTF-16BE' });
  });
  it('detects KOI8-R', () => {
    const got = decode(iconv.encode(cyrillic.repeat(2), 'koi8-r'), 'ru.txt');
    assert.deepEqual(got, { text: cyrillic.repeat(2), encoding: 'KOI8-R' });
  });
  it('detects Windows-1251', () => {
    const got = decode(iconv.encode(cyrillic, 'windows-1251'), 'ru.txt');
    assert.equal(got.text, cyrillic);
    assert.equal(got.encoding, 'windows-1251');
  });
  it('detects Latin-1', () => {
    const got = decode(iconv.encode(latin1, 'latin1'), 'fr.txt');
    assert.equal(got.text, latin1);
    assert.match(got.encoding, /ISO-8859-1|windows-1252/);
  });
  it('refuses empty and binary input with a named problem', () => {
    assert.throws(
      () => decode(new Uint8Array(), 'empty.txt'),
      (e: unknown) => e instanceof InputError && e.source === 'empty.txt' && /empty/.test(e.message),
    );
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    assert.throws(() => decode(binary, 'x.bin'), /binary/);
  });
});
