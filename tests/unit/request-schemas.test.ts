// The request schemas are made on first use (#19); the request types the background routes
// by are listed without them, so the lists must name exactly the schemas' types.
import { describe, expect, it } from 'vitest';
import { BANK_REQUEST_TYPES, bankRequestSchemas } from '@/lib/bank/protocol';
import { SYNC_REQUEST_TYPES, syncRequestSchemas } from '@/lib/sync/protocol';
import { parseRequest } from '@/lib/protocol-schema';
import { MAX_CONTEXT_CHARS } from '@/lib/engine/document-context';

describe('request schemas', () => {
  it('lists the bank and sync request types their schemas have', () => {
    expect(new Set(bankRequestSchemas().map((schema) => schema.shape.type.value))).toEqual(BANK_REQUEST_TYPES);
    expect(new Set(syncRequestSchemas().map((schema) => schema.shape.type.value))).toEqual(SYNC_REQUEST_TYPES);
  });

  it('checks a keystroke’s request as the whole union does, naming the bad field', () => {
    const ok = parseRequest({ type: 'suggest', before: '增强“四个' });
    expect(ok.success && ok.data).toEqual({ type: 'suggest', before: '增强“四个', headings: [], limit: 5, context: '', sameContext: false, all: false });
    const bad = parseRequest({ type: 'suggest', before: 'x'.repeat(2001) });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['before']);
    // The document above the caret is bounded as the content script bounds it (#12).
    expect(parseRequest({ type: 'suggest', before: '增强', context: '文'.repeat(MAX_CONTEXT_CHARS) }).success).toBe(true);
    const long = parseRequest({ type: 'suggest', before: '增强', context: '文'.repeat(MAX_CONTEXT_CHARS + 1) });
    expect(long.error?.issues[0]?.path).toEqual(['context']);
    expect(parseRequest({ type: 'suggest' }).success).toBe(false);
    expect(parseRequest(null).success).toBe(false);
    expect(parseRequest({ type: 'bankStats' }).success).toBe(true);
    expect(parseRequest({ type: 'nothing' }).success).toBe(false);
  });
});
