// The welcome page opens on a first install only (#14).
import { describe, expect, it } from 'vitest';
import { welcomesOn } from '@/lib/background/welcome';

describe('welcomesOn', () => {
  it('welcomes a new install and nothing else', () => {
    expect(welcomesOn({ reason: 'install' })).toBe(true);
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) expect(welcomesOn({ reason })).toBe(false);
  });
});
