/**
 * The share link: a whole case file in the URL fragment, so an attorney can send a client a link
 * that opens on the explanation without any server.
 *
 *   https://…/#v2.<base64url(deflate-raw(JSON.stringify(case file as a positional array)))>[~key=value…]
 *
 * Link versions. The number after "v" says how the payload is laid out and which case-file version
 * it holds. Each link version has its own reader (`LINK_READERS`): it turns the payload into a
 * keyed case file of the case-file version that link version carried, and nothing more. Version 1
 * links unpack to `version: 1` case files and version 2 links to `version: 2` ones; `parseCaseFile`
 * (through `restoreCaseFile`) then reads either and always returns the current case file, so what
 * an old case file meant is decided in one place, the schema, for links and imported files alike.
 * (Version 1 meant "no requests = asks for nothing"; the schema gives such a refusal `requests: []`.)
 * There is no payload-to-payload migration: a version 1 payload cannot say "version 1" any other way.
 *
 * Options. After the payload, a link may carry options: `~key=value`, any number of them. The
 * decoder reads the ones it knows (only `lang` for now) and ignores every other one, and every
 * malformed one, without failing: an option never stops a case from opening.
 *
 * When the format changes: raise CURRENT_LINK_VERSION to n+1, add `LINK_READERS[n+1]` (pure, taking
 * `unknown`, never trusting its shape: a throw is reported as a damaged link), keep every reader and
 * every golden link in tests/share/golden-links.json, and add new golden links. Never remove a
 * reader: old links live in people's mailboxes for years.
 *
 * Pure: no React, no DOM beyond the standard CompressionStream, DecompressionStream, TextEncoder,
 * TextDecoder, btoa and atob; no clock. `decodeCaseLink` treats every link as hostile and never
 * throws or rejects: each stage returns a result, and every failure is a plain-English message.
 * The format is described for humans in docs/link-format.md.
 */
import { restoreCaseFile } from '../intake/restore';
import type { CaseFile } from '../rules/types';
import { fromBase64Url, toBase64Url } from './base64url';
import { deflateRaw, inflateRaw } from './deflate';

/** The version written by `encodeCaseLink` (the `2` in `#v2.`). */
export const CURRENT_LINK_VERSION = 2;
/** Longest fragment `decodeCaseLink` looks at (options included); the largest valid case is far below it. */
export const MAX_LINK_LENGTH = 20_000;
/** Most bytes the payload may inflate to; the largest valid case is about a quarter of it. */
export const MAX_INFLATED_BYTES = 64 * 1024;

export type LinkErrorKind = 'empty' | 'malformed' | 'too_long' | 'newer_version' | 'corrupt' | 'invalid';

/** The options a link may carry after its payload (`~lang=es`). Only the known, well-formed ones. */
export interface LinkOptions {
  /** The language to show the case in: a short code of a-z and "-" ("es", "pt-br"). */
  lang?: string;
}

export type DecodeResult =
  | { ok: true; caseFile: CaseFile; warnings: string[]; options: LinkOptions }
  | { ok: false; error: string; kind: LinkErrorKind };

const MESSAGES = {
  empty: 'This link has no case in it. Ask the person who sent it for the complete link.',
  malformed:
    'This is not a case link from the refusal explainer, or part of it is missing. ' +
    'If someone sent it to you, ask them to copy the link again with "Copy link" and send all of it.',
  unknownVersion:
    'This link uses a link format the refusal explainer does not know. ' +
    'Ask the person who sent it to make a new link.',
  tooLong:
    'This link is longer than any case link the refusal explainer makes, so it was not opened. ' +
    'Ask the person who sent it to copy the link again.',
  tooBig:
    'This link holds far more data than any case the refusal explainer makes, so it was not opened. ' +
    'Ask the person who sent it to make a new link.',
  newerVersion:
    'This link was made by a newer version of the refusal explainer. ' +
    'Reload the page to get the latest version, then open the link again.',
  notACase:
    'This link opened, but what it holds is not a case from the refusal explainer. ' +
    'Ask the person who sent it to make a new link with "Copy link".',
  corrupt:
    'This link is damaged: part of it is missing or was changed, so the case in it cannot be read. ' +
    'Ask the person who sent it to copy the whole link again.',
} as const;

