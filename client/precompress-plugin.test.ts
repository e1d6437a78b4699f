import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_BYTES, precompressDirectory } from './precompress-plugin.js';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('precompressDirectory', () => {
  it('writes brotli and gzip copies of compressible files above the threshold, and nothing else', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'precompress-'));
    await mkdir(path.join(dir, 'assets'));
    const script = Buffer.from('export const greeting = "hola";\n'.repeat(200));
    await writeFile(path.join(dir, 'assets', 'index-AbCd1234.js'), script);
    await writeFile(path.join(dir, 'assets', 'index-AbCd1234.js.map'), script);
    await writeFile(path.join(dir, 'assets', 'logo-AbCd1234.png'), Buffer.alloc(4096, 7));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html>'.padEnd(MIN_BYTES - 1, ' '));

    expect(await precompressDirectory(dir)).toEqual([path.join('assets', 'index-AbCd1234.js')]);

    expect(brotliDecompressSync(await readFile(path.join(dir, 'assets', 'index-AbCd1234.js.br')))).toEqual(script);
    expect(gunzipSync(await readFile(path.join(dir, 'assets', 'index-AbCd1234.js.gz')))).toEqual(script);
    expect((await readdir(path.join(dir, 'assets'))).sort()).toEqual([
      'index-AbCd1234.js',
      'index-AbCd1234.js.br',
      'index-AbCd1234.js.gz',
      'index-AbCd1234.js.map',
      'logo-AbCd1234.png',
    ]);
    expect(await readdir(dir)).not.toContain('index.html.br');
  });
});
