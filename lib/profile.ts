// The writer's profile: fills {{单位}}, {{职务}} and {{姓名}} in skeleton forms. Kept in the
// extension's own storage, never in a page's.
import { storage } from '#imports';

export type Profile = { unit: string; title: string; name: string };

export const EMPTY_PROFILE: Profile = { unit: '', title: '', name: '' };

export const profileItem = storage.defineItem<Profile>('local:profile', { fallback: EMPTY_PROFILE });
