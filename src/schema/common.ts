/**
 * Building blocks shared by every content type: ids, dates, URLs, language tags.
 * Imports only `astro/zod`, so Astro, the checker, scripts and tests load the same definitions.
 */
import { z } from 'astro/zod';
import { nonPublicHostReason } from './host';

/** kebab-case: lowercase letters and digits in groups joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 80;

/** The id of an entry: its file name without extension, in kebab-case. */
export const EntryId = z
  .string()
  .max(ID_MAX_LENGTH, `an id has at most ${ID_MAX_LENGTH} characters`)
  .regex(ID_PATTERN, 'an id is kebab-case: lowercase letters and digits joined by single hyphens');

/**
 * A file name Windows keeps for a device (CON, PRN, AUX, NUL, COM1-9, LPT1-9, also with superscript
 * digits), in any case and whatever follows the first dot: Windows cannot create such a file, nor
 * a folder of that name in the offline edition. Returns the device name, or undefined.
 */
export function windowsDeviceName(fileName: string): string | undefined {
  return /^(?:con|prn|aux|nul|com[1-9\u00b9\u00b2\u00b3]|lpt[1-9\u00b9\u00b2\u00b3])$/i.exec(fileName.split('.')[0])?.[0].toUpperCase();
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether year, month and day name a day that exists in the proleptic Gregorian calendar. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined unless the string is exactly one of those and
 * names a real calendar period. Shared by the schemas, the checker's date comparisons and the site.
 */
export function parsePartialDate(text: string): { year: number; month?: number; day?: number } | undefined {
  const m = DATE_PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && !isCalendarDay(year, month!, day)) return undefined;
  return { year, month, day };
}

/** A full ISO date, `YYYY-MM-DD`, that exists in the calendar. Quote it in YAML: `"2024-11-21"`. */
export const IsoDate = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && parsePartialDate(s) !== undefined, {
    message: 'expected a real calendar date written YYYY-MM-DD, for example "2024-11-21"',
    params: { rule: 'invalid-date' },
  });

/** A date known to the year, month or day: `"2024"`, `"2024-11"` or `"2024-11-21"`. */
export const PartialDate = z.string().refine((s) => parsePartialDate(s) !== undefined, {
  message: 'expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, for example "2024-11"',
  params: { rule: 'invalid-date' },
});

/** A partial date, or the word `unknown` where the source shows no date. */
export const PartialDateOrUnknown = z.string().refine((s) => s === 'unknown' || parsePartialDate(s) !== undefined, {
  message: 'expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, or the word "unknown"',
  params: { rule: 'invalid-date' },
});

/**
 * Characters that reorder or hide text (Trojan Source, CVE-2021-42574): zero-width characters,
 * direction marks, embeddings, overrides and isolates (U+061C, U+200E/F, U+202A-E, U+2066-9), the
 * byte order mark and the invisible tag characters (U+E0000-E007F). Never allowed in ids, keys, URLs,
 * props or code.
 */
export const INVISIBLE_OR_BIDI = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/u;

/**
 * Why a URL is not a safe public web address, or undefined when it is. The URL is normalised once,
 * by the WHATWG URL parser that browsers use, and the normalised host is judged: `http://0x7f.1/`,
 * `http://2130706433/` and `https://%6c%6fcalhost/` are all 127.0.0.1 or localhost to a browser.
 * `z.string().url()` accepts `javascript:`, `data:`, `http:/x` and `https:example.com`, so the
 * shape is checked here by hand.
 */
export function unsafeUrlReason(url: string): string | undefined {
  if (INVISIBLE_OR_BIDI.test(url)) return 'contains an invisible or direction-changing character';
  if (/\s/.test(url)) return 'contains white space';
  if (!/^https?:\/\/[^/]/.test(url)) return 'must start with https:// (or http://) followed by a host name';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a well-formed URL';
  }
  if (parsed.username || parsed.password) return 'must not contain a user name or password';
  return nonPublicHostReason(parsed.hostname);
}

/** A public web address starting with `https://` (or `http://`), with no credentials or spaces. */
export const WebUrl = z.string().superRefine((s, ctx) => {
  const reason = unsafeUrlReason(s);
  if (reason) ctx.addIssue({ code: 'custom', message: `this URL ${reason}`, params: { rule: 'unsafe-url' } });
});

/** A BCP 47 language tag such as `en`, `zh`, `zh-Hans` or `ug`. */
export const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en", "zh" or "zh-Hans"');

/** Text that must say something: at least one visible character. */
export const Text = z.string().trim().min(1, 'must not be empty');

/** A short line of text: at most `max` characters, not empty. */
export const Line = (max: number) => Text.pipe(z.string().max(max, `keep this under ${max} characters`));