/** The link proper: version and payload (the options, from the first "~", are cut off before). */
const LINK_RE = /^v(\d{1,4})\.([A-Za-z0-9_-]*)$/;
/** Starts the options; never in base64url, and never escaped in a URL (RFC 3986 "unreserved"). */
const OPTIONS_MARK = '~';
/** A language code: a short run of a-z and "-", starting with a letter. */
const LANG_RE = /^[a-z][a-z-]{0,11}$/;

function fail(kind: LinkErrorKind, error: string): DecodeResult {
  return { ok: false, kind, error };
}

/*
 * The payload: a JSON array with the case file's fields by position, in the contract's order.
 * Positions instead of keys keep a typical link under 500 characters (keyed JSON of the same case
 * is about 600); enum values and dates stay as the contract spells them. "format" and "version"
 * are implied by the link version. An absent optional field or group is `null`, and trailing ones
 * are left out; empty text, empty lists and empty groups are kept, since they are what was entered.
 * So `refusal.requests` absent ("not known") is `null` (or left out at the end), and `[]` ("asks
 * for nothing") stays `[]`.
 *
 * Link version 2:
 *   [ visaClass,
 *     [ petition.status, validUntil ] | null,                   // null: no petition
 *     [ application.kind, date, post, officerSaid, passport ],
 *     [ [ seenOn, status, lastUpdated, message ], ... ],          // ceacHistory, in input order
 *     [ refusedOn, grounds, slipColor, requests, respondedOn ] | null,  // refusal
 *     notes | null,
 *     [ program.startDate ] | null,                              // program
 *     [ dv.programYear ] | null ]                                // dv
 *
 * Link version 1 is the first six positions, for a version 1 case file (the petition was required
 * then, and absent `requests` meant none).
 */
const PETITION_KEYS = ['status', 'validUntil'] as const;
const APPLICATION_KEYS = ['kind', 'date', 'post', 'officerSaid', 'passport'] as const;
const HISTORY_KEYS = ['seenOn', 'status', 'lastUpdated', 'message'] as const;
const REFUSAL_KEYS = ['refusedOn', 'grounds', 'slipColor', 'requests', 'respondedOn'] as const;
const PROGRAM_KEYS = ['startDate'] as const;
const DV_KEYS = ['programYear'] as const;

