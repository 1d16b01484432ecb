import {
  gapPointsShown,
  type TrackAssessment,
  isBehindStatus,
  statusSeverity,
  type AssessedIndicator,
  type AssessedTask,
  type PlanAssessment,
  type PlanData,
  type SnapshotDiff,
} from '../../domain/metrics';
import type { StatusCode } from '../../domain/codes';
import type { Indicator } from '../../domain/schemas';
import { STATUS_CODES } from '../../domain/codes';
import { formatDate, type Lang } from '../../lib/format';
import { nameIn, shortNameIn, textIn } from '../../lib/names';
import { formatQuantity } from '../../lib/quantity';
import { targetPeriodLabel } from '../../lib/target-period';

/**
 * The meeting pack's summary, written from the domain metrics alone: every number below is read from the
 * assessment or the diff, none is typed. Pure, so it is tested with hand-checked figures.
 */
export interface SummaryParagraph {
  key: 'tasks' | 'functions' | 'behind' | 'indicators' | 'changes';
  text: string;
}

export interface SummaryInput {
  assessment: PlanAssessment;
  data: PlanData;
  before: PlanAssessment | null;
  diff: SnapshotDiff | null;
  lang: Lang;
  /** Indicators to write a sentence each about; absent ids are skipped. */
  headlineIds?: readonly string[];
  /** Rows the source sent that failed validation: the counts leave them out, and the text says so. */
  dropped?: Partial<Record<'tasks' | 'indicators', { received: number; dropped: number }>>;
}

/** Said instead of any figure when a resource never arrived: never 0, never "nothing lagging". */
const MISSING: Record<Lang, Record<'tasks' | 'indicators', string>> = {
  zh: {
    tasks: '任务数据不可用，本简报不含任务的数字，也无法判断是否有滞后或逾期的任务。',
    indicators: '指标数据不可用，本简报不含指标的数字。',
  },
  en: {
    tasks:
      'Task data is unavailable: this briefing has no task figures and cannot say whether any task is lagging or overdue.',
    indicators: 'Indicator data is unavailable: this briefing has no indicator figures.',
  },
};

function droppedClause(input: SummaryInput, which: 'tasks' | 'indicators'): string {
  const d = input.dropped?.[which];
  if (!d || d.dropped === 0) return '';
  const zhWord = which === 'tasks' ? '任务' : '指标';
  return input.lang === 'zh'
    ? `（数据源共${d.received}项${zhWord}，其中${d.dropped}项数据无效，未计入）`
    : ` (the source sent ${d.received}; ${d.dropped} are invalid and not counted)`;
}

export const HEADLINE_IDS = ['IND-GIANT', 'IND-IPO', 'IND-HNTE', 'IND-JCL-INUSE'] as const;

/** Whole percent as a number, the way every figure on screen is rounded. */
const pct = (f: number) => Math.round(f * 100);

export const TASK_WORD: Record<Lang, Record<StatusCode, string>> = {
  zh: {
    notStarted: '未开始',
    done: '已完成',
    onTrack: '正常推进',
    watch: '需关注',
    lagging: '滞后',
    overdue: '逾期',
    missed: '未完成',
  },
  en: {
    notStarted: 'not started',
    done: 'done',
    onTrack: 'on track',
    watch: 'on watch',
    lagging: 'lagging',
    overdue: 'overdue',
    missed: 'missed',
  },
};
const INDICATOR_WORD: Record<Lang, Record<StatusCode, string>> = {
  zh: {
    notStarted: '未开始',
    done: '已达成',
    onTrack: '进度正常',
    watch: '需关注',
    lagging: '进度落后',
    overdue: '逾期',
    missed: '未达成',
  },
  en: {
    notStarted: 'not started',
    done: 'met',
    onTrack: 'on track',
    watch: 'on watch',
    lagging: 'behind',
    overdue: 'overdue',
    missed: 'missed',
  },
};

