// A periodic job on the alarms API, which exists only once the writer granted it (an
// optional permission, asked for when they turn on a feature that needs a schedule): the
// alarm is set up at every wake where the API exists, and again the moment it is granted.
import { browser } from 'wxt/browser';

export function scheduleAlarm(name: string, everyMinutes: number, run: () => void): void {
  const setUp = () => {
    const alarms = (browser as { alarms?: typeof browser.alarms }).alarms;
    if (!alarms) return false;
    alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === name) run();
    });
    void alarms.get(name).then((existing) => {
      if (!existing) void alarms.create(name, { periodInMinutes: everyMinutes, delayInMinutes: 1 });
    });
    return true;
  };
  if (!setUp()) {
    browser.permissions.onAdded.addListener((granted) => {
      if (granted.permissions?.includes('alarms')) setUp();
    });
  }
}
