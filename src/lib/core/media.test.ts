import { describe, expect, it } from 'vitest';
import { checkMediaUrl, momentUrl } from './media';

describe('checkMediaUrl', () => {
  it('accepts http and https URLs and normalises them', () => {
    expect(checkMediaUrl(' https://example.org/talk.mp3 ')).toEqual({ ok: true, url: 'https://example.org/talk.mp3' });
    expect(checkMediaUrl('http://EXAMPLE.org')).toEqual({ ok: true, url: 'http://example.org/' });
  });
  it.each([
    ['javascript:alert(1)', /http/],
    ['data:text/html,<b>x</b>', /http/],
    ['file:///etc/passwd', /http/],
    ['ftp://example.org/a.mp3', /http/],
    ['/relative/talk.mp3', /absolute/],
    ['https://user:pw@example.org/a.mp3', /password/],
    ['', /empty/],
    [`https://example.org/${'a'.repeat(2001)}`, /longer/]
  ])('refuses %s', (raw, problem) => {
    const r = checkMediaUrl(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(problem);
  });
});

describe('momentUrl', () => {
  it('uses YouTube\'s t parameter, keeping the video id', () => {
    expect(momentUrl('https://www.youtube.com/watch?v=abc123', 125.7)).toBe('https://www.youtube.com/watch?v=abc123&t=125');
    expect(momentUrl('https://youtu.be/abc123?t=5', 60)).toBe('https://youtu.be/abc123?t=60');
  });
  it('uses a media fragment elsewhere, replacing an existing fragment', () => {
    expect(momentUrl('https://example.org/talk.mp3', 3725)).toBe('https://example.org/talk.mp3#t=3725');
    expect(momentUrl('https://example.org/talk.mp3#t=10', 0)).toBe('https://example.org/talk.mp3#t=0');
  });
  it('gives nothing for a bad URL or time', () => {
    expect(momentUrl('javascript:alert(1)', 5)).toBeNull();
    expect(momentUrl('https://example.org/a.mp3', Number.NaN)).toBeNull();
    expect(momentUrl('https://example.org/a.mp3', -1)).toBeNull();
  });
});
