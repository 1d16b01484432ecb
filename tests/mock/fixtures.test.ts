import { describe, expect, it } from 'vitest';
import { planSchema, rowSchemas, type ListResourceName } from '../../src/domain/schemas';
import { fixtures } from '../../mock/fixtures';

// The 15 tasks exactly as the seed (闵府办意提〔2021〕26号) names them, by aspect.
const SEED_TASKS: Record<string, string[]> = {
  A1: ['建设以交大为主体的成果策源地', '科技资源共享地', '校友资源集聚地', '提升创新创业服务能力'],
  A2: [
    '完善“硬科技”专业化服务体系',
    '探索政府公共服务创新',
    '建设“T字型”开放式双创街区',
    '建设闵行南部新中心商业配套',
    '完善智能医疗产业配套和人才配套',
    '优化紫竹区域的产业配套和滨江休闲配套',
  ],
  A3: ['完善医疗教育配套', '优化居住配套'],
  A4: ['聚焦双创核心区', '做强产业支撑区', '完善配套拓展区'],
};

const SEED_ASPECTS = [
  '依托高校院所，发挥创新引领与辐射带动作用',
  '依托地方政府，完善产业与城市配套',
  '依托市级资源，完善基础设施等配套建设',
  '优化空间布局，打造全球创新创业高地',
];

const SEED_UNITS = [
  '市科委',
  '闵行区',
  '上海交大',
  '华东师大',
  '华东理工',
  '上海理工',
  '市规资局',
  '市国资委',
  '交大科技园',
  '华师大科技园',
  '市科技创业中心',
  '区域发展委员会',
  '运营公司',
  '联席会议办公室',
];

const LISTS: ListResourceName[] = ['units', 'tasks', 'indicators', 'workItems', 'projects'];

