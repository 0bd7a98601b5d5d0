// The engine's speed structures must not change what it finds: each is checked against the plain
// definition it replaces.
import { CellMemo, checkLedger } from '../../src/core/engine';
import { taskKey, slowTaskKey, duplicateGroups, hashTaskKey, keyScan, scanTaskKey, scannedKeyEquals, scannedTaskKey } from '../../src/core/rules/util';
import { BigramSet, bigrams, mayMatchText, preparePlan, textMatch, matchRow, similarity, unitNames, unitsKey, NEAR_MATCH_THRESHOLD } from '../../src/core/rules/plan-match';
import { seqGroups } from '../../src/core/rules/seq-duplicate';
import type { RowContext } from '../../src/core/rules/types';
import { PLAN_2018 } from '../../src/core/plan';
import { parseSchedule } from '../../src/core/schedule';
import { statusAt } from '../../src/core/status';
import { UnitDirectory, parseUnits } from '../../src/core/units';
import type { CellValue } from '../../src/core/types';
import { getRule, RULES } from '../../src/core/rules';
import { cellString, isBlank, isErrorValue } from '../../src/core/sheet/rows';
import { cellText } from '../../src/core/normalize';

function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

describe('taskKey fast path', () => {
  const samples = [
    '严控会议经费',
    '打造“掌上办事之省”',
    '打造"掌上办事之省"',
    '杭州市推进“最多跑一次”改革，完成率达到95%（12）',
    '全面推行 行政执法公示制度、执法全过程记录制度',
    '建立〔2018〕16号文件落实机制【试点】',
    '２０１９年完成ＡＢＣ',
    '第①批任务',
    'ＫＰＩ考核—年度',
    '任务\u00a0名称\u3000一\n二',
    'café',
    'cafe\u0301',
    '豈更车', // compatibility ideographs (NFKC changes them)
    '',
    '—',
    '推进，'.repeat(5000), // longer than one fromCharCode chunk
  ];
  test.each(samples)('%s: same key as the definition', (s) => {
    expect(taskKey(s)).toBe(slowTaskKey(s));
  });

  test('random text over the characters that matter: same key as the definition', () => {
    const pool = '任务推进省市县2019abcXYZ，,、。.“”"\'（）()〔〕【】［］[]—–-_ \u3000\u00a0\n：:；;！!？?·•《》<>０９ＡＺ①豈%/+#&*=~`^|{}$@\\\t\u0001\u007f';
    const rnd = random(7);
    for (let n = 0; n < 2000; n++) {
      let s = '';
      const len = Math.floor(rnd() * (n % 100 === 0 ? 5000 : 20));
      for (let i = 0; i < len; i++) s += pool[Math.floor(rnd() * pool.length)];
      expect(taskKey(s)).toBe(slowTaskKey(s));
      if (scanTaskKey(s)) {
        expect(keyScan.hash).toBe(hashTaskKey(slowTaskKey(s)));
        expect(scannedTaskKey(s)).toBe(slowTaskKey(s));
      }
    }
  });

  test.each(samples)('%s: the scan gives the key and its hash, or leaves the text to taskKey', (s) => {
    if (scanTaskKey(s)) {
      expect(keyScan.length).toBe(slowTaskKey(s).length);
      expect(keyScan.hash).toBe(hashTaskKey(slowTaskKey(s)));
      expect(scannedTaskKey(s)).toBe(slowTaskKey(s));
    } else {
      expect(s).toMatch(/[^\u4e00-\u9fff\x21-\x7e]/);
    }
  });

  test('scannedKeyEquals: the scanned key against key strings, as string equality', () => {
    const keys = samples.map((s) => slowTaskKey(s));
    for (const s of samples) {
      for (const k of keys) {
        if (!scanTaskKey(s)) continue;
        expect(scannedKeyEquals(k)).toBe(slowTaskKey(s) === k);
      }
    }
  });

  test('hashTaskKey is a small integer', () => {
    for (const s of samples) {
      const h = hashTaskKey(s);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 30).toBe(true);
    }
  });
});

describe('BigramSet', () => {
  test.each(['', 'a', 'ab', 'aaaa', 'abab', '推进政府数字化转型', '推进推进推进', 'x'.repeat(600)])('%s: the distinct bigrams of bigrams(), in first-seen order', (s) => {
    const set = new BigramSet();
    set.load('reused before'); // a previous text leaves nothing behind
    set.load(s);
    expect(Array.from(set.items.subarray(0, set.size))).toEqual([...bigrams(s)]);
  });
});

