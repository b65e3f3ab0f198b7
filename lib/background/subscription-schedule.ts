// Checks the bank subscriptions and runs personal sync (#16) every hour and when the browser
// starts. The alarms API exists only once the writer granted it with their first
// subscription or sync (an optional permission), so the schedule is set up at every wake
// where it exists and again the moment it is granted.
import { browser } from 'wxt/browser';
import { checkAllSubscriptions, type SyncContext } from '../sync/answer';
import { listSubscriptions } from '../sync/subscriptions';
import { getPersonalSync } from '../sync/personal-sync';
import { scheduleAlarm } from './alarm-schedule';

const ALARM = 'juku-subscriptions';
const EVERY_MINUTES = 60;

export function scheduleSubscriptionChecks(ctx: SyncContext): void {
  const check = () => void checkAllSubscriptions(ctx).catch(() => {});
  scheduleAlarm(ALARM, EVERY_MINUTES, check);
  browser.runtime.onStartup.addListener(() => {
    void Promise.all([listSubscriptions(ctx.db), getPersonalSync(ctx.db)]).then(([all, personal]) => (all.length > 0 || personal) && check());
  });
}
