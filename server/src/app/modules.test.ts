import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MODULES } from './modules.js';

const MODULES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../modules');

describe('the module list', () => {
  it('names every folder under modules/ once, by its folder name', () => {
    const folders = readdirSync(MODULES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(MODULES.map((module) => module.name).sort()).toEqual(folders.sort());
  });
});