describe('text matching', () => {
  const dir = UnitDirectory.builtin();
  const pp = preparePlan(PLAN_2018, (t) => parseSchedule(t, { asOf: '2019-06-30' }), (t) => parseUnits(t, dir), dir);

  test('exact text: every plan task, shared objects', () => {
    PLAN_2018.tasks.forEach((t, i) => {
      const m = textMatch(pp, taskKey(t.task));
      expect(m?.via).toBe('text');
      expect(m?.candidates).toContain(i);
      expect(textMatch(pp, taskKey(t.task))).toBe(m);
    });
  });

  test('near text: the candidates are the plan tasks with the best similarity >= the threshold', () => {
    const rnd = random(11);
    for (let n = 0; n < 300; n++) {
      const t = PLAN_2018.tasks[Math.floor(rnd() * PLAN_2018.tasks.length)].task;
      const cut = Math.floor(rnd() * t.length);
      const edited = rnd() < 0.5 ? t.slice(0, cut) + '工作' + t.slice(cut + 1) : `本单位${t.slice(0, cut)}`;
      const key = taskKey(edited);
      const m = textMatch(pp, key);
      if (m?.via === 'text') continue;
      const scores = pp.keys.map((k) => similarity(key, k));
      const best = Math.max(...scores);
      const expected = best >= NEAR_MATCH_THRESHOLD - 1e-9 ? scores.flatMap((s, i) => (Math.abs(s - best) <= 1e-9 ? [i] : [])) : [];
      expect(m ? m.candidates : []).toEqual(expected);
    }
  });

  test('mayMatchText is false only where textMatch finds nothing', () => {
    const rnd = random(13);
    let skipped = 0;
    const texts: string[] = [];
    for (let n = 0; n < 400; n++) {
      const t = PLAN_2018.tasks[Math.floor(rnd() * PLAN_2018.tasks.length)].task;
      const cut = Math.floor(rnd() * t.length);
      texts.push(t, t.slice(0, cut) + '工作' + t.slice(cut + 1), `本单位${t.slice(0, cut)}`, `杭州市推进营商环境评价，完成率达到${n}项（${n % 97}）`, t.slice(0, 1), '');
    }
    for (const s of texts) {
      if (!scanTaskKey(s)) continue;
      const may = mayMatchText(pp, keyScan.units, keyScan.length, keyScan.hash);
      if (!may) {
        skipped++;
        expect(textMatch(pp, taskKey(s))).toBeNull();
      }
    }
    expect(skipped).toBeGreaterThan(100);
  });

  test('matchRow (memoised) and textMatch agree', () => {
    const memo = new Map();
    const t = PLAN_2018.tasks[7];
    const row = { taskKey: taskKey(t.task), seq: t.seq, unitsKey: '', parsedUnits: { units: [], lead: null }, timeWords: '', schedule: { kind: 'unknown' as const } };
    expect(matchRow(pp, row, memo)?.index).toBe(7);
    expect(memo.get(row.taskKey)).toBe(textMatch(pp, row.taskKey));
  });
});

describe('CellMemo', () => {
  test('one value per distinct cell: text, number, date by time, blank and booleans apart', () => {
    const made: CellValue[] = [];
    const memo = new CellMemo<string>((v) => {
      made.push(v);
      return `${typeof v}:${v instanceof Date ? v.getTime() : String(v)}`;
    });
    const cells: CellValue[] = ['1', 1, '1', 1, new Date(0), new Date(0), true, 'true', null, undefined, null, ''];
    expect(cells.map((c) => memo.get(c))).toEqual([
      'string:1', 'number:1', 'string:1', 'number:1', 'object:0', 'object:0', 'boolean:true', 'string:true',
      'object:null', 'undefined:undefined', 'object:null', 'string:',
    ]);
    expect(made).toHaveLength(8);
  });

  test('a memoised undefined is not made again', () => {
    let calls = 0;
    const memo = new CellMemo<undefined>(() => {
      calls++;
      return undefined;
    });
    memo.get('x');
    memo.get('x');
    expect(calls).toBe(1);
  });

  test('the previous value shortcut: equal text, the same date object, NaN and -0 as the maps read them', () => {
    const made: CellValue[] = [];
    const memo = new CellMemo<string>((v) => {
      made.push(v);
      return `${typeof v}:${v instanceof Date ? v.getTime() : String(v)}`;
    });
    const d = new Date(86400000);
    const cells: CellValue[] = ['a', 'a', 'b', 'a', d, d, new Date(86400000), NaN, NaN, 0, -0, 0, undefined, undefined, 'b'];
    expect(cells.map((c) => memo.get(c))).toEqual([
      'string:a', 'string:a', 'string:b', 'string:a', 'object:86400000', 'object:86400000', 'object:86400000',
      'number:NaN', 'number:NaN', 'number:0', 'number:0', 'number:0', 'undefined:undefined', 'undefined:undefined', 'string:b',
    ]);
    expect(made).toEqual(['a', 'b', d, NaN, 0, undefined]);
  });
});

