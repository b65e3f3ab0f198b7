// Skeletons of the common working documents (述职报告, 工作总结 …): not statutory types, so
// no 主送机关; titles and 署名 follow how they are commonly written. Every slot the writer
// fills differently has its own field (问题一, 问题二, 原因一 …), see issue #20; the body
// that set a requirement is {{上级机关}}, never the writer's own {{单位}}.
import type { Template } from './statutory';

const SIGNED_PERSON = ['{{姓名}}', '{{成文日期}}'];
const SIGNED_UNIT = ['{{单位}}', '{{成文日期}}'];

/** Problems, causes and plans as numbered items, each its own field. */
const problems = (role: 'problem' | 'cause' | 'plan', name: string) => [
  { title: `{{${name}一}}`, role },
  { title: `{{${name}二}}`, role },
];

export const WORKING_TEMPLATES: Template[] = [
  {
    title: '{{年度}}{{单位}}{{职务}}述职报告',
    docType: '述职报告',
    opening: ['根据{{上级机关}}要求，现将本人{{年度}}履行{{职务}}职责情况报告如下：'],
    outline: [
      {
        title: '主要工作',
        role: 'work',
        body: ['{{年度}}，本人坚持以习近平新时代中国特色社会主义思想为指导，认真履行{{职务}}职责，重点抓好以下几方面工作。'],
        children: [
          { title: '加强政治建设，提高政治站位', role: 'work' },
          { title: '落实主体责任，抓好{{重点工作}}', role: 'work' },
        ],
      },
      {
        title: '存在问题',
        role: 'problem',
        body: ['对照上级要求，还存在一些差距和不足：一是{{问题一}}；二是{{问题二}}。'],
      },
      { title: '原因分析', role: 'cause', body: ['究其原因，一是{{原因一}}；二是{{原因二}}。'] },
      {
        title: '下步打算',
        role: 'plan',
        body: ['下一步，本人将针对存在的问题，着力抓好以下工作：一是{{打算一}}；二是{{打算二}}。'],
      },
    ],
    closing: ['以上述职，请予评议。', ...SIGNED_PERSON],
    sources: [],
  },
  {
    title: '{{年度}}{{单位}}述责述廉报告',
    docType: '述责述廉报告',
    opening: ['根据{{上级机关}}要求，现将本人{{年度}}履行全面从严治党责任和廉洁自律情况报告如下：'],
    outline: [
      { title: '履行管党治党责任情况', role: 'work', children: [{ title: '{{履责举措一}}', role: 'work' }, { title: '{{履责举措二}}', role: 'work' }] },
      { title: '落实中央八项规定精神和廉洁自律情况', role: 'work', body: ['{{廉洁自律情况}}'] },
      { title: '存在的问题', role: 'problem', children: problems('problem', '问题') },
      { title: '下一步努力方向', role: 'plan', children: problems('plan', '打算') },
    ],
    closing: ['以上报告，请予评议。', ...SIGNED_PERSON],
    sources: [],
  },
  {
    title: '{{单位}}{{年度}}工作总结',
    docType: '工作总结',
    opening: ['{{年度}}，在{{上级机关}}的坚强领导下，{{单位}}{{总体评价}}。现将有关情况总结如下：'],
    outline: [
      { title: '主要工作及成效', role: 'work', children: [{ title: '{{工作一}}', role: 'work' }, { title: '{{工作二}}', role: 'work' }] },
      { title: '特色亮点', role: 'highlight', body: ['{{亮点}}'] },
      { title: '存在的问题和不足', role: 'problem', children: problems('problem', '问题') },
      { title: '下一步工作打算', role: 'plan', children: problems('plan', '打算') },
    ],
    closing: SIGNED_UNIT,
    sources: [],
  },
  {
    title: '{{单位}}{{年度}}工作计划',
    docType: '工作计划',
    opening: ['为{{工作目的}}，根据{{上级机关}}{{部署事项}}部署，结合{{单位}}实际，制定本计划。'],
    outline: [
      { title: '指导思想', role: 'opening', body: ['{{指导思想}}'] },
      { title: '目标任务', role: 'plan', body: ['{{目标任务}}'] },
      { title: '主要措施', role: 'plan', children: [{ title: '{{措施一}}', role: 'plan' }, { title: '{{措施二}}', role: 'plan' }] },
      { title: '保障措施', role: 'plan', body: ['{{保障措施}}'] },
    ],
    closing: SIGNED_UNIT,
    sources: [],
  },
  {
    title: '{{姓名}}{{专题名称}}对照检查材料',
    docType: '对照检查材料',
    opening: ['按照{{上级机关}}关于{{专题名称}}的部署要求，本人{{查摆方式}}，现将对照检查情况报告如下：'],
    outline: [
      { title: '存在的问题', role: 'problem', children: problems('problem', '问题') },
      { title: '产生问题的原因', role: 'cause', children: problems('cause', '原因') },
      { title: '整改措施', role: 'plan', children: problems('plan', '整改措施') },
    ],
    closing: ['恳请同志们批评指正。', ...SIGNED_PERSON],
    sources: [],
  },
  {
    title: '{{会议名称}}发言提纲',
    docType: '发言提纲',
    opening: ['{{称谓}}：', '根据会议安排，我就{{发言主题}}谈几点体会。'],
    outline: [
      { title: '{{观点一}}', role: 'general' },
      { title: '{{观点二}}', role: 'general' },
      { title: '{{观点三}}', role: 'general' },
    ],
    closing: ['以上发言，不妥之处请批评指正。'],
    sources: [],
  },
  {
    title: '关于{{调研主题}}的调研报告',
    docType: '调研报告',
    opening: ['为{{调研目的}}，{{年度}}，{{调研组}}通过{{调研方式}}，对{{调研对象}}进行了专题调研。现将有关情况报告如下：'],
    outline: [
      { title: '基本情况', role: 'work', body: ['{{基本情况}}'] },
      { title: '主要做法和成效', role: 'work', children: [{ title: '{{做法一}}', role: 'work' }, { title: '{{做法二}}', role: 'work' }] },
      { title: '存在的问题', role: 'problem', children: problems('problem', '问题') },
      { title: '原因分析', role: 'cause', children: problems('cause', '原因') },
      { title: '对策建议', role: 'plan', children: problems('plan', '建议') },
    ],
    closing: ['{{调研组}}', '{{成文日期}}'],
    sources: [],
  },
  {
    title: '{{讲话人职务}}{{姓名}}在{{会议名称}}上的讲话',
    docType: '讲话稿',
    opening: ['（{{讲话日期}}）', '{{称谓}}：', '今天，我们召开{{会议名称}}，主要任务是{{会议任务}}。下面，我讲几点意见。'],
    outline: [
      { title: '{{第一部分标题}}', role: 'opening', body: ['{{形势意义}}'] },
      { title: '{{第二部分标题}}', role: 'plan', body: ['{{重点任务}}'] },
      { title: '{{第三部分标题}}', role: 'plan', body: ['{{组织保障}}'] },
    ],
    closing: ['同志们，{{号召内容}}。'],
    sources: [],
  },
  {
    title: '学习{{学习内容}}心得体会',
    docType: '心得体会',
    opening: ['近期，通过{{学习方式}}，本人认真学习了{{学习内容}}，深受教育、很受启发。主要有以下几点体会：'],
    outline: [
      { title: '{{体会一}}', role: 'general' },
      { title: '{{体会二}}', role: 'general' },
      { title: '{{体会三}}', role: 'plan' },
    ],
    closing: SIGNED_PERSON,
    sources: [],
  },
];
