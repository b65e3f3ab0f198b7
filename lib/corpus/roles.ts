// Section roles: what part of a report a piece of wording belongs to (主要工作, 存在问题,
// 原因分析, 下步打算 …), read from the section headings and, inside combined sections such as
// 「存在的问题及下一步打算」, from the cue words that open a sentence (究其原因, 下一步).
import type { Role } from '../schema';

/** Heading keywords per role. Where a heading names several, the one written first wins. */
const HEADING_RULES: ReadonlyArray<readonly [Role, RegExp]> = [
  ['closing', /结束语|结语/],
  ['highlight', /特色|亮点|创新做法|经验做法|典型经验/],
  // 「坚持问题导向」「解决群众急难愁盼问题」「整改巡察反馈问题」 head work, not problems.
  ['problem', /存在.{0,4}问题|(?<!(?:解决|整改|整治|聚焦|反馈)[^，。；、]{0,8})问题(?!导向)|不足|差距|短板|薄弱|缺点|弱项/],
  ['cause', /原因|根源|根子/],
  ['plan', /下一步|下步|下阶段|打算|努力方向|今后|思路|措施|计划|展望|设想|目标任务/],
  [
    'work',
    /主要工作|工作开展|开展情况|履职|履行|工作情况|落实.{0,14}情况|责任情况|主要成效|工作成效|成绩|做法|完成情况|工作回顾|基本情况/,
  ],
];

/** Every role a heading names, in the order they are written (「存在的问题及下一步打算」 → problem, plan). */
export function headingRoles(heading: string): Role[] {
  const found: Array<{ role: Role; at: number }> = [];
  for (const [role, pattern] of HEADING_RULES) {
    const match = pattern.exec(heading);
    if (match) found.push({ role, at: match.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.role);
}

export const roleOfHeading = (heading: string): Role | undefined => headingRoles(heading)[0];

/** Sentence openings that start the cause analysis inside a problem section. */
const CAUSE_CUE =
  /^(?:究其|深挖|剖析|追根溯源|分析(?:其)?原因|产生(?:这些|以上|上述)?问题的(?:主要|根本)?原因|(?:主要|根本)?原因(?:是|在于|有|主要)|根源在于)/;
/** Sentence openings that turn from problems to plans. */
const PLAN_CUE = /^(?:下一步|下步|下阶段|今后|接下来|对此|为此|针对(?:以上|上述|这些|存在的)|在今后|新的一年)/;
/** Closing formulas of a report. */
export const CLOSING_CUE = /^以上(?:报告|述职|汇报|是我)|请(?:予)?(?:批评指正|审议|各位)|不妥之处|敬请(?:批评|指正)/;

const CUE_SENSITIVE: ReadonlySet<Role> = new Set(['problem', 'cause']);

/**
 * Tracks the role sentence by sentence inside one section. In a problem (or combined)
 * section a 「究其原因」 sentence turns the rest of its paragraph into cause (the next
 * paragraph is a problem again: problems and their causes alternate), while 「下一步」 turns
 * the rest of the section into plan (plans come last). Other sections keep their role.
 */
export class SectionRoleTracker {
  private sticky: Role;
  private local: Role | undefined;
  private readonly cueSensitive: boolean;

  constructor(
    readonly primary: Role,
    readonly named: readonly Role[] = [primary],
  ) {
    this.sticky = primary;
    this.cueSensitive = CUE_SENSITIVE.has(primary) || named.some((r) => CUE_SENSITIVE.has(r));
  }

  /** True when the heading names several of problem / cause / plan. */
  get mixed(): boolean {
    return this.named.filter((r) => r === 'problem' || r === 'cause' || r === 'plan').length > 1;
  }

  startParagraph(): void {
    this.local = undefined;
  }

  roleOf(sentence: string): Role {
    if (this.cueSensitive) {
      if (PLAN_CUE.test(sentence)) {
        this.sticky = 'plan';
        this.local = undefined;
      } else if (CAUSE_CUE.test(sentence)) {
        this.local = 'cause';
      }
    }
    return this.local ?? this.sticky;
  }

  /**
   * Role of a sub-section. It inherits the parent's role, except under a combined parent,
   * where its own heading decides (and moves the parent on: subsections after a plan
   * heading are plans), and under a parent with no role of its own.
   */
  roleOfChild(heading: string): Role {
    const named = roleOfHeading(heading);
    if (this.primary === 'general') return named ?? 'general';
    if (this.mixed) {
      // Under 「存在的问题及下一步打算」 only problem / cause / plan distinguish children; a
      // word like 履行 in a plan heading does not make it a work section.
      const own = named === 'problem' || named === 'cause' || named === 'plan' ? named : undefined;
      if (own) this.sticky = own;
      this.local = undefined;
      return own ?? this.sticky;
    }
    return this.primary;
  }
}