describe('seq-duplicate groups', () => {
  const rowsOf = (seqs: Array<number | null>) => seqs.map((seq, i) => ({ seq, excelRow: i + 3 }) as unknown as RowContext);
  test.each([
    ['none', [] as Array<number | null>],
    ['distinct', [1, 2, 3, null, 4]],
    ['repeats', [1, 2, 2, null, 3, 1, 2, null, 3, 3, 5]],
    ['beyond the typed array', [1, 5e8, 2, 5e8, 1, 1e15, 1e15]],
  ])('%s: the same groups, in the same order, as duplicateGroups', (_name, seqs) => {
    const rows = rowsOf(seqs);
    expect(seqGroups(rows)).toEqual(duplicateGroups(rows, (r) => r.seq));
  });
  test('random 序号: the same groups as duplicateGroups', () => {
    const rnd = random(11);
    const seqs = Array.from({ length: 2000 }, () => (rnd() < 0.05 ? null : 1 + Math.floor(rnd() * 1500)));
    const rows = rowsOf(seqs);
    const groups = seqGroups(rows);
    expect(groups.length).toBeGreaterThan(100);
    expect(groups).toEqual(duplicateGroups(rows, (r) => r.seq));
  });
});

describe('unitsKey', () => {
  test('the sorted, deduplicated unit names joined (the definition)', () => {
    const dir = UnitDirectory.builtin();
    const cells = [
      '', '省财政厅', '省财政厅、省财政厅', '省司法厅、省法制办', '省财政厅、省发展改革委、省公安厅', '省公安厅，省财政厅、省公安厅',
      '杭州市发展局、省统计局（牵头）、未知单位、省财政厅', '各市、县(市、区)政府、省政府办公厅', 'ＡＢＣ单位、abc单位',
    ];
    for (const c of cells) {
      const p = parseUnits(c, dir);
      expect(unitsKey(p)).toBe(unitNames(p).sort().join('|'));
    }
  });
});

describe('task-duplicate groups built by the engine', () => {
  test('the same groups, in the same order, as duplicateGroups over the rows', () => {
    const rnd = random(3);
    const texts = ['严控会议经费', '严控会议经费。', '建设智慧财政平台', '“建设智慧财政平台”', '推进数字化转型', ''];
    const values: CellValue[][] = [['序号', '重点任务', '责任单位', '时间要求']];
    for (let i = 1; i <= 200; i++) values.push([i, texts[Math.floor(rnd() * texts.length)] + (rnd() < 0.5 ? '' : String(i % 7)), '省财政厅', '2019年底前']);
    let seen: unknown = null;
    const rule = getRule('task-duplicate')!;
    const spy = jest.spyOn(rule, 'check').mockImplementation((ctx) => {
      seen = [ctx.taskGroups, duplicateGroups(ctx.rows, (r) => r.taskKey)];
    });
    try {
      checkLedger({ values }, { asOf: '2019-06-30' });
    } finally {
      spy.mockRestore();
    }
    const [engine, plain] = seen as [unknown[][], unknown[][]];
    expect(engine.length).toBeGreaterThan(3);
    expect(engine).toEqual(plain);
  });
});