/** Drops trailing nulls, in place. */
function trimNulls(out: unknown[]): unknown[] {
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** The values of `keys` in order, undefined as null, trailing nulls left out. */
function tuple(obj: object, keys: readonly string[]): unknown[] {
  const src = obj as Record<string, unknown>;
  return trimNulls(keys.map((k) => (src[k] === undefined ? null : src[k])));
}

/** An optional group: its tuple, or null when it is absent. */
function optionalTuple(obj: object | undefined, keys: readonly string[]): unknown[] | null {
  return obj === undefined ? null : tuple(obj, keys);
}

/** A tuple back to an object; anything that is not an array is passed on for the schema to reject. */
function untuple(value: unknown, keys: readonly string[]): unknown {
  if (!Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  keys.forEach((k, i) => {
    const v: unknown = value[i];
    if (v !== null && v !== undefined) out[k] = v;
  });
  return out;
}

const isAbsent = (v: unknown): v is null | undefined => v === null || v === undefined;

/** The current (v2) payload for a case file (see above). Unknown keys are not carried. */
export function packCaseFile(cf: CaseFile): unknown[] {
  return trimNulls([
    cf.visaClass,
    optionalTuple(cf.petition, PETITION_KEYS),
    tuple(cf.application, APPLICATION_KEYS),
    cf.ceacHistory.map((e) => tuple(e, HISTORY_KEYS)),
    optionalTuple(cf.refusal, REFUSAL_KEYS),
    cf.notes === undefined ? null : cf.notes,
    optionalTuple(cf.program, PROGRAM_KEYS),
    optionalTuple(cf.dv, DV_KEYS),
  ]);
}

/**
 * The fields shared by link versions 1 and 2 (positions 0 to 5), into `out`. A null field or group
 * means "absent", as inside the groups: the schema then says what is missing. The application and
 * the history are required groups, so whatever is in their place is passed on for the schema to judge.
 */
function unpackCommon(p: unknown[], out: Record<string, unknown>): void {
  const [visaClass, petition, application, entries, refusal, notes] = p;
  if (!isAbsent(visaClass)) out.visaClass = visaClass;
  if (!isAbsent(petition)) out.petition = untuple(petition, PETITION_KEYS);
  out.application = untuple(application, APPLICATION_KEYS);
  out.ceacHistory = Array.isArray(entries) ? entries.map((e: unknown) => untuple(e, HISTORY_KEYS)) : entries;
  if (!isAbsent(refusal)) out.refusal = untuple(refusal, REFUSAL_KEYS);
  if (!isAbsent(notes)) out.notes = notes;
}

/**
 * One reader per link version: the payload of a `#vn.` link to a keyed case file, unchecked, of the
 * case-file version that link version carried. The result goes to `restoreCaseFile`, which reads
 * every case-file version and explains whatever is wrong. Each builds fresh objects key by key, so
 * "__proto__" in a payload is inert; positions beyond the ones a version knows are ignored.
 * Never remove one.
 */
export const LINK_READERS: Readonly<Record<number, (payload: unknown) => unknown>> = {
  1: (payload) => {
    if (!Array.isArray(payload)) return undefined;
    const out: Record<string, unknown> = { format: 'ceac-case', version: 1 };
    unpackCommon(payload, out);
    return out;
  },
  2: (payload) => {
    if (!Array.isArray(payload)) return undefined;
    const out: Record<string, unknown> = { format: 'ceac-case', version: 2 };
    unpackCommon(payload, out);
    const [, , , , , , program, dv] = payload as unknown[];
    if (!isAbsent(program)) out.program = untuple(program, PROGRAM_KEYS);
    if (!isAbsent(dv)) out.dv = untuple(dv, DV_KEYS);
    return out;
  },
};

/**
 * The payload of a link of version `linkVersion` (the current one unless given) back to a keyed
 * case file, unchecked; undefined when the payload is not an array or the version has no reader.
 */
export function unpackCaseFile(payload: unknown, linkVersion: number = CURRENT_LINK_VERSION): unknown {
  const read = Object.prototype.hasOwnProperty.call(LINK_READERS, linkVersion) ? LINK_READERS[linkVersion] : undefined;
  return typeof read === 'function' ? read(payload) : undefined;
}

/** The options text (what follows the payload), "" when there are none. Throws on an option the decoder would not read. */
function optionsText(options: LinkOptions | undefined): string {
  if (options?.lang === undefined) return '';
  if (typeof options.lang !== 'string' || !LANG_RE.test(options.lang)) {
    throw new RangeError(`Not a language code for a case link: ${JSON.stringify(options.lang)}`);
  }
  return `${OPTIONS_MARK}lang=${options.lang}`;
}

/**
 * The fragment (starting "#v2.") that opens `caseFile`, followed by `~lang=…` when `options.lang` is
 * given. Give it a parsed case file. Rejects (RangeError) a `lang` the decoder would not read.
 */
export async function encodeCaseLink(caseFile: CaseFile, options?: LinkOptions): Promise<string> {
  const tail = optionsText(options);
  const json = JSON.stringify(packCaseFile(caseFile));
  const deflated = await deflateRaw(new TextEncoder().encode(json));
  return `#v${CURRENT_LINK_VERSION}.${toBase64Url(deflated)}${tail}`;
}

/** `baseHref` with its fragment (if any) replaced by `fragment`. */
export function caseLinkUrl(baseHref: string, fragment: string): string {
  const hashAt = baseHref.indexOf('#');
  const base = hashAt === -1 ? baseHref : baseHref.slice(0, hashAt);
  const frag = fragment.startsWith('#') ? fragment : `#${fragment}`;
  return base + frag;
}

/**
 * The known, well-formed options in `text` (what follows the first "~", without it). Options are
 * separated by "~", each `key=value` (split at the first "="). An option with an unknown key, no
 * "=", an empty key or a value that is not well-formed is ignored; so is a repeat of a key already
 * read (the first well-formed one counts). Never throws.
 */
export function parseLinkOptions(text: string): LinkOptions {
  const options: LinkOptions = {};
  for (const item of text.split(OPTIONS_MARK)) {
    const eq = item.indexOf('=');
    if (eq <= 0) continue;
    const key = item.slice(0, eq);
    const value = item.slice(eq + 1);
    if (key === 'lang' && options.lang === undefined && LANG_RE.test(value)) options.lang = value;
  }
  return options;
}

/** The link's own message for a case that is not valid: the first problems the schema found, then what to do. */
function describeProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, 3);
  const more = problems.length - shown.length;
  const tail = more > 0 ? ` There ${more === 1 ? 'is 1 more problem' : `are ${more} more problems`}.` : '';
  return `This link opened, but the case in it is not valid. ${shown.join(' ')}${tail} Ask the person who sent it to check the case and make a new link.`;
}