function listEn(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function countsClause(
  counts: Record<StatusCode, number>,
  words: Record<StatusCode, string>,
  lang: Lang,
  unitZh: string,
): string {
  const parts = STATUS_CODES.filter((s) => counts[s] > 0).map((s) =>
    lang === 'zh' ? `${counts[s]}${unitZh}${words[s]}` : `${counts[s]} ${words[s]}`,
  );
  return lang === 'zh' ? parts.join('、') : listEn(parts);
}

/** "与时间进度持平" / "领先时间进度3个百分点": from the two rounded figures the reader sees. */
function gapClause(progress: number, time: number, lang: Lang): string {
  const d = gapPointsShown(progress, time);
  if (lang === 'zh')
    return d === 0 ? '与时间进度持平' : d > 0 ? `领先时间进度${d}个百分点` : `落后时间进度${-d}个百分点`;
  const pts = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;
  return d === 0 ? 'level with time' : d > 0 ? `${pts(d)} ahead of time` : `${pts(-d)} behind time`;
}

function tasksParagraph(input: SummaryInput): string {
  const { assessment, lang } = input;
  const { overall } = assessment;
  const date = formatDate(assessment.asOf, lang);
  if (overall === null)
    return lang === 'zh' ? `截至${date}，${MISSING.zh.tasks}` : `As of ${date}: ${MISSING.en.tasks}`;
  const dropped = droppedClause(input, 'tasks');
  const counts = countsClause(overall.counts, TASK_WORD[lang], lang, '项');
  const p = pct(overall.meanProgress);
  const t = pct(overall.meanTimeProgress);
  const gap = gapClause(overall.meanProgress, overall.meanTimeProgress, lang);
  if (lang === 'zh') {
    return `截至${date}，${overall.count}项任务${dropped}中${counts}；时间进度${t}%，任务总体完成${p}%，${gap}。`;
  }
  return `As of ${date}, of ${overall.count} tasks${dropped}: ${counts}. ${t}% of the time has elapsed and the tasks are ${p}% complete overall, ${gap}.`;
}

function functionsParagraph({ assessment, data, lang }: SummaryInput): string | null {
  if (assessment.byFunction === null) return null;
  const parts = assessment.byFunction.map((r) => {
    const fn = data.plan.functions.find((f) => f.code === r.key);
    const name = fn ? nameIn(fn, lang) : r.key;
    return lang === 'zh'
      ? `${name}完成${pct(r.meanProgress)}%（时间进度${pct(r.meanTimeProgress)}%）`
      : `${name} ${pct(r.meanProgress)}% (time ${pct(r.meanTimeProgress)}%)`;
  });
  return lang === 'zh' ? `三大核心功能中，${parts.join('，')}。` : `By core function: ${parts.join('; ')}.`;
}

/**
 * Where the status shown is not simply the rule's: set by hand (with its reason) or reported otherwise
 * by the source, the rule's status follows, so the sentence agrees with the ledger and the wall.
 */
function basisClause(a: TrackAssessment, lang: Lang): string {
  const word = TASK_WORD[lang];
  const parts: string[] = [];
  if (a.manual) {
    const reason = textIn(a.manual.reason, a.manual.reasonEn, lang);
    parts.push(lang === 'zh' ? `人工设定（${reason}）` : `set by hand: ${reason}`);
  }
  if (a.reportedDiffers && a.reported) {
    parts.push(lang === 'zh' ? `填报为${word[a.reported]}` : `reported ${word[a.reported]}`);
  }
  if (parts.length === 0) return '';
  parts.push(lang === 'zh' ? `按规则为${word[a.computed]}` : `by the rule ${word[a.computed]}`);
  return lang === 'zh' ? `，${parts.join('，')}` : `; ${parts.join('; ')}`;
}

/** Most urgent first: overdue and lagging before watch, then by how far progress trails time, then by order. */
export const byUrgency = (x: AssessedTask, y: AssessedTask): number =>
  statusSeverity(y.a.status) - statusSeverity(x.a.status) || x.a.gap - y.a.gap || x.task.order - y.task.order;

function behindParagraph({ assessment, data, lang }: SummaryInput): string | null {
  if (assessment.overall === null) return null;
  const byId = new Map(data.units.map((u) => [u.id, u]));
  const behind = assessment.tasks.filter((x) => isBehindStatus(x.a.status)).sort(byUrgency);
  const watch = assessment.tasks
    .filter((x) => x.a.status === 'watch')
    .sort((x, y) => x.task.order - y.task.order);
  const describe = (x: (typeof behind)[number]) => {
    const lead = shortNameIn(byId.get(x.task.leadUnitId), lang, x.task.leadUnitId);
    return lang === 'zh'
      ? `任务${x.task.order}“${nameIn(x.task, lang)}”（牵头单位${lead}，${TASK_WORD.zh[x.a.status]}${basisClause(x.a, lang)}，进度${pct(x.a.progress)}%，时间进度${pct(x.a.timeProgress)}%）`
      : `task ${x.task.order} “${nameIn(x.task, lang)}” (lead: ${lead}; ${TASK_WORD.en[x.a.status]}${basisClause(x.a, lang)}, ${pct(x.a.progress)}% done, time ${pct(x.a.timeProgress)}%)`;
  };
  const watchNames = watch.map((x) => {
    const basis = basisClause(x.a, lang).replace(/^[，,;；]\s*/, '');
    if (lang === 'zh') return `任务${x.task.order}“${nameIn(x.task, lang)}”${basis ? `（${basis}）` : ''}`;
    return `task ${x.task.order}${basis ? ` (${basis})` : ''}`;
  });
  if (lang === 'zh') {
    const head =
      behind.length === 0
        ? '没有滞后或逾期的任务'
        : `滞后或逾期的任务${behind.length}项：${behind.map(describe).join('；')}`;
    const tail = watch.length === 0 ? '' : `；另有${watch.length}项需关注：${watchNames.join('、')}`;
    return `${head}${tail}。`;
  }
  const head =
    behind.length === 0
      ? 'No task is lagging or overdue'
      : `${behind.length} ${behind.length === 1 ? 'task is' : 'tasks are'} lagging or overdue: ${behind.map(describe).join('; ')}`;
  const tail = watch.length === 0 ? '' : `; ${watch.length} more on watch (${listEn(watchNames)})`;
  return `${head}${tail}.`;
}

const isWhole = (ind: Indicator) =>
  ind.observations.every((o) => Number.isInteger(o.value)) &&
  ind.targets.every((t) => Number.isInteger(t.value));

/** Decimal places for an indicator's figures: none for counts of firms, one for areas and amounts. */
export const indicatorDigits = (ind: Indicator): number => (isWhole(ind) ? 0 : 1);

function headlineSentence(x: AssessedIndicator, lang: Lang): string | null {
  const { indicator: ind, a } = x;
  if (a.target === null || a.actual === null || a.attainment === null || ind.kind === 'milestone')
    return null;
  const digits = indicatorDigits(ind);
  const q = (v: number) => formatQuantity(v, ind, lang, digits);
  const label = targetPeriodLabel(a.target, lang);
  // Dated, the same label as the tables: "年底" was written for a projection to the end of 2025 too.
  const projection =
    a.projection !== null && a.projectionDate !== null && ind.direction === 'higher'
      ? lang === 'zh'
        ? `，按当前进度预计至${formatDate(a.projectionDate, lang)}达${q(a.projection)}`
        : `; at the current pace ${q(a.projection)} by ${formatDate(a.projectionDate, lang)}`
      : '';
  if (lang === 'zh') {
    return `${ind.name}${q(a.actual)}，完成${label}目标（${q(a.target.value)}）的${pct(a.attainment)}%${projection}`;
  }
  return `${nameIn(ind, lang)}: ${q(a.actual)}, ${pct(a.attainment)}% of the ${label} target of ${q(a.target.value)}${projection}`;
}

function indicatorsParagraph(input: SummaryInput): string {
  const { assessment, lang, headlineIds = HEADLINE_IDS } = input;
  const r = assessment.indicatorsOverall;
  if (r === null) return MISSING[lang].indicators;
  const dropped = droppedClause(input, 'indicators');
  const counts = countsClause(r.counts, INDICATOR_WORD[lang], lang, '项');
  const noData =
    r.noData > 0 ? (lang === 'zh' ? `、${r.noData}项暂无数据` : `, ${r.noData} without data`) : '';
  const sentences = headlineIds
    .map((id) => assessment.indicators.find((x) => x.indicator.id === id))
    .filter((x): x is AssessedIndicator => x !== undefined)
    .map((x) => headlineSentence(x, lang))
    .filter((s): s is string => s !== null);
  if (lang === 'zh') {
    const head = `${r.count}项指标${dropped}中${counts || '0项有数据'}${noData}`;
    return sentences.length ? `${head}。${sentences.join('；')}。` : `${head}。`;
  }
  const head = `Of ${r.count} indicators${dropped}, ${counts || 'none has data'}${noData}`;
  return sentences.length ? `${head}. ${sentences.join('; ')}.` : `${head}.`;
}

function changesParagraph({ assessment, before, diff, data, lang }: SummaryInput): string | null {
  if (!diff || !before || !before.overall || !assessment.overall) return null;
  const s = diff.summary;
  const from = formatDate(diff.from, lang);
  const p0 = pct(before.overall.meanProgress);
  const p1 = pct(assessment.overall.meanProgress);
  const d = p1 - p0;
  const changed = diff.tasks
    .filter((c) => c.before !== null && c.before !== c.after)
    .map((c) => {
      const task = data.tasks.find((x) => x.id === c.taskId);
      const name = task ? nameIn(task, lang) : c.taskId;
      const no = task?.order ?? c.taskId;
      return lang === 'zh'
        ? `任务${no}“${name}”由${TASK_WORD.zh[c.before as StatusCode]}转为${TASK_WORD.zh[c.after]}`
        : `task ${no} from ${TASK_WORD.en[c.before as StatusCode]} to ${TASK_WORD.en[c.after]}`;
    });
  if (lang === 'zh') {
    const move =
      d === 0
        ? `任务总体完成保持${p1}%`
        : `任务总体完成由${p0}%${d > 0 ? '升至' : '降至'}${p1}%（${d > 0 ? '+' : '−'}${Math.abs(d)}个百分点）`;
    const list = changed.length ? `。状态变化：${changed.join('；')}` : '。任务状态无变化';
    return `与${from}相比，${move}；任务与指标中新完成${s.newlyDone}项、新增滞后或逾期${s.newlyBehind}项，状态好转${s.improved}项、变差${s.worsened}项；任务达成里程碑${s.milestonesAchieved}个${list}。`;
  }
  const move =
    d === 0
      ? `overall completion held at ${p1}%`
      : `overall completion went from ${p0}% to ${p1}% (${d > 0 ? '+' : '−'}${Math.abs(d)} ${Math.abs(d) === 1 ? 'point' : 'points'})`;
  const list = changed.length ? `. Status changes: ${changed.join('; ')}` : '. No task changed status';
  return `Since ${from}, ${move}; across tasks and indicators ${s.newlyDone} newly done, ${s.newlyBehind} newly lagging or overdue, ${s.improved} improved and ${s.worsened} worsened; task milestones achieved: ${s.milestonesAchieved}${list}.`;
}

export function buildSummary(input: SummaryInput): SummaryParagraph[] {
  const out: SummaryParagraph[] = [{ key: 'tasks', text: tasksParagraph(input) }];
  const functions = functionsParagraph(input);
  if (functions) out.push({ key: 'functions', text: functions });
  const behind = behindParagraph(input);
  if (behind) out.push({ key: 'behind', text: behind });
  out.push({ key: 'indicators', text: indicatorsParagraph(input) });
  const changes = changesParagraph(input);
  if (changes) out.push({ key: 'changes', text: changes });
  return out;
}
