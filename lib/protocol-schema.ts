// The schemas of every request, validated where requests are received (the background).
// Kept apart from protocol.ts so the content script, which only sends, does not bundle zod.
import { z } from 'zod';
import { once } from './once';
import { ROLES } from './roles';
import { MAX_CONTEXT_CHARS } from './engine/document-context';
import { bankRequestSchemas } from './bank/protocol';
import { syncRequestSchemas } from './sync/protocol';

const MAX_BEFORE_CHARS = 2000;

// The schemas are made on first use (#19): making zod schemas costs milliseconds at each
// wake of the background, and a wake's first request is nearly always a keystroke's, which
// needs only its own.
function makeSuggestRequestSchema() {
  return z.object({
    type: z.literal('suggest'),
    before: z.string().max(MAX_BEFORE_CHARS),
    headings: z.array(z.string().max(200)).max(20).default([]),
    limit: z.number().int().min(1).max(20).default(5),
    /** The document's text above the caret's paragraph (lib/engine/document-engine.ts). */
    context: z.string().max(MAX_CONTEXT_CHARS).default(''),
    /** The context is the one this connection sent last (not sent again: it is large). */
    sameContext: z.boolean().default(false),
    /** Every row the engine has, without the show gate (lib/engine/show-gate.ts). */
    all: z.boolean().default(false),
  });
}
const suggestRequestSchema = once(makeSuggestRequestSchema);

function makeRequestSchema() {
  return z.discriminatedUnion('type', [
    suggestRequestSchema(),
    z.object({
      type: z.literal('recordUse'),
      id: z.string().min(1).max(64),
      charsSaved: z.number().int().min(0).max(100_000),
    }),
    z.object({ type: z.literal('bankStats') }),
    z.object({
      type: z.literal('paletteSearch'),
      query: z.string().max(200),
      kind: z.enum(['all', 'phrase', 'skeleton']).default('all'),
      role: z.enum(ROLES).optional(),
      headings: z.array(z.string().max(200)).max(20).default([]),
      limit: z.number().int().min(1).max(100).default(30),
    }),
    z.object({ type: z.literal('getSkeleton'), id: z.string().min(1).max(64) }),
    // Opens the extension's add window with the text prefilled; the writer saves it there.
    z.object({ type: z.literal('openAddWindow'), text: z.string().max(4000) }),
    // The wording rules in force, for the check in a page (the shipped rules with the
    // writer's files merged, validated here: no page loads the rule schemas, #19).
    z.object({ type: z.literal('wordingRules') }),
    // A repeated phrase's alternatives from the bank (#17): the phrases the check listed.
    z.object({ type: z.literal('wordingAlternatives'), phrases: z.array(z.string().min(1).max(64)).max(20) }),
    // A backup to the writer's folder now (`force`), or only if one is due (#15).
    z.object({ type: z.literal('fileBackupRun'), force: z.boolean().default(false) }),
    ...bankRequestSchemas(),
    ...syncRequestSchemas(),
  ]);
}
const requestSchema = once(makeRequestSchema);

/** A request as received (from a page, from the extension's pages), checked, or why not. */
export function parseRequest(raw: unknown) {
  if ((raw as { type?: unknown } | null)?.type === 'suggest') return suggestRequestSchema().safeParse(raw);
  return requestSchema().safeParse(raw);
}
export type Request = z.infer<ReturnType<typeof makeRequestSchema>>;
export type RequestInput = z.input<ReturnType<typeof makeRequestSchema>>;
export type RequestType = Request['type'];

/** What a content script, running inside pages we do not control, may ask. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set([
  'suggest',
  'recordUse',
  'paletteSearch',
  'getSkeleton',
  // Writes nothing: the bank changes only if the writer saves in the extension's own window.
  'openAddWindow',
  // Reads a few of the bank's words for phrases the page already has: what the palette shows.
  'wordingAlternatives',
  // The wording rules (the shipped ones and the writer's own), for the check.
  'wordingRules',
]);
