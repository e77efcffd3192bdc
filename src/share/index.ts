/**
 * The share link: a whole case file in the URL fragment, so an attorney can send a client a link
 * that opens on the explanation without any server.
 *
 *   https://…/#v1.<base64url(deflate-raw(JSON.stringify(case file as a positional array)))>
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

/** The version written by `encodeCaseLink` (the `1` in `#v1.`). */
export const CURRENT_LINK_VERSION = 1;
/** Longest fragment `decodeCaseLink` looks at; the largest valid case is far below it. */
export const MAX_LINK_LENGTH = 20_000;
/** Most bytes the payload may inflate to; the largest valid case is about a quarter of it. */
export const MAX_INFLATED_BYTES = 64 * 1024;
/** The case-file `version` this app reads (the contract's, not the link's). */
const CASE_FILE_VERSION = 1;

export type LinkErrorKind = 'empty' | 'malformed' | 'too_long' | 'newer_version' | 'corrupt' | 'invalid';

export type DecodeResult =
  | { ok: true; caseFile: CaseFile; warnings: string[] }
  | { ok: false; error: string; kind: LinkErrorKind };

/**
 * Migrations, keyed by the link version they read: `MIGRATIONS[n]` turns the decoded JSON
 * payload of a `#vn.` link into the payload a `#v(n+1).` link would hold. A link of version n is
 * migrated step by step, n → n+1 → … → CURRENT_LINK_VERSION, and only then checked by
 * the case-file schema (through `restoreCaseFile`, which knows the current case file only). Empty while version 1 is current.
 *
 * When the format changes: raise CURRENT_LINK_VERSION to n+1, add `MIGRATIONS[n]` (pure, taking
 * `unknown` and never trusting its shape: a throw is reported as a damaged link), keep every old
 * golden link in tests/share/golden-links.json and add new ones. Never remove a migration: old
 * links live in people's mailboxes for years.
 */
export const MIGRATIONS: Readonly<Record<number, (payload: unknown) => unknown>> = {};

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

const LINK_RE = /^v(\d{1,4})\.([A-Za-z0-9_-]*)$/;

function fail(kind: LinkErrorKind, error: string): DecodeResult {
  return { ok: false, kind, error };
}

/*
 * The payload: a JSON array with the case file's fields by position, in the contract's order.
 * Positions instead of keys keep a typical link under 500 characters (keyed JSON of the same case
 * is about 600); enum values and dates stay as the contract spells them. "format" and "version"
 * are implied by the link version. An absent optional field is `null`, and trailing ones are left
 * out; empty text, empty lists and an empty refusal record are kept, since they are what was entered.
 *
 *   [ visaClass,
 *     [ petition.status, validUntil ],
 *     [ application.kind, date, post, officerSaid, passport ],
 *     [ [ seenOn, status, lastUpdated, message ], ... ],          // ceacHistory, in input order
 *     [ refusedOn, grounds, slipColor, requests, respondedOn ],  // refusal; null when absent
 *     notes ]
 */
const PETITION_KEYS = ['status', 'validUntil'] as const;
const APPLICATION_KEYS = ['kind', 'date', 'post', 'officerSaid', 'passport'] as const;
const HISTORY_KEYS = ['seenOn', 'status', 'lastUpdated', 'message'] as const;
const REFUSAL_KEYS = ['refusedOn', 'grounds', 'slipColor', 'requests', 'respondedOn'] as const;

