// Recognizes lines that are not part of the document: the advertising, watermarks and
// paywall notices that document-sharing sites wrap around the text they sell. The rules
// describe CLASSES of such lines (a QQ number, a group to join, a subscription pitch, a
// 「仅供学习」 banner, a 「××整理」 credit, a 【…】 notice about 会员/资料), never the exact
// strings of one site, so documents from other sites are cleaned too. Each rule is written to
// need ad-specific context, so ordinary report sentences (「群众关心关注的重点民生问题」,
// 「组织党员订阅党报党刊」) are kept.

/** Paywall markers like ##paidbegin## / ##paidend##, wherever they are (also mid-word). */
export const PAYWALL_MARKER = /##[a-z_]+##/gi;

const AD_LINE_RULES: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  ['qq number', /(?:QQ|ＱＱ|扣扣)\s*(?:群|号|群号)?\s*[:：]?\s*\d{5,}/i],
  ['group notice', /(?:QQ|ＱＱ|微信|VX|V信|会员|交流|读者|粉丝|免费|资料|学习|vip)群\s*(?:号)?\s*[:：]/i],
  ['group to join', /(?:加入?|进|扫码(?:加入?)?)(?:我们的)?(?:QQ|微信|会员|交流|读者|粉丝)?群(?![众体落岛])/i],
  ['wechat pitch', /(?:加|添加|关注|搜索|扫码关注?)\s*(?:微信|公众号|公号|V信|VX|WX|订阅号|服务号|小程序)/i],
  ['contact id', /(?:微信|微信号|VX|WX|V信|公众号)\s*[:：]?\s*[A-Za-z][A-Za-z0-9_-]{3,}/i],
  ['freebie', /(?:领取|获取|下载|免费(?:送|领|得)|赠送)\s*(?:更多|全套|完整|海量|精品|优质)?(?:范文|资料|材料|文档|模板|文章|会员)/],
  ['more documents', /(?:更多|全套|海量|精品)(?:范文|资料|材料|文档|公文)/],
  ['subscription', /订阅(?:即|立|可|享|送|会员|后)|立享|限时(?:优惠|特价|免费|折扣)|(?:开通|成为|加入|升级|续费)\s*(?:会员|VIP)/i],
  ['membership', /会员(?:资料|材料|专享|权益|群|福利|价|免费|特权|内容|文章)/],
  ['resale', /倒卖|盗卖|转卖|二次销售|举报.{0,20}(?:奖励|赠送|免费)/],
  ['banner', /仅供(?:学习|参考|内部|交流|个人)|禁止(?:外传|转载|转发|商用|传播|分享)|严禁(?:外传|转载|传播)|用后(?:即)?删除|侵权必究|版权(?:所有|归)|未经(?:授权|许可|允许)/],
  ['credit', /(?:整理|编辑|制作|出品)\s*[，,、。\s]*(?:咨询|联系|加)?\s*(?:QQ|微信|电话|客服|[:：]\s*\d)/i],
  ['source credit', /^(?:本文|此文|本篇|本资料|资料|文章|范文)(?:由|来自|来源于?|转自)\s*.{1,20}(?:整理|提供|发布|分享|原创)?/],
  ['bare credit', /^[^，。；：！？\s]{1,12}(?:整理|收集整理|编辑整理|出品)[。.！!]?$/],
  ['bracket notice', /^[【\[〔].{0,60}(?:会员|资料|外传|倒卖|版权|声明|免费|仅供|打击|订阅|分享|转载|下载)[^】\]〕]*[】\]〕]$/],
  ['link', /https?:\/\/|www\.|\.(?:com|cn|net|org)(?:\/|\b)/i],
];

/** The rule a line breaks, or undefined for an ordinary line. Exported for tests and diagnostics. */
export function adRuleOf(line: string): string | undefined {
  const text = line.trim();
  if (!text) return undefined;
  for (const [name, pattern] of AD_LINE_RULES) if (pattern.test(text)) return name;
  return undefined;
}

export const isAdLine = (line: string): boolean => adRuleOf(line) !== undefined;

/**
 * Brand names learned from the document's own credit lines: 「酷乐文行整理，咨询…」 teaches
 * 「酷乐文行」, and a line holding only that brand (a watermark) is then dropped too.
 */
export function learnBrands(lines: readonly string[]): string[] {
  const brands = new Set<string>();
  for (const line of lines) {
    const m = /^\s*([^\s，。；：！？、,]{2,12}?)(?:收集|编辑)?(?:整理|出品|原创|制作)/.exec(line);
    if (m?.[1] && isAdLine(line)) brands.add(m[1]);
  }
  return [...brands];
}

/** A line that is only a brand name (possibly with decoration), not wording. */
export function isBrandLine(line: string, brands: readonly string[]): boolean {
  const text = line.replace(/[\s【】\[\]（）()“”·|｜—\-_*#]/g, '');
  return brands.some((brand) => text === brand || (text.startsWith(brand) && text.length <= brand.length + 6));
}
