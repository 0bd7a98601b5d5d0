// The engine's speed structures must not change what it finds: each is checked against the plain
// definition it replaces.
import { CellMemo, checkLedger } from '../../src/core/engine';
import { taskKey, slowTaskKey, duplicateGroups } from '../../src/core/rules/util';
import { BigramSet, bigrams, preparePlan, textMatch, matchRow, similarity, NEAR_MATCH_THRESHOLD } from '../../src/core/rules/plan-match';
import { PLAN_2018 } from '../../src/core/plan';
import { parseSchedule } from '../../src/core/schedule';
import { UnitDirectory, parseUnits } from '../../src/core/units';
import type { CellValue } from '../../src/core/types';
import { getRule } from '../../src/core/rules';

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

  test('matchRow (memoised) and textMatch agree', () => {
    const memo = new Map();
    const t = PLAN_2018.tasks[7];
    const row = { taskKey: taskKey(t.task), seq: t.seq, unitsKey: '', units: { units: [], lead: null }, timeWords: '', schedule: { kind: 'unknown' as const } };
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