describe('candidate rows noted by the engine', () => {
  test('every rule reports the same with the engine lists as over all rows', () => {
    const rnd = random(5);
    const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
    const tasks = [...PLAN_2018.tasks.slice(0, 10).map((t) => t.task), '建设智慧财政平台', '严控会议经费工作', '', '推进数字化转型'];
    const units = ['省财政厅', '省发改委、省财政厅', '省法制办（牵头）、省财政厅', '市财政局', '省财政局', '', '#N/A', PLAN_2018.tasks[7].units, '省质监局、省发展改革委'];
    const times: CellValue[] = ['2019年6月底前', '每年推进', '2018—2022年', '执行国家规定', '尽快', '', new Date(Date.UTC(2019, 6, 10)), '2025年底前', '2017年底前', PLAN_2018.tasks[7].time];
    const dones: CellValue[] = ['已完成', '推进中', '', '是', 1];
    const dates: CellValue[] = ['', '2019-03-01', '2019-12-31', '不详', new Date(Date.UTC(2019, 0, 5))];
    const seqs: CellValue[] = [1, 2, 3, 'x', '', 5, 4];
    const values: CellValue[][] = [['序号', '重点任务', '责任(牵头)单位', '时间要求', '完成情况', '完成时间']];
    for (let i = 0; i < 400; i++) values.push([pick(seqs), pick(tasks), pick(units), pick(times), pick(dones), pick(dates)]);
    const two: CellValue[][] = [['序号', '重点任务', '牵头单位', '配合单位', '时间要求', '完成情况']];
    for (let i = 0; i < 200; i++) two.push([pick(seqs), pick(tasks), pick(units), pick(units), pick(times), pick(dones)]);

    for (const sheet of [values, two]) {
      // Rows read their cells only while the check runs: the rules are compared from inside it.
      const rule = getRule('required')!;
      const original = rule.check;
      let total = -1;
      const spy = jest.spyOn(rule, 'check').mockImplementation((ctx) => {
        expect(ctx.candidates).toBeDefined();
        total = 0;
        for (const r of RULES) {
          const check = r === rule ? original : r.check;
          const withLists: unknown[] = [];
          const withoutLists: unknown[] = [];
          check({ ...ctx, report: (i) => withLists.push(i) });
          check({ ...ctx, candidates: undefined, report: (i) => withoutLists.push(i) });
          expect(withLists).toEqual(withoutLists);
          total += withLists.length;
        }
      });
      try {
        checkLedger({ values: sheet }, { asOf: '2019-07-01' });
      } finally {
        spy.mockRestore();
      }
      expect(total).toBeGreaterThan(100);
    }
  });
});

describe('task-duplicate groups when two keys share a hash', () => {
  test('keys with the same hash stay apart; the groups equal duplicateGroups over the rows', () => {
    // Two different keys with the same hashTaskKey, found by search.
    const seen = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; pair === null; i++) {
      const s = `任务${i.toString(36)}`;
      const h = hashTaskKey(s);
      const other = seen.get(h);
      if (other !== undefined && other !== s) pair = [other, s];
      else seen.set(h, s);
    }
    const [a, b] = pair;
    expect(hashTaskKey(a)).toBe(hashTaskKey(b));
    const rnd = random(5);
    const texts = [a, b, `${a}。`, `“${b}”`, '严控会议经费'];
    const values: CellValue[][] = [['序号', '重点任务', '责任单位', '时间要求']];
    for (let i = 1; i <= 120; i++) values.push([i, texts[Math.floor(rnd() * texts.length)], '省财政厅', '2019年底前']);
    let got: unknown = null;
    const rule = getRule('task-duplicate')!;
    const spy = jest.spyOn(rule, 'check').mockImplementation((ctx) => {
      got = [ctx.taskGroups, duplicateGroups(ctx.rows, (r) => r.taskKey)];
    });
    try {
      checkLedger({ values }, { asOf: '2019-06-30' });
    } finally {
      spy.mockRestore();
    }
    const [engine, plain] = got as [RowContext[][], RowContext[][]];
    expect(engine.length).toBe(3);
    expect(engine).toEqual(plain);
    // A collision first seen with a single row of each key, then both repeated.
    const values2: CellValue[][] = [['序号', '重点任务', '责任单位', '时间要求'], [1, a, '省财政厅', '2019年底前'], [2, b, '省财政厅', '2019年底前'], [3, b, '省财政厅', '2019年底前'], [4, a, '省财政厅', '2019年底前']];
    const spy2 = jest.spyOn(rule, 'check').mockImplementation((ctx) => {
      got = [ctx.taskGroups, duplicateGroups(ctx.rows, (r) => r.taskKey)];
    });
    try {
      checkLedger({ values: values2 }, { asOf: '2019-06-30' });
    } finally {
      spy2.mockRestore();
    }
    const [engine2, plain2] = got as [RowContext[][], RowContext[][]];
    expect(engine2.map((g) => g.map((r) => r.excelRow))).toEqual([[3, 4], [2, 5]]);
    expect(engine2).toEqual(plain2);
  });
});

