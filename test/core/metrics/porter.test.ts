import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { porterStem } from '@sextant/core';

// Word → stem pairs computed by NLTK 3.8's PorterStemmer (fixtures/gen-porter.py, Debian's /usr/bin/python3).
const lines = gunzipSync(readFileSync(fileURLToPath(new URL('./fixtures/porter-nltk.tsv.gz', import.meta.url))))
  .toString('utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'));
const pairs = lines.map((l) => l.split('\t') as [string, string]);

describe('porterStem = NLTK 3.8 PorterStemmer (NLTK_EXTENSIONS)', () => {
  it(`matches NLTK on all ${pairs.length} reference words`, () => {
    expect(pairs.length).toBeGreaterThan(50000);
    const wrong: string[] = [];
    for (const [word, stem] of pairs) {
      const got = porterStem(word);
      if (got !== stem) wrong.push(`${word}: NLTK ${stem}, got ${got}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("gives NLTK's stems for the docstring examples and its extensions", () => {
    // Values printed by NLTK 3.8 (/usr/bin/python3: PorterStemmer().stem(w)).
    const want: Record<string, string> = {
      caresses: 'caress',
      ponies: 'poni',
      flies: 'fli',
      dies: 'die',
      spied: 'spi',
      died: 'die',
      agreed: 'agre',
      feed: 'feed',
      hopping: 'hop',
      falling: 'fall',
      filing: 'file',
      happy: 'happi',
      enjoy: 'enjoy',
      sky: 'sky',
      skies: 'sky',
      relational: 'relat',
      conditional: 'condit',
      triplicate: 'triplic',
      revival: 'reviv',
      adoption: 'adopt',
      controll: 'control',
      roll: 'roll',
      generously: 'gener',
      running: 'run',
      generalization: 'gener',
      Happily: 'happili',
      dying: 'die',
    };
    for (const [w, stem] of Object.entries(want)) expect(porterStem(w), w).toBe(stem);
  });

  it('refuses a non-string', () => {
    expect(() => porterStem(3 as unknown as string)).toThrow(/word must be a string/);
  });
});
