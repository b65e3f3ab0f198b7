// Checks the bank subscriptions (#16) every hour (once the writer granted the alarms
// permission with their first subscription) and when the browser starts.
import { browser } from 'wxt/browser';
import { checkAllSubscriptions, type SyncContext } from '../sync/answer';
import { listSubscriptions } from '../sync/subscriptions';
import { scheduleAlarm } from './alarm-schedule';

const ALARM = 'juku-subscriptions';
const EVERY_MINUTES = 60;

export function scheduleSubscriptionChecks(ctx: SyncContext): void {
  const check = () => void checkAllSubscriptions(ctx).catch(() => {});
  scheduleAlarm(ALARM, EVERY_MINUTES, check);
  browser.runtime.onStartup.addListener(() => {
    void listSubscriptions(ctx.db).then((all) => all.length > 0 && check());
  });
}
