// Skeletons of the fifteen kinds of 党政机关公文 (《党政机关公文处理工作条例》第八条), written by
// us from their known structure. GB/T 9704 elements: the title (发文机关+关于+事由+文种), the
// 主送机关 line before the body, and after it the type's closing words, 附件说明, 发文机关署名
// and 成文日期 (in `closing`, never numbered). Every slot the writer fills differently is its
// own field (事项一, 事项二 …), so one value never lands in two places.
import type { Skeleton } from '../../schema';

export type Template = Omit<Skeleton, 'id'>;

/** 附件说明, 发文机关署名, 成文日期: the GB/T 9704 elements after the body. */
const SIGNED = ['附件：{{附件名称}}', '{{发文机关}}', '{{成文日期}}'];
const ADDRESSEE = '{{主送机关}}：';

export const STATUTORY_TEMPLATES: Template[] = [
  {
    title: '{{会议名称}}关于{{事由}}的决议',
    docType: '决议',
    opening: ['（{{通过日期}}{{会议名称}}通过）'],
    outline: [
      { title: '审议情况', role: 'opening', body: ['{{会议名称}}听取和审议了{{审议事项}}。'] },
      { title: '会议评价', role: 'work', body: ['会议充分肯定{{肯定内容}}。'] },
      {
        title: '决议事项',
        role: 'plan',
        body: ['会议决定：'],
        children: [
          { title: '{{决议事项一}}', role: 'plan' },
          { title: '{{决议事项二}}', role: 'plan' },
        ],
      },
      { title: '号召', role: 'closing', body: ['会议号召，{{号召内容}}。'] },
    ],
    sources: [],
  },
  {
    title: '{{发文机关}}关于{{事由}}的决定',
    docType: '决定',
    opening: [ADDRESSEE, '为{{决定目的}}，根据{{决定依据}}，经{{审议机构}}研究，决定如下：'],
    outline: [
      { title: '{{决定事项一}}', role: 'plan' },
      { title: '{{决定事项二}}', role: 'plan' },
      { title: '{{执行要求}}', role: 'closing', body: ['本决定自{{施行日期}}起施行。'] },
    ],
    closing: SIGNED,
    sources: [],
  },
  {
    title: '{{发文机关}}令',
    docType: '命令（令）',
    opening: ['第{{令号}}号', '《{{法规规章名称}}》已经{{通过日期}}{{会议名称}}通过，现予公布，自{{施行日期}}起施行。'],
    outline: [{ title: '{{命令事项}}', role: 'general' }],
    closing: ['{{签署人职务}}　{{签署人姓名}}', '{{成文日期}}'],
    sources: [],
  },
  {
    title: '{{会议名称}}公报',
    docType: '公报',
    opening: ['（{{通过日期}}{{会议名称}}通过）', '{{会议名称}}于{{会议日期}}在{{会议地点}}举行。出席会议的有{{出席人员}}。'],
    outline: [
      { title: '会议议程', role: 'opening', body: ['全会听取和讨论了{{报告名称}}，审议通过了{{审议通过事项}}。'] },
      { title: '会议评价', role: 'work', body: ['全会充分肯定{{肯定内容}}。'] },
      { title: '会议部署', role: 'plan', body: ['全会强调，{{部署内容}}。'] },
      { title: '会议号召', role: 'closing', body: ['全会号召，{{号召内容}}。'] },
    ],
    sources: [],
  },
  {
    title: '{{发文机关}}公告',
    docType: '公告',
    opening: ['根据{{公告依据}}，现就{{公告事项}}公告如下：'],
    outline: [
      { title: '{{公告内容一}}', role: 'general' },
      { title: '{{公告内容二}}', role: 'general' },
    ],
    closing: ['特此公告。', '{{发文机关}}', '{{成文日期}}'],
    sources: [],
  },
  {
    title: '{{发文机关}}关于{{事由}}的通告',
    docType: '通告',
    opening: ['为{{通告目的}}，根据{{通告依据}}，现就有关事项通告如下：'],
    outline: [
      { title: '{{应遵守事项一}}', role: 'general' },
      { title: '{{应遵守事项二}}', role: 'general' },
      { title: '{{违反后果}}', role: 'general' },
      { title: '本通告自{{施行日期}}起施行。', role: 'closing' },
    ],
    closing: ['特此通告。', '{{发文机关}}', '{{成文日期}}'],
    sources: [],
  },
  {
    title: '{{发文机关}}关于{{事由}}的意见',
    docType: '意见',
    opening: [ADDRESSEE, '为{{发文目的}}，根据{{发文依据}}，现就{{事由}}提出如下意见。'],
    outline: [
      { title: '总体要求', role: 'opening', body: ['{{指导思想}}', '{{工作目标}}'] },
      {
        title: '主要任务',
        role: 'plan',
        children: [
          { title: '{{任务一}}', role: 'plan' },
          { title: '{{任务二}}', role: 'plan' },
        ],
      },
      { title: '保障措施', role: 'plan', body: ['{{保障措施}}'] },
    ],
    closing: ['附件：{{附件名称}}', '{{发文机关}}', '{{成文日期}}'],
    sources: [],
  },
  {
    title: '{{发文机关}}关于{{事由}}的通知',
    docType: '通知',
    opening: [ADDRESSEE, '为{{发文目的}}，根据{{发文依据}}，现就有关事项通知如下：'],
    outline: [
      { title: '总体要求', role: 'opening', body: ['{{总体要求}}'] },
      {
        title: '主要任务',
        role: 'plan',
        children: [
          { title: '{{任务一}}', role: 'plan' },
          { title: '{{任务二}}', role: 'plan' },
        ],
      },
      { title: '工作要求', role: 'plan', body: ['{{工作要求}}', '联系人：{{联系人}}，电话：{{联系电话}}。'] },
    ],
    closing: ['特此通知。', ...SIGNED],
    sources: [],
  },
  {
    title: '{{发文机关}}关于{{事由}}的通报',
    docType: '通报',
    opening: [ADDRESSEE, '{{通报事由}}。现将有关情况通报如下：'],
    outline: [
      { title: '基本情况', role: 'work', body: ['{{基本情况}}'] },
      { title: '存在问题', role: 'problem', body: ['{{主要问题}}'] },
      { title: '处理意见', role: 'plan', body: ['{{处理决定}}'] },
      { title: '有关要求', role: 'plan', body: ['各{{下级单位}}要以此为鉴，{{工作要求}}。'] },
    ],
    closing: ['特此通报。', ...SIGNED],
    sources: [],
  },
  {
    title: '{{发文机关}}关于{{事由}}的报告',
    docType: '报告',
    opening: [ADDRESSEE, '根据{{上级机关}}{{部署事项}}要求，现将{{事由}}情况报告如下：'],
    outline: [
      { title: '基本情况', role: 'work', body: ['{{基本情况}}'] },
      { title: '主要做法和成效', role: 'work', children: [{ title: '{{做法一}}', role: 'work' }, { title: '{{做法二}}', role: 'work' }] },
      { title: '存在的问题', role: 'problem', body: ['{{存在问题}}'] },
      { title: '下一步工作打算', role: 'plan', body: ['{{下步打算}}'] },
    ],
    closing: ['特此报告。', ...SIGNED],
    sources: [],
  },
  {
    title: '{{发文机关}}关于{{请示事项}}的请示',
    docType: '请示',
    opening: [ADDRESSEE],
    outline: [
      { title: '请示缘由', role: 'opening', body: ['{{请示缘由}}'] },
      { title: '请示事项', role: 'plan', body: ['为此，特请示{{请示事项}}。'] },
      { title: '有关说明', role: 'general', body: ['{{可行性说明}}'] },
    ],
    closing: ['妥否，请批示。', '附件：{{附件名称}}', '{{发文机关}}', '{{成文日期}}', '（联系人：{{联系人}}，电话：{{联系电话}}）'],
    sources: [],
  },
  {
    title: '{{发文机关}}关于{{批复事项}}的批复',
    docType: '批复',
    opening: ['{{来文机关}}：', '你{{来文机关简称}}《关于{{请示事项}}的请示》（{{来文字号}}）收悉。经研究，现批复如下：'],
    outline: [
      { title: '{{批复意见}}', role: 'general' },
      { title: '{{执行要求}}', role: 'plan' },
    ],
    closing: ['此复。', '{{发文机关}}', '{{成文日期}}'],
    sources: [],
  },
  {
    title: '关于{{事由}}的议案',
    docType: '议案',
    opening: ['{{人大常委会}}：', '为{{提请目的}}，{{起草情况}}。'],
    outline: [
      { title: '提出议案的必要性', role: 'opening', body: ['{{必要性}}'] },
      { title: '议案的主要内容', role: 'general', body: ['{{主要内容}}'] },
    ],
    closing: ['以上议案，请予审议。', '附件：{{附件名称}}', '{{提案人职务}}　{{提案人姓名}}', '{{成文日期}}'],
    sources: [],
  },
  {
    title: '{{发文机关}}关于{{事由}}的函',
    docType: '函',
    opening: [ADDRESSEE, '因{{商洽缘由}}，现就{{商洽事项}}函告如下：'],
    outline: [
      { title: '{{商洽事项一}}', role: 'general' },
      { title: '{{商洽事项二}}', role: 'general' },
    ],
    closing: ['请予支持为盼。特此函告。', '附件：{{附件名称}}', '{{发文机关}}', '{{成文日期}}', '（联系人：{{联系人}}，电话：{{联系电话}}）'],
    sources: [],
  },
  {
    title: '{{会议名称}}纪要',
    docType: '纪要',
    opening: [
      '会议时间：{{会议时间}}',
      '会议地点：{{会议地点}}',
      '主持人：{{主持人}}',
      '出席：{{出席人员}}',
      '列席：{{列席人员}}',
      '记录：{{记录人}}',
      '{{会议时间}}，{{主持人}}在{{会议地点}}主持召开{{会议名称}}，研究{{议题}}。现纪要如下：',
    ],
    outline: [
      { title: '{{议定事项一}}', role: 'plan', body: ['会议指出，{{会议指出一}}。', '会议议定，{{议定内容一}}。由{{责任单位一}}负责。'] },
      { title: '{{议定事项二}}', role: 'plan', body: ['会议议定，{{议定内容二}}。由{{责任单位二}}负责。'] },
    ],
    closing: ['分送：{{分送单位}}'],
    sources: [],
  },
];