describe('mock fixtures', () => {
  it('the plan parses and carries the seed structure', () => {
    const plan = planSchema.parse(fixtures.plan);
    expect(plan.functions.map((f) => `${f.code} ${f.name}`)).toEqual([
      'C 创新策源核心',
      'T 技术转化引领',
      'O 开放创新融合',
    ]);
    expect(plan.aspects.map((a) => a.name)).toEqual(SEED_ASPECTS);
    expect(plan.safeguards.map((s) => s.name)).toEqual(['搭建统一协调机制', '明确统一运行机制']);
    expect(plan.programmes).toHaveLength(1);
    expect(plan.programmes[0]?.areas).toHaveLength(5);
  });

  it.each(LISTS)('every %s row parses with the canonical row schema', (resource) => {
    const rows = fixtures[resource] as unknown[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const result = rowSchemas[resource].safeParse(row);
      expect(
        result.success,
        `${resource} ${JSON.stringify((row as { id?: string }).id)}: ${result.error?.message ?? ''}`,
      ).toBe(true);
    }
    const ids = rows.map((r) => (r as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has all 15 seed tasks by exact name in their aspects, ordered T01..T15', () => {
    const expected = Object.entries(SEED_TASKS).flatMap(([aspectId, names]) =>
      names.map((name) => ({ aspectId, name })),
    );
    expect(fixtures.tasks.map((t) => ({ aspectId: t.aspectId, name: t.name }))).toEqual(expected);
    expect(fixtures.tasks.map((t) => t.id)).toEqual(
      Array.from({ length: 15 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`),
    );
    expect(fixtures.tasks.map((t) => t.order)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('names every organisation of the seed', () => {
    const shortNames = fixtures.units.map((u) => u.shortName);
    for (const name of SEED_UNITS) expect(shortNames).toContain(name);
  });

  it('references only existing units, aspects, areas, indicators, tasks and work items', () => {
    const unitIds = new Set(fixtures.units.map((u) => u.id));
    const aspectIds = new Set(fixtures.plan.aspects.map((a) => a.id));
    const areaIds = new Set(fixtures.plan.programmes.flatMap((p) => p.areas.map((a) => a.id)));
    const programmeIds = new Set(fixtures.plan.programmes.map((p) => p.id));
    const indicatorIds = new Set(fixtures.indicators.map((i) => i.id));
    const taskIds = new Set(fixtures.tasks.map((t) => t.id));
    const workItemIds = new Set(fixtures.workItems.map((w) => w.id));

    for (const t of fixtures.tasks) {
      expect(aspectIds).toContain(t.aspectId);
      for (const id of [t.leadUnitId, ...(t.coUnitIds ?? [])])
        expect(unitIds, `${t.id} → ${id}`).toContain(id);
    }
    for (const w of fixtures.workItems) {
      expect(programmeIds).toContain(w.programmeId);
      expect(areaIds).toContain(w.areaId);
      if (w.leadUnitId) expect(unitIds, `${w.id} → ${w.leadUnitId}`).toContain(w.leadUnitId);
      for (const id of w.indicatorIds ?? []) expect(indicatorIds, `${w.id} → ${id}`).toContain(id);
    }
    for (const p of fixtures.projects)
      if (p.leadUnitId) expect(unitIds, `${p.id} → ${p.leadUnitId}`).toContain(p.leadUnitId);
    for (const i of fixtures.indicators) {
      if (i.taskId) expect(taskIds).toContain(i.taskId);
      if (i.workItemId) expect(workItemIds).toContain(i.workItemId);
    }
  });

  it('covers all five areas of the 2021 programme', () => {
    const areas = new Set(fixtures.workItems.map((w) => w.areaId));
    expect([...areas].sort()).toEqual(['2021-1', '2021-2', '2021-3', '2021-4', '2021-5']);
  });

  it('carries the seed’s numeric targets', () => {
    const target = (name: string, value: number) => {
      const indicator = fixtures.indicators.find((i) => i.name === name);
      expect(indicator, name).toBeDefined();
      expect(
        indicator?.targets?.some((t) => t.value === value),
        `${name} ${value}`,
      ).toBe(true);
      return indicator;
    };
    expect(target('新增科技小巨人企业', 40)?.kind).toBe('increment');
    expect(target('新增上市企业', 6)?.kind).toBe('increment');
    expect(target('高新技术企业', 2100)?.kind).toBe('stock');
    expect(target('剑川路开放式科创街区科创载体投入使用面积', 15)?.kind).toBe('cumulative');
    expect(target('剑川路开放式科创街区科创载体建成面积', 45)?.kind).toBe('cumulative');
    expect(target('南部科创公共服务中心正式运营', 1)?.kind).toBe('milestone');
    expect(target('马桥人工智能试验区4.9平方公里规划调整', 1)?.kind).toBe('milestone');
    expect(fixtures.indicators.some((i) => i.direction === 'lower')).toBe(true);
    expect(fixtures.indicators.some((i) => i.targets?.some((t) => t.trajectory?.length))).toBe(true);
  });

  it('has monotonic progress, within 0..100, reaching 100 on the completion day, and no data after 2025-12-31', () => {
    for (const row of [...fixtures.tasks, ...fixtures.workItems]) {
      const points = row.progress ?? [];
      for (let i = 1; i < points.length; i += 1) {
        const [a, b] = [points[i - 1], points[i]];
        expect(a && b && a.date < b.date, `${row.id} dates`).toBe(true);
        expect(a && b && a.percent <= b.percent, `${row.id} ${b?.date}`).toBe(true);
      }
      for (const p of points) {
        expect(p.percent).toBeGreaterThanOrEqual(0);
        expect(p.percent).toBeLessThanOrEqual(100);
        expect(p.date <= '2025-12-31').toBe(true);
        expect(p.date >= row.start, `${row.id} starts before ${p.date}`).toBe(true);
      }
      if (row.completedOn)
        expect(points.at(-1), row.id).toMatchObject({ date: row.completedOn, percent: 100 });
      else expect(points.at(-1)?.percent ?? 0, row.id).toBeLessThan(100);
    }
    for (const i of fixtures.indicators)
      for (const o of i.observations ?? []) expect(o.date <= '2025-12-31').toBe(true);
    for (const p of fixtures.projects)
      for (const s of p.statusHistory ?? []) expect(s.date <= '2025-12-31').toBe(true);
  });

  it('gives every task a manual status only with a reason, and exactly one task has one', () => {
    const manual = fixtures.tasks.filter((t) => t.manualStatus);
    expect(manual).toHaveLength(1);
    expect(manual[0]?.manualStatus?.reason.length).toBeGreaterThan(10);
  });

  it('gives every task 2 to 4 milestones and a due date between 2022 and 2027', () => {
    for (const t of fixtures.tasks) {
      expect(t.milestones?.length ?? 0, t.id).toBeGreaterThanOrEqual(2);
      expect(t.milestones?.length ?? 0, t.id).toBeLessThanOrEqual(4);
      expect(t.due >= '2022-12-31' && t.due <= '2027-12-31', t.id).toBe(true);
    }
  });
});