/** The values of `keys` in order, undefined as null, trailing nulls left out. */
function tuple(obj: object, keys: readonly string[]): unknown[] {
  const src = obj as Record<string, unknown>;
  const out = keys.map((k) => (src[k] === undefined ? null : src[k]));
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
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

/** The v1 payload for a case file (see above). Unknown keys are not carried. */
export function packCaseFile(cf: CaseFile): unknown[] {
  const out: unknown[] = [
    cf.visaClass,
    tuple(cf.petition, PETITION_KEYS),
    tuple(cf.application, APPLICATION_KEYS),
    cf.ceacHistory.map((e) => tuple(e, HISTORY_KEYS)),
    cf.refusal === undefined ? null : tuple(cf.refusal, REFUSAL_KEYS),
    cf.notes === undefined ? null : cf.notes,
  ];
  while (out[out.length - 1] === null) out.pop();
  return out;
}

/**
 * A v1 payload back to a keyed case file, unchecked: the result goes to `restoreCaseFile`, which
 * explains whatever is wrong. Builds fresh objects key by key, so "__proto__" in a payload is inert.
 */
export function unpackCaseFile(payload: unknown): unknown {
  if (!Array.isArray(payload)) return undefined;
  const [visaClass, petition, application, entries, refusal, notes] = payload as unknown[];
  const out: Record<string, unknown> = { format: 'ceac-case', version: CASE_FILE_VERSION };
  // A null field means "absent" here too, as inside the groups: the schema then says the field is missing.
  if (visaClass !== null && visaClass !== undefined) out.visaClass = visaClass;
  out.petition = untuple(petition, PETITION_KEYS);
  out.application = untuple(application, APPLICATION_KEYS);
  out.ceacHistory = Array.isArray(entries) ? entries.map((e: unknown) => untuple(e, HISTORY_KEYS)) : entries;
  if (refusal !== null && refusal !== undefined) out.refusal = untuple(refusal, REFUSAL_KEYS);
  if (notes !== null && notes !== undefined) out.notes = notes;
  return out;
}

/** The fragment (starting "#v1.") that opens `caseFile`. Give it a parsed case file. */
export async function encodeCaseLink(caseFile: CaseFile): Promise<string> {
  const json = JSON.stringify(packCaseFile(caseFile));
  const deflated = await deflateRaw(new TextEncoder().encode(json));
  return `#v${CURRENT_LINK_VERSION}.${toBase64Url(deflated)}`;
}

/** `baseHref` with its fragment (if any) replaced by `fragment`. */
export function caseLinkUrl(baseHref: string, fragment: string): string {
  const hashAt = baseHref.indexOf('#');
  const base = hashAt === -1 ? baseHref : baseHref.slice(0, hashAt);
  const frag = fragment.startsWith('#') ? fragment : `#${fragment}`;
  return base + frag;
}

/**
 * Runs the migrations from link version `from` up to `to`. Exported for tests, which pass their own
 * table; the app always uses MIGRATIONS and CURRENT_LINK_VERSION.
 */
export function migrate(
  payload: unknown,
  from: number,
  migrations: Readonly<Record<number, (payload: unknown) => unknown>> = MIGRATIONS,
  to: number = CURRENT_LINK_VERSION,
): { ok: true; payload: unknown } | { ok: false; reason: 'unknown_version' | 'failed' } {
  let value = payload;
  for (let v = from; v < to; v++) {
    const step = Object.prototype.hasOwnProperty.call(migrations, v) ? migrations[v] : undefined;
    if (typeof step !== 'function') return { ok: false, reason: 'unknown_version' };
    try {
      value = step(value);
    } catch {
      return { ok: false, reason: 'failed' };
    }
  }
  return { ok: true, payload: value };
}

/** The link's own message for a case that is not valid: the first problems the schema found, then what to do. */
function describeProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, 3);
  const more = problems.length - shown.length;
  const tail = more > 0 ? ` There ${more === 1 ? 'is 1 more problem' : `are ${more} more problems`}.` : '';
  return `This link opened, but the case in it is not valid. ${shown.join(' ')}${tail} Ask the person who sent it to check the case and make a new link.`;
}

/**
 * Reads a link fragment (with or without the leading "#"; a whole pasted URL works too).
 * Never throws, never rejects: anything wrong gives `{ ok: false, kind, error }` with a message an
 * applicant can act on.
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
  const m = LINK_RE.exec(text);
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

  // Stage 5: migrate an older link to the current version.
  const migrated = migrate(payload, version);
  if (!migrated.ok) {
    return migrated.reason === 'unknown_version'
      ? fail('malformed', MESSAGES.unknownVersion)
      : fail('corrupt', MESSAGES.corrupt);
  }

  // Stage 6: the case-file schema.
  const p = migrated.payload;
  if (!Array.isArray(p)) return fail('invalid', MESSAGES.notACase);
  const parsed = restoreCaseFile(unpackCaseFile(p));
  if (!parsed.ok) return fail('invalid', describeProblems(parsed.errors));
  return { ok: true, caseFile: parsed.caseFile, warnings: parsed.warnings };
}
