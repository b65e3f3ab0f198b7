// The working documents writers produce every year besides the statutory kinds: 工作总结,
// 工作计划, 述职报告, 述责述廉报告, 对照检查材料, 发言提纲, 调研报告, 讲话稿, 心得体会. Their
// sections carry the roles the ranking reads (work / problem / cause / plan), and every slot
// that is filled differently has a field of its own: 问题一 and 问题二, never one 「内容」 in
// seven places (issue 20).
import { node } from './node';
import type { Template } from './statutory';

/** 「一是{{问题一}}；二是{{问题二}}。」 — a run-in list whose every item is its own field. */
const runIn = (lead: string, name: string, count = 2): string =>
  `${lead}${Array.from({ length: count }, (_, i) => `${'一二三四五'[i]}是{{${name}${'一二三四五'[i]}}}`).join('；')}。`;

export const WORKING_TEMPLATES: readonly Template[] = [
  {
    docType: '述职报告',
    title: '{{年度}}{{单位}}{{职务}}述职报告',
    opening: ['根据{{上级机关}}要求，现将本人{{年度}}履行{{职务}}职责情况报告如下：'],
    outline: [
      node('主要工作', 'work', ['{{年度}}，本人坚持以习近平新时代中国特色社会主义思想为指导，认真履行{{职务}}职责，重点抓好以下几方面工作。'], [
        node('加强政治建设，提高政治站位', 'work', ['{{政治建设工作}}。']),
        node('落实主体责任，抓好{{重点工作}}', 'work', ['{{重点工作成效}}。']),
      ]),
      node('存在问题', 'problem', [runIn('对照上级要求，还存在一些差距和不足：', '问题')]),
      node('原因分析', 'cause', [runIn('究其原因，', '原因')]),
      node('下步打算', 'plan', [runIn('下一步，本人将针对存在的问题，着力抓好以下工作：', '打算')]),
    ],
    closing: ['{{姓名}}', '{{成文日期}}'],
  },
  {
    docType: '述责述廉报告',
    title: '{{年度}}{{单位}}{{职务}}述责述廉报告',
    opening: ['根据{{上级机关}}安排，现将本人{{年度}}履行全面从严治党责任和廉洁自律情况报告如下：'],
    outline: [
      node('履行全面从严治党主体责任情况', 'work', ['{{主体责任履行情况}}。']),
      node('落实党风廉政建设情况', 'work', ['{{党风廉政建设情况}}。']),
      node('个人廉洁自律情况', 'work', ['严格遵守中央八项规定及其实施细则精神，{{廉洁自律情况}}。']),
      node('存在的问题', 'problem', [runIn('', '问题')]),
      node('下一步打算', 'plan', [runIn('', '打算')]),
    ],
    closing: ['{{姓名}}', '{{成文日期}}'],
  },
  {
    docType: '工作总结',
    title: '{{单位}}{{年度}}工作总结',
    opening: ['{{年度}}，在{{上级机关}}的坚强领导下，{{单位}}坚持以习近平新时代中国特色社会主义思想为指导，{{总体情况}}。现将有关情况总结如下。'],
    outline: [
      node('主要工作及成效', 'work', [], [node('{{工作一}}', 'work', ['{{工作一成效}}。']), node('{{工作二}}', 'work', ['{{工作二成效}}。'])]),
      node('存在的问题', 'problem', [runIn('', '问题')]),
      node('下一步工作打算', 'plan', [runIn('{{下一年度}}，将着力抓好以下工作：', '打算')]),
    ],
    closing: ['{{单位}}', '{{成文日期}}'],
  },
  {
    docType: '工作计划',
    title: '{{单位}}{{计划年度}}工作计划',
    opening: ['为{{目的}}，结合{{单位}}实际，制定本计划。'],
    outline: [
      node('指导思想', 'opening', ['坚持以习近平新时代中国特色社会主义思想为指导，{{指导思想}}。']),
      node('目标任务', 'plan', ['{{目标任务}}。']),
      node('主要措施', 'plan', [], [node('{{措施一}}', 'plan', ['{{措施一内容}}。']), node('{{措施二}}', 'plan', ['{{措施二内容}}。'])]),
      node('保障措施', 'plan', ['{{保障措施}}。']),
    ],
    closing: ['{{单位}}', '{{成文日期}}'],
  },
  {
    docType: '对照检查材料',
    title: '{{单位}}{{职务}}{{会议名称}}个人对照检查材料',
    opening: ['根据{{上级机关}}关于开好{{会议名称}}的通知要求，本人认真学习，深入查摆问题，现对照检查如下。'],
    outline: [
      node('学习贯彻情况', 'work', ['{{学习情况}}。']),
      node('查摆的主要问题', 'problem', [], [node('{{问题方面一}}', 'problem', ['{{问题一表现}}。']), node('{{问题方面二}}', 'problem', ['{{问题二表现}}。'])]),
      node('问题产生的原因', 'cause', [runIn('', '原因')]),
      node('整改措施', 'plan', [runIn('', '整改措施')]),
    ],
    closing: ['{{姓名}}', '{{成文日期}}'],
  },
  {
    docType: '发言提纲',
    title: '{{会议名称}}发言提纲',
    opening: ['根据会议安排，结合{{发言主题}}，我谈几点认识和体会。'],
    outline: [node('{{观点一}}', 'work', ['{{观点一阐述}}。']), node('{{观点二}}', 'work', ['{{观点二阐述}}。']), node('{{观点三}}', 'plan', ['{{观点三阐述}}。'])],
    closing: ['以上发言，不妥之处，请批评指正。'],
  },
  {
    docType: '调研报告',
    title: '关于{{调研主题}}的调研报告',
    opening: ['为{{调研目的}}，{{调研时间}}，{{调研组}}深入{{调研对象}}开展专题调研。现将调研情况报告如下。'],
    outline: [
      node('基本情况', 'work', ['{{基本情况}}。']),
      node('主要做法和成效', 'work', ['{{主要做法}}。']),
      node('存在的问题', 'problem', [runIn('', '问题')]),
      node('对策建议', 'plan', [runIn('', '建议')]),
    ],
    closing: ['{{调研组}}', '{{成文日期}}'],
  },
  {
    docType: '讲话稿',
    title: '在{{会议名称}}上的讲话',
    opening: ['（{{讲话日期}}）', '{{讲话人}}', '同志们：', '今天召开{{会议名称}}，主要任务是{{会议任务}}。下面，我讲几点意见。'],
    outline: [
      node('提高思想认识', 'opening', ['{{认识要求}}。']),
      node('突出工作重点', 'work', ['{{重点任务}}。']),
      node('强化工作保障', 'plan', ['{{保障要求}}。']),
    ],
    closing: ['同志们，{{结束号召}}！'],
  },
  {
    docType: '心得体会',
    title: '学习{{学习内容}}心得体会',
    opening: ['近期，我认真学习了{{学习内容}}，深受教育、很受启发。'],
    outline: [node('深刻领会{{领会要点}}', 'work', ['{{领会体会}}。']), node('联系实际查找差距', 'problem', ['{{差距不足}}。']), node('坚持学以致用', 'plan', ['{{努力方向}}。'])],
    closing: ['{{姓名}}', '{{成文日期}}'],
  },
];
