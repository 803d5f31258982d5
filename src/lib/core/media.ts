/**
 * The recording behind a timestamped transcript: checks a media URL (http or https only, no credentials, at most
 * 2,000 characters) and links a moment of it. `#t=<seconds>` (W3C media fragments: plain audio and video files,
 * most players) or, for YouTube, its own `t=<seconds>` query parameter. Pure: no DOM, no network.
 */

/** Longest media URL accepted. */
export const MAX_MEDIA_URL = 2000;

export type MediaUrlCheck = { ok: true; url: string } | { ok: false; problem: string };

/** Whether `raw` is an acceptable recording URL; the URL in its normalised form (`new URL(...).href`). */
export function checkMediaUrl(raw: string): MediaUrlCheck {
  const s = raw.trim();
  if (s === '') return { ok: false, problem: 'the media URL is empty' };
  if (s.length > MAX_MEDIA_URL) return { ok: false, problem: `the media URL is longer than ${MAX_MEDIA_URL} characters` };
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return { ok: false, problem: `"${s.slice(0, 80)}" is not an absolute URL (write it as https://host/path)` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { ok: false, problem: `the media URL must start with http:// or https://, not ${u.protocol}` };
  if (u.username || u.password) return { ok: false, problem: 'the media URL must not hold a user name or password' };
  if (!u.hostname) return { ok: false, problem: 'the media URL has no host' };
  return { ok: true, url: u.href };
}

const YOUTUBE = /^(?:www\.|m\.|music\.)?(?:youtube\.com|youtube-nocookie\.com|youtu\.be)$/i;

/**
 * The URL of second `seconds` of the recording: YouTube gets `t=<s>` in its query, anything else `#t=<s>`
 * (an existing fragment is replaced). Null when the URL is not acceptable or the time is not a finite number >= 0.
 */
export function momentUrl(media: string, seconds: number): string | null {
  const checked = checkMediaUrl(media);
  if (!checked.ok || !Number.isFinite(seconds) || seconds < 0) return null;
  const u = new URL(checked.url);
  const s = Math.floor(seconds);
  if (YOUTUBE.test(u.hostname)) {
    u.searchParams.set('t', String(s));
    return u.href;
  }
  u.hash = `t=${s}`;
  return u.href;
}
