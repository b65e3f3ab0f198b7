// Fill-in fields in skeletons and phrases, stored as 「{{单位}}」. The writer sees ONE notation
// everywhere (lists, palette, form, manager, inserted text): 「【待填：单位】」 (issue #20). Why
// this one: it is what lands in the document, so the writer never learns a second form; it
// says what it is (a blank still to fill) to anyone reading the draft; 〔…〕 is taken in 公文
// by the year of a 发文字号 (「国发〔2024〕5号」) and a bare 【…】 by ordinary text, so only the
// 待填 form converts back to a field without mistaking the writer's own words for one.
import type { Profile } from '../profile';

const FIELD = /\{\{([^{}]{1,20})\}\}/g;

/** Distinct field names in the order they first appear. */
export function fieldsIn(texts: readonly string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(FIELD)) names.add(match[1]!.trim());
  return [...names];
}

export function pendingMarker(name: string): string {
  return `【待填：${name}】`;
}

/** A text as the writer sees it: 「{{年度}}」 reads 「【待填：年度】」, as it will when inserted. */
export function fieldsForDisplay(text: string): string {
  return text.replace(FIELD, (_, name: string) => pendingMarker(name.trim()));
}

/** A pending marker in the editor: what Tab moves between after an insertion. */
export const PENDING_MARKER = /【待填：([^【】{}]{1,20})】/g;

/** What the writer typed in the manager, stored: 「【待填：年度】」 → 「{{年度}}」. */
export function fieldsFromDisplay(text: string): string {
  return text.replace(PENDING_MARKER, (_, name: string) => `{{${name.trim()}}}`);
}

/** Replaces every field with its value, or with the pending marker when the value is empty. */
export function fillFields(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(FIELD, (_, raw: string) => {
    const name = raw.trim();
    const value = values[name]?.trim();
    return value ? value : pendingMarker(name);
  });
}

/** What the form starts with: the profile's unit, post and name, and this year. */
export function defaultFieldValues(profile: Profile, now: Date): Record<string, string> {
  return {
    年度: `${now.getFullYear()}年度`,
    年份: `${now.getFullYear()}年`,
    // 成文日期 in full, as GB/T 9704 writes it (2026年11月29日).
    成文日期: `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`,
    单位: profile.unit,
    // A writer's documents go out in their own unit's name unless they say otherwise.
    发文机关: profile.unit,
    职务: profile.title,
    姓名: profile.name,
  };
}
