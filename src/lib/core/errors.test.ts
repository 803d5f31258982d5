/** One error hierarchy: every typed error of the project is a TopicgraphError, so the CLI can map it by class. */
import { describe, expect, it } from 'vitest';
import { CatalogError, GraphFileError, InputError, TopicgraphError } from './errors';
import { LayoutSettingsError } from './layout/simulation';
import { CatalogAliasError, CatalogRegexError, RegexBudgetError } from './match/errors';
import { SourceError } from './source/decode';
import { ExportImageError } from '../export/image/errors';
import { BackboneSettingsError } from './analysis/backbone';
import { LayoutError } from '../engine/layout-client';
import { CancelledError, JobError, WorkerFailedError } from '../engine/protocol';
import { SiteConfigError } from '../session/site-files';

describe('TopicgraphError', () => {
  it.each([
    ['InputError', new InputError({ file: 'f' }, 'm', 'h')],
    ['CatalogError', new CatalogError('f', [{ path: '$', message: 'm' }], 'h')],
    ['GraphFileError', new GraphFileError({ file: 'f' }, 'm')],
    ['SourceError', new SourceError('empty', 'f', null, 'm', 'h')],
    ['CatalogAliasError', new CatalogAliasError('m', 'x', 0, '$.concepts[0]')],
    ['CatalogRegexError', new CatalogRegexError('syntax', '(', 'x', 0, '$.concepts[0].aliases[0]', 'd')],
    ['RegexBudgetError', new RegexBudgetError('a', 'x', 0, '$.concepts[0].aliases[0]', null, 10)],
    ['ExportImageError', new ExportImageError('bad-scale', 'm')],
    ['LayoutSettingsError', new LayoutSettingsError('m')],
    ['LayoutError', new LayoutError('m')],
    ['BackboneSettingsError', new BackboneSettingsError('m')],
    ['CancelledError', new CancelledError('build')],
    ['JobError', new JobError('build', { name: 'SourceError', message: 'm' })],
    ['WorkerFailedError', new WorkerFailedError('m')],
    ['SiteConfigError', new SiteConfigError('m')]
  ])('%s derives from it and is named after its class', (name, error) => {
    expect(error).toBeInstanceOf(TopicgraphError);
    expect(error.name).toBe(name);
    expect(typeof error.format()).toBe('string');
  });

  it('formats file, line, column, JSON path and hint on one line', () => {
    expect(new InputError({ file: 'c.json', line: 3, column: 5, path: '$.concepts[0]' }, 'bad\nthing', 'Fix it').format()).toBe(
      'c.json:3:5: bad thing at $.concepts[0]. Fix it'
    );
    expect(new CatalogAliasError('$.concepts[0].aliases[1]: empty.', 'x', 1, '$.concepts[0].aliases[1]').format()).toBe('$.concepts[0].aliases[1]: empty.');
  });

  it('lists up to three catalog problems and counts the rest', () => {
    const problems = ['a', 'b', 'c', 'd', 'e'].map((m, i) => ({ path: `$.concepts[${i}]`, message: m }));
    expect(new CatalogError('c.json', problems, 'Fix').message).toBe('a at $.concepts[0]; also: b at $.concepts[1]; c at $.concepts[2] (and 2 more problems)');
  });
});