describe('cell text shortcuts', () => {
  // The definitions the shortcuts stand for.
  const plainString = (v: CellValue): string => (isErrorValue(v) ? '' : cellText(v).trim());
  const plainBlank = (v: CellValue): boolean =>
    v === null || v === undefined || (typeof v === 'string' ? v.trim() === '' : v instanceof Date ? Number.isNaN(v.getTime()) : typeof v === 'number' ? Number.isNaN(v) : false);
  const cells: CellValue[] = ['', ' ', '\u3000', '\u00a0任务', '任务\u3000', '任务', 'a', ' a ', '#N/A', ' #N/A', '#N/A ', '#备注', '＃', 'Ａ ', '\ufeff', '\u200b', '\n任务\n', 'x\t', 0, NaN, 3, true, null, undefined, new Date(0), new Date(NaN)];
  test.each(cells.map((c) => [c]))('%p: cellString and isBlank as defined', (v) => {
    expect(cellString(v)).toBe(plainString(v));
    expect(isBlank(v)).toBe(plainBlank(v));
  });
  test('random text: cellString and isBlank as defined', () => {
    const pool = ' \u3000\u00a0\t\n\u2028\ufeff\u200b#任Ａａa1，（';
    const rnd = random(17);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = Math.floor(rnd() * 6);
      for (let i = 0; i < len; i++) s += pool[Math.floor(rnd() * pool.length)];
      expect(cellString(s)).toBe(plainString(s));
      expect(isBlank(s)).toBe(plainBlank(s));
    }
  });
});

describe('tasks in the result', () => {
  test('list and serialise as TaskResults (engine state sits under symbols), and hold no sheet cells', () => {
    const values: CellValue[][] = [
      ['序号', '重点任务', '责任(牵头)单位', '时间要求', '完成情况', '完成时间'],
      [1, PLAN_2018.tasks[0].task, PLAN_2018.tasks[0].units, '2019年6月底前', '已完成', '2019-05-01'],
      [2, '推进数字化转型', '省财政厅、省发改委', '每年推进', '', ''],
    ];
    const r = checkLedger({ values, merges: [{ top: 1, left: 5, bottom: 2, right: 5 }] }, { asOf: '2019-07-01' });
    const keys = ['row', 'seq', 'task', 'units', 'lead', 'schedule', 'status', 'statusKey', 'due', 'planSeq', 'parsedUnits'];
    for (const t of r.tasks) {
      expect(Object.keys(t)).toEqual(keys);
      expect(Object.keys(JSON.parse(JSON.stringify(t)))).toEqual(keys);
    }
    expect(r.tasks.map((t) => [t.row, t.seq, t.units, t.lead, t.statusKey, t.due, t.planSeq])).toEqual([
      [2, 1, ['各市、县(市、区)政府党组', '省政府各部门党委(党组)'], '各市、县(市、区)政府党组', 'done', '2019-06-30', 1],
      // 完成时间 is merged over both rows: row 3 is done on 2019-05-01 too.
      [3, 2, ['省财政厅', '省发改委'], '省财政厅', 'done', '2019-12-31', null],
    ]);
    // A kept result does not keep the checked rows' cells alive.
    for (const t of r.tasks) {
      for (const s of Object.getOwnPropertySymbols(t)) {
        const v = (t as unknown as Record<symbol, unknown>)[s];
        if (v && typeof v === 'object' && 'values' in v) expect((v as { values: unknown[] }).values).toHaveLength(0);
      }
    }
  });
});

describe('row status memo', () => {
  test('agrees with statusAt row by row, with hundreds of distinct completion dates', () => {
    const times: CellValue[] = ['2019年6月底前', '每年推进', '每季度', '2018—2022年', '2019年下半年', '执行国家规定', '尽快', new Date(Date.UTC(2019, 2, 31))];
    const dones: CellValue[] = ['已完成', '推进中', '', '是'];
    const values: CellValue[][] = [['序号', '重点任务', '责任(牵头)单位', '时间要求', '完成情况', '完成时间']];
    // 400 distinct days (far past the array the memo keeps per time cell), as text, date cells and serials.
    for (let i = 0; i < 1200; i++) {
      const day = new Date(Date.UTC(2018, 5, 1 + (i % 400)));
      const date = i % 3 === 0 ? day : i % 3 === 1 ? day.toISOString().slice(0, 10) : 25569 + day.getTime() / 86400000;
      values.push([i + 1, `任务${i}`, '省财政厅', times[i % times.length], dones[(i >> 3) % dones.length], i % 7 === 0 ? '' : date]);
    }
    const asOf = '2019-03-15';
    const r = checkLedger({ values }, { asOf, plan: null });
    expect(r.tasks).toHaveLength(1200);
    for (const t of r.tasks) {
      const row = values[t.row - 1];
      const expected = statusAt(parseSchedule(row[3], { asOf }), { done: row[4], date: row[5] }, asOf);
      expect([t.row, t.statusKey, t.due]).toEqual([t.row, expected.key, expected.due]);
    }
    expect(new Set(r.tasks.map((t) => t.statusKey)).size).toBeGreaterThanOrEqual(5);
  });
});
