import { describe, expect, it } from 'vitest';
import { exportFilename, type FilenameScope } from './filename';

const all: FilenameScope = { sections: null, dialogueOnly: false, speakers: null, kinds: null, minWeight: 1 };

describe('exportFilename', () => {
  it.each<[Partial<FilenameScope>, string, string, string]>([
    [{}, 'npmi', 'png', 'scaling-era_all_npmi.png'],
    [{ sections: ['s5', 's6'], dialogueOnly: true }, 'npmi', 'png', 'scaling-era_dialogue-only_npmi.png'],
    [{ sections: ['s2'] }, 'count', 'svg', 'scaling-era_s2_count.svg'],
    [{ sections: ['s1', 's2', 's3', 's4'] }, 'jaccard', 'gexf', 'scaling-era_4-sections_jaccard.gexf'],
    [{ sections: [] }, 'npmi', 'json', 'scaling-era_no-sections_npmi.json'],
    [{ speakers: ['russ'], minWeight: 3 }, 'npmi', 'csv', 'scaling-era_all_russ_min3_npmi.csv'],
    [{ speakers: ['_none'], kinds: ['person'] }, 'npmi', 'graphml', 'scaling-era_all_narration_person_npmi.graphml']
  ])('%o', (scope, measure, ext, name) => {
    expect(exportFilename('scaling-era', { ...all, ...scope }, measure as 'npmi', ext)).toBe(name);
  });
});
