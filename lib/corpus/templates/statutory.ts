// The fifteen kinds of 党政机关公文 (《党政机关公文处理工作条例》, Article 8) as skeletons,
// written from their known structure: the GB/T 9704 elements where the kind has them —
// 标题, 主送机关 (the first opening line), 正文, 附件说明, 发文机关署名, 成文日期 (the closing
// lines) — and each kind's standard closing formula. Every slot the writer fills differently
// is its own field, so typing one value never fills two places that mean different things;
// a field named twice (发文机关, 事由) means the same text in both places.
import type { Skeleton } from '../../schema';
import { node as section } from './node';

export type Template = Omit<Skeleton, 'id' | 'sources'>;

/** 附件说明, 署名 and 日期, the lines every 行文 document ends with (GB/T 9704, 7.3.5–7.3.5.2). */
const signature = (attachment: boolean): string[] => [...(attachment ? ['附件：{{附件名称}}'] : []), '{{发文机关}}', '{{成文日期}}'];

export const STATUTORY_TEMPLATES: readonly Template[] = [
  {
    docType: '决议',
    title: '{{会议名称}}关于{{事由}}的决议',
    opening: ['（{{通过日期}}{{会议名称}}通过）', '{{会议名称}}听取和审议了{{审议事项}}。会议认为，{{总体评价}}。'],
    outline: [
      section('充分肯定', 'work', ['会议充分肯定{{肯定内容}}。']),
      section('明确要求', 'plan', ['会议要求，{{工作要求}}。']),
    ],
    closing: ['会议号召，{{号召内容}}！'],
  },
  {
    docType: '决定',
    title: '{{发文机关}}关于{{事由}}的决定',
    opening: ['{{主送机关}}：', '为{{目的}}，根据{{依据}}，{{发文机关}}决定：'],
    outline: [section('决定事项', 'work', ['{{决定事项}}。']), section('有关要求', 'plan', ['{{执行要求}}。'])],
    closing: ['本决定自{{施行日期}}起施行。', ...signature(false)],
  },
  {
    docType: '命令（令）',
    title: '{{发文机关}}令',
    opening: ['第{{令号}}号', '《{{法规名称}}》已经{{审议会议}}通过，现予公布，自{{施行日期}}起施行。'],
    outline: [section('公布事项', 'general', ['{{公布事项}}。'])],
    closing: ['{{签发人职务}}　{{签发人}}', '{{成文日期}}'],
  },
  {
    docType: '公报',
    title: '{{会议名称}}公报',
    opening: ['（{{通过日期}}{{会议名称}}通过）', '{{会议名称}}于{{会议日期}}在{{会议地点}}举行。'],
    outline: [
      section('会议概况', 'opening', ['出席会议的有{{出席人员}}。会议由{{主持机构}}主持。']),
      section('会议充分肯定的工作', 'work', ['会议充分肯定{{肯定内容}}。']),
      section('会议作出的部署', 'plan', ['会议强调，{{部署内容}}。']),
    ],
    closing: ['会议号召，{{号召内容}}！'],
  },
  {
    docType: '公告',
    title: '{{发文机关}}公告',
    opening: ['根据{{依据}}，现将{{公告事项}}公告如下：'],
    outline: [section('公告事项', 'general', ['{{公告内容}}。']), section('施行时间', 'general', ['本公告自{{施行日期}}起施行。'])],
    closing: ['特此公告。', ...signature(false)],
  },
  {
    docType: '通告',
    title: '{{发文机关}}关于{{事由}}的通告',
    opening: ['为{{目的}}，根据{{依据}}，现就{{通告事项}}通告如下：'],
    outline: [section('适用范围', 'general', ['{{适用范围}}。']), section('具体规定', 'general', ['{{具体规定}}。']), section('施行时间', 'general', ['本通告自{{施行日期}}起施行。'])],
    closing: ['特此通告。', ...signature(false)],
  },
  {
    docType: '意见',
    title: '{{发文机关}}关于{{事由}}的意见',
    opening: ['{{主送机关}}：', '为{{目的}}，经{{审定机关}}同意，现就{{事由}}提出如下意见。'],
    outline: [
      section('总体要求', 'opening', ['以习近平新时代中国特色社会主义思想为指导，{{指导思想}}。到{{目标年份}}，{{主要目标}}。']),
      section('重点任务', 'work', [], [section('{{任务一}}', 'work', ['{{任务一措施}}。']), section('{{任务二}}', 'work', ['{{任务二措施}}。'])]),
      section('保障措施', 'plan', [], [section('加强组织领导', 'plan', ['{{组织领导要求}}。']), section('强化督促落实', 'plan', ['{{督促落实要求}}。'])]),
    ],
    closing: signature(false),
  },
  {
    docType: '通知',
    title: '{{发文机关}}关于{{事由}}的通知',
    opening: ['{{主送机关}}：', '为{{目的}}，根据{{依据}}，现就{{事由}}有关事项通知如下：'],
    outline: [section('工作目标', 'opening', ['{{工作目标}}。']), section('主要任务', 'work', ['{{主要任务}}。']), section('工作要求', 'plan', ['{{工作要求}}。'])],
    closing: ['特此通知。', ...signature(true)],
  },
  {
    docType: '通报',
    title: '{{发文机关}}关于{{事由}}的通报',
    opening: ['{{主送机关}}：'],
    outline: [
      section('基本情况', 'work', ['{{通报事实}}。']),
      section('处理决定', 'general', ['根据{{处理依据}}，决定{{处理意见}}。']),
      section('有关要求', 'plan', ['各单位要引以为戒，{{工作要求}}。']),
    ],
    closing: ['特此通报。', ...signature(false)],
  },
  {
    docType: '报告',
    title: '{{发文机关}}关于{{事由}}的报告',
    opening: ['{{主送机关}}：', '根据{{依据}}，现将{{报告事项}}报告如下：'],
    outline: [
      section('基本情况', 'work', ['{{基本情况}}。']),
      section('主要做法和成效', 'work', ['{{主要做法}}。']),
      section('存在的问题', 'problem', ['{{存在问题}}。']),
      section('下一步工作打算', 'plan', ['{{下步打算}}。']),
    ],
    closing: ['特此报告。', ...signature(false)],
  },
  {
    docType: '请示',
    title: '{{发文机关}}关于{{事由}}的请示',
    opening: ['{{主送机关}}：', '为{{目的}}，根据{{依据}}，现就{{事由}}请示如下：'],
    outline: [section('基本情况', 'work', ['{{基本情况}}。']), section('请示事项', 'general', ['{{请示事项}}。']), section('理由和依据', 'general', ['{{请示理由}}。'])],
    closing: ['妥否，请批示。', ...signature(true)],
  },
  {
    docType: '批复',
    title: '{{发文机关}}关于{{事由}}的批复',
    opening: ['{{主送机关}}：', '你单位《{{来文标题}}》（{{来文字号}}）收悉。经研究，现批复如下：'],
    outline: [section('批复意见', 'general', ['同意{{同意事项}}。']), section('有关要求', 'plan', ['{{执行要求}}。'])],
    closing: ['此复。', ...signature(false)],
  },
  {
    docType: '议案',
    title: '{{提案机关}}关于提请审议{{审议事项}}的议案',
    opening: ['{{主送机关}}：', '为{{目的}}，{{提案机关}}起草了{{审议事项}}，已经{{审定会议}}讨论通过。现提请审议。'],
    outline: [section('必要性', 'general', ['{{必要性说明}}。']), section('主要内容', 'general', ['{{主要内容}}。'])],
    closing: ['请予审议。', '附件：{{附件名称}}', '{{提案人职务}}　{{提案人}}', '{{成文日期}}'],
  },
  {
    docType: '函',
    title: '{{发文机关}}关于{{事由}}的函',
    opening: ['{{主送机关}}：', '为{{目的}}，现就{{事由}}函商如下：'],
    outline: [section('有关情况', 'general', ['{{有关情况}}。']), section('商请事项', 'general', ['{{商请事项}}。'])],
    closing: ['请予研究函复。', '特此函告。', ...signature(false)],
  },
  {
    docType: '纪要',
    title: '{{会议名称}}纪要',
    opening: ['时间：{{会议时间}}', '地点：{{会议地点}}', '主持：{{主持人}}', '出席：{{出席人员}}', '列席：{{列席人员}}', '记录：{{记录人}}', '{{会议时间}}，{{主持人}}主持召开{{会议名称}}，研究{{研究事项}}。现纪要如下：'],
    outline: [
      section('会议听取的汇报', 'work', ['会议听取了{{汇报内容}}。']),
      section('会议议定的事项', 'plan', ['会议议定：{{议定事项}}。']),
    ],
    closing: ['分送：{{分送单位}}'],
  },
];
