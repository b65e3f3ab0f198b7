// Outline → Skeleton: a document's structure as an insertable outline. Titles carry no
// numbering (it is computed at insertion from depth and position), figures and the
// document's own year/unit become fields, and a combined 「存在的问题及下一步打算」 section
// becomes two nodes, so every skeleton offers its problem part and its plan part separately.
import type { Role, Skeleton, SkeletonNode } from '../schema';
import { generalizeFigures } from './fields';
import type { Block, Outline, Section } from './outline';
import { roleOfHeading } from './roles';
import { field, stripLeadingMarker, stripTrailingPunct, visibleLength } from './text';

/** Posts that head a report title: the unit is what comes before, the document type what follows. */
const POST =
  /(?:党组|党委|党工委|党支部|党总支|机关党委|支部)?书记|局长|主任|部长|厅长|处长|科长|校长|院长|总经理|经理|董事长|主席|队长|所长|站长|镇长|乡长|县长|区长|市长/;
const YEAR = /(?:19|20)\d\d年度?|\{\{年度\}\}/g;

/** 「2023年度区商务局党支部书记抓基层党建工作述职报告」 → docType 「党支部书记抓基层党建工作述职报告」. */
export function titleTemplate(title: string): { title: string; docType: string } {
  const withoutYear = title.replace(YEAR, '').replace(/\{\{单位\}\}/g, '').trim();
  const post = POST.exec(withoutYear);
  const docType = post ? withoutYear.slice(post.index) : withoutYear;
  return { title: `${field('年度')}${field('单位')}${docType}`, docType };
}

const MAX_BODY_CHARS = 200;
const MAX_ITEM_TITLE_CHARS = 30;

const bodyLine = (sentence: string) => generalizeFigures(stripLeadingMarker(sentence.trim()));

/** The first sentence of the section's own text (before its items) in the given role. */
function leadSentence(blocks: readonly Block[], role: Role): string | undefined {
  for (const block of blocks) {
    if (block.marker) continue;
    const sentence = block.sentences.find((s) => s.role === role);
    if (sentence && visibleLength(sentence.text) <= MAX_BODY_CHARS) return bodyLine(sentence.text);
  }
  return undefined;
}

/** Children: the sub-sections, or when there are none, the short leads of run-in items 一是…二是…. */
function childNodes(section: Section, role: Role | undefined): SkeletonNode[] {
  if (section.children.length) {
    return section.children
      .filter((child) => role === undefined || child.role === role)
      .map((child) => ({ title: child.heading, role: child.role }));
  }
  const nodes: SkeletonNode[] = [];
  for (const block of section.blocks) {
    const lead = block.sentences[0];
    if (!block.marker || !lead || (role !== undefined && lead.role !== role)) continue;
    const title = stripTrailingPunct(bodyLine(lead.text));
    if (title && visibleLength(title) <= MAX_ITEM_TITLE_CHARS) nodes.push({ title, role: lead.role });
  }
  return nodes;
}

/** Figures in titles become fields too: 「2024年党建工作思路」 → 「{{年度}}党建工作思路」. */
function node(title: string, role: Role, body: string | undefined, children: SkeletonNode[]): SkeletonNode {
  return {
    title: generalizeFigures(title),
    role,
    ...(body ? { body: [body] } : {}),
    ...(children.length ? { children: children.map((c) => ({ ...c, title: generalizeFigures(c.title) })) } : {}),
  };
}

const DEFAULT_TITLES: Partial<Record<Role, string>> = {
  work: '主要工作',
  highlight: '特色亮点',
  problem: '存在问题',
  cause: '原因分析',
  plan: '下步打算',
};

/**
 * A combined heading naming a plan besides problems (「存在的问题及下步打算」) is split into
 * one node per part; problems and their causes stay together, as 公文 usually write them.
 */
function nodesOfSection(section: Section): SkeletonNode[] {
  const named = section.headingRoles;
  if (!(named.includes('plan') && named.length > 1)) {
    return [node(section.heading, section.role, leadSentence(section.blocks, section.role), childNodes(section, undefined))];
  }
  const parts = section.heading.split(/以及|及|和|与/).map((p) => p.trim()).filter(Boolean);
  const partRole = parts.map((p) => roleOfHeading(p));
  return named.map((role) => {
    const title = parts[partRole.indexOf(role)] ?? DEFAULT_TITLES[role] ?? section.heading;
    return node(title, role, leadSentence(section.blocks, role), childNodes(section, role));
  });
}

/** 「2023年述职.docx」 → 「2023年述职」: what names an outline whose document has no title line. */
const nameOfSource = (source: string): string => source.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim() || '文档';

export function skeletonOfDocument(outline: Outline, source: string): Omit<Skeleton, 'id'> {
  const { title, docType } = titleTemplate(outline.title || nameOfSource(source));
  const opening = outline.opening
    .map((block) => bodyLine(block.sentences.map((s) => s.text).join('')))
    .filter(Boolean);
  const top = outline.sections.filter((s) => s.level === 1);
  // A document numbered only from （一） has no level-1 sections: its top sections are the outline.
  const sections = top.length ? top : outline.sections;
  return numberRepeatedFields({ title, docType, opening, outline: sections.flatMap(nodesOfSection), sources: [source] });
}

/**
 * Field names that stand for a different value at each place a document had a figure: two
 * {{数量}} in one outline are two counts, not one (issue #20). 年度 and 单位 are the document's
 * own year and unit, the same value wherever they appear, and keep their name.
 */
const GENERIC_FIELDS = new Set(['数量', '金额', '比例', '名称', '内容']);
const ORDINALS = '一二三四五六七八九十';
const ordinal = (n: number) => (n <= 10 ? ORDINALS[n - 1]! : String(n));

/**
 * A repeated generic field becomes 数量一, 数量二 … in reading order (title, opening, then each
 * heading, its body and its children), so typing one value fills one place.
 */
export function numberRepeatedFields<T extends Pick<Skeleton, 'title' | 'opening' | 'outline'> & { closing?: string[] }>(skeleton: T): T {
  const FIELD = /\{\{([^{}]{1,20})\}\}/g;
  const total = new Map<string, number>();
  const count = (text: string) => {
    for (const m of text.matchAll(FIELD)) if (GENERIC_FIELDS.has(m[1]!)) total.set(m[1]!, (total.get(m[1]!) ?? 0) + 1);
  };
  const seen = new Map<string, number>();
  const rename = (text: string) =>
    text.replace(FIELD, (whole, name: string) => {
      if (!GENERIC_FIELDS.has(name) || (total.get(name) ?? 0) < 2) return whole;
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      return `{{${name}${ordinal(n)}}}`;
    });
  const walk = (nodes: readonly SkeletonNode[], f: (text: string) => string): SkeletonNode[] =>
    nodes.map((n) => ({
      ...n,
      title: f(n.title),
      ...(n.body ? { body: n.body.map(f) } : {}),
      ...(n.children ? { children: walk(n.children, f) } : {}),
    }));
  const apply = (f: (text: string) => string) => ({
    ...skeleton,
    title: f(skeleton.title),
    opening: skeleton.opening.map(f),
    outline: walk(skeleton.outline, f),
    ...(skeleton.closing ? { closing: skeleton.closing.map(f) } : {}),
  });
  apply((t) => (count(t), t));
  return apply(rename);
}

