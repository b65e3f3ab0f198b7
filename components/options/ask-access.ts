// Access to one server, asked in the click itself (#16): a browser grants optional
// permissions only during a user gesture, so the request starts before anything is awaited.
// Only what the browser does not give already (lib/sync/origin-access.ts): the address's
// origin, and alarms for the hourly checks.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { originPatternOf, originsCover } from '@/lib/sync/origin-access';

export type Granted = { origins?: string[]; permissions?: string[] };

export function permissionsToAsk(address: string, granted: Granted): Parameters<typeof browser.permissions.request>[0] | null {
  const wanted: { origins?: string[]; permissions?: Array<'alarms'> } = {};
  if (!granted.permissions?.includes('alarms')) wanted.permissions = ['alarms'];
  try {
    const url = new URL(address.trim());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !originsCover(granted.origins, url)) wanted.origins = [originPatternOf(url)];
  } catch {
    // Not an address: the background names the problem.
  }
  return wanted.origins || wanted.permissions ? wanted : null;
}

/** What the browser grants now, and `ask(address)`: call it synchronously in a click
 * handler; it resolves to whether access was granted (true when nothing was needed). */
export function useServerAccess() {
  const [granted, setGranted] = useState<Granted>({});
  useEffect(() => {
    void browser.permissions.getAll().then(setGranted);
  }, []);
  const ask = (address: string): Promise<boolean> => {
    const wanted = permissionsToAsk(address, granted);
    // A request the browser refuses outright throws at once: a refusal too, not a click lost.
    let answer: Promise<boolean>;
    try {
      answer = wanted ? browser.permissions.request(wanted) : Promise.resolve(true);
    } catch (error) {
      answer = Promise.reject(error);
    }
    return answer.then((ok) => {
      void browser.permissions.getAll().then(setGranted);
      return ok;
    });
  };
  return ask;
}