/**
 * Reads a link fragment (with or without the leading "#"; a whole pasted URL works too), with any
 * options after the payload. Never throws, never rejects: anything wrong with the case gives
 * `{ ok: false, kind, error }` with a message an applicant can act on; options never cause a failure.
 */
export async function decodeCaseLink(fragment: string): Promise<DecodeResult> {
  try {
    return await decodeStaged(fragment);
  } catch {
    return fail('corrupt', MESSAGES.corrupt);
  }
}

async function decodeStaged(fragment: unknown): Promise<DecodeResult> {
  if (typeof fragment !== 'string') return fail('empty', MESSAGES.empty);
  // Stage 1: the frame. Length first, so no later stage ever sees a huge input.
  if (fragment.length > MAX_LINK_LENGTH + 2048) return fail('too_long', MESSAGES.tooLong);
  const hashAt = fragment.indexOf('#');
  const text = (hashAt === -1 ? fragment : fragment.slice(hashAt + 1)).trim();
  if (text === '') return fail('empty', MESSAGES.empty);
  if (text.length > MAX_LINK_LENGTH) return fail('too_long', MESSAGES.tooLong);
  const markAt = text.indexOf(OPTIONS_MARK);
  const linkText = markAt === -1 ? text : text.slice(0, markAt);
  const options = markAt === -1 ? {} : parseLinkOptions(text.slice(markAt + 1));
  if (linkText === '') return fail('empty', MESSAGES.empty);
  const m = LINK_RE.exec(linkText);
  if (!m) return fail('malformed', MESSAGES.malformed);
  const version = Number(m[1]);
  const data = m[2] ?? '';
  if (String(version) !== m[1] || version < 1) return fail('malformed', MESSAGES.malformed);
  if (version > CURRENT_LINK_VERSION) return fail('newer_version', MESSAGES.newerVersion);
  if (data === '') return fail('malformed', MESSAGES.malformed);

  // Stage 2: base64url.
  const bytes = fromBase64Url(data);
  if (!bytes) return fail('corrupt', MESSAGES.corrupt);

  // Stage 3: inflate, with a hard cap.
  const inflated = await inflateRaw(bytes, MAX_INFLATED_BYTES);
  if (!inflated.ok) {
    return inflated.reason === 'too_big' ? fail('too_long', MESSAGES.tooBig) : fail('corrupt', MESSAGES.corrupt);
  }

  // Stage 4: UTF-8 and JSON.
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
  } catch {
    return fail('corrupt', MESSAGES.corrupt);
  }

  // Stage 5: the link version's reader, payload to a keyed case file of that link's case-file version.
  if (!Object.prototype.hasOwnProperty.call(LINK_READERS, version)) return fail('malformed', MESSAGES.unknownVersion);
  if (!Array.isArray(payload)) return fail('invalid', MESSAGES.notACase);
  let unpacked: unknown;
  try {
    unpacked = unpackCaseFile(payload, version);
  } catch {
    return fail('corrupt', MESSAGES.corrupt);
  }

  // Stage 6: the case-file schema (reads every case-file version, returns the current one).
  const parsed = restoreCaseFile(unpacked);
  if (!parsed.ok) return fail('invalid', describeProblems(parsed.errors));
  return { ok: true, caseFile: parsed.caseFile, warnings: parsed.warnings, options };
}
