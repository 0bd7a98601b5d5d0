// The fake must behave like real Excel where add-ins trip (../shared/spec/excel-facts.md).
import { FakeExcel, FakeRequestContext, PAYLOAD_LIMIT, colName, colIndex, parseArea } from './excel';

function book(excelApi = 12) {
  const fx = new FakeExcel({ excelApi });
  fx.addSheet('台账', [
    ['序号', '重点任务'],
    [1, '任务甲'],
  ]);
  return fx;
}

describe('load and sync semantics', () => {
  test('reading before sync throws PropertyNotLoaded; after sync the value is there', async () => {
    const fx = book();
    await fx.run(async (ctx: FakeRequestContext) => {
      const r = ctx.workbook.worksheets.getItem('台账').getRange('A1:B2');
      r.load('values');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(r.values).toEqual([
        ['序号', '重点任务'],
        [1, '任务甲'],
      ]);
      expect(() => r.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('a proxy used in another Excel.run throws InvalidRequestContext', async () => {
    const fx = book();
    const r = await fx.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('台账').getRange('A1');
      range.load('values');
      await ctx.sync();
      return range;
    });
    await fx.run(async () => {
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'InvalidRequestContext' }));
      expect(() => r.load('values')).toThrow(expect.objectContaining({ code: 'InvalidRequestContext' }));
    });
  });

  test('errors surface at sync, not where queued', async () => {
    const fx = book();
    await fx.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItem('没有这张表');
      const r = missing.getRange('A1');
      expect(() => r.load('values')).not.toThrow();
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      const bad = ctx.workbook.worksheets.getItem('台账').getRange('NOT AN ADDRESS');
      bad.load('address');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  test('sync calls are counted, including the implicit final one of Excel.run', async () => {
    const fx = book();
    await fx.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('台账').getRange('A1').load('values');
      await ctx.sync();
      ctx.workbook.worksheets.getItem('台账').getRange('C1').values = [['x']];
    });
    expect(fx.syncCount).toBe(2);
    expect(fx.cell('台账', 'C1').value).toBe('x');
  });

  test('getItemOrNullObject reports isNullObject after sync', async () => {
    const fx = book();
    await fx.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItemOrNullObject('台账').load('isNullObject,name');
      const b = ctx.workbook.worksheets.getItemOrNullObject('无').load('isNullObject');
      await ctx.sync();
      expect(a.isNullObject).toBe(false);
      expect(a.name).toBe('台账');
      expect(b.isNullObject).toBe(true);
    });
  });
});

describe('values', () => {
  test('empty cells read as ""; used range; address carries the sheet name', async () => {
    const fx = book();
    fx.addSheet('Sheet 2');
    await fx.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('台账');
      const r = ws.getRange('A1:C3').load('values,address,rowIndex,columnIndex');
      const used = ws.getUsedRange(true).load('address,rowCount,columnCount');
      const empty = ctx.workbook.worksheets.getItem('Sheet 2').getUsedRangeOrNullObject(true).load('isNullObject');
      const cell = ws.getRange('B2:C3').getCell(1, 1).load('address');
      await ctx.sync();
      expect(r.values[2]).toEqual(['', '', '']);
      expect(r.address).toBe("'台账'!A1:C3");
      expect(used.address).toBe("'台账'!A1:B2");
      expect([used.rowCount, used.columnCount]).toEqual([2, 2]);
      expect(empty.isNullObject).toBe(true);
      expect(cell.address).toBe("'台账'!C3");
    });
  });

  test('writing a block of the wrong size fails at sync', async () => {
    const fx = book();
    await fx.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('台账').getRange('A1:B1').values = [['only one']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });
});

describe('formats', () => {
  test('"no fill" reads as #FFFFFF like solid white; tintAndShade and pattern tell them apart', async () => {
    const fx = book();
    await fx.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('台账');
      ws.getRange('B1').format.fill.color = '#FFFFFF';
      await ctx.sync();
      const none = ws.getRange('A1').format.fill.load('color,tintAndShade,pattern');
      const white = ws.getRange('B1').format.fill.load('color,tintAndShade,pattern');
      await ctx.sync();
      expect(none.color).toBe('#FFFFFF');
      expect(white.color).toBe('#FFFFFF');
      expect(none.tintAndShade).toBeNull();
      expect(none.pattern).toBeNull();
      expect(white.tintAndShade).toBe(0);
      expect(white.pattern).toBe('Solid');
    });
    expect(fx.cell('台账', 'A1').fill).toBeNull();
    expect(fx.cell('台账', 'B1').fill).toEqual({ color: '#FFFFFF' });
  });

  test('fill.clear() restores no fill; a mixed range reads null', async () => {
    const fx = book();
    await fx.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('台账');
      ws.getRange('A1').format.fill.color = '#FFC7CE';
      const mixed = ws.getRange('A1:B1').format.fill.load('color');
      const mixedFont = ws.getRange('A1:B1').format.font.load('bold');
      ws.getRange('A1').format.font.bold = true;
      const mixedFont2 = ws.getRange('A1:B1').format.font.load('bold');
      await ctx.sync();
      expect(mixed.color).toBeNull();
      expect(mixedFont.bold).toBe(false);
      expect(mixedFont2.bold).toBeNull();
      ws.getRange('A1').format.fill.clear();
      const after = ws.getRange('A1:B1').format.fill.load('color,tintAndShade');
      await ctx.sync();
      expect(after.color).toBe('#FFFFFF');
      expect(after.tintAndShade).toBeNull();
    });
  });

  test('conditional formats overlay the display without touching the cell format', async () => {
    const fx = book();
    const before = fx.cell('台账', 'A2');
    await fx.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('台账');
      const cf = ws.getRanges('A2,B1:B2').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=TRUE';
      cf.custom.format.fill.color = '#FFC7CE';
      await ctx.sync();
      const cfs = ws.getRange().conditionalFormats.load('items/type');
      await ctx.sync();
      expect(cfs.items.map((c) => c.type)).toEqual(['Custom']);
      const rule = cfs.items[0].custom.rule.load('formula');
      await ctx.sync();
      expect(rule.formula).toBe('=TRUE');
    });
    expect(fx.displayedFill('台账', 'A2')).toBe('#FFC7CE');
    expect(fx.displayedFill('台账', 'A1')).toBeNull();
    expect(fx.cell('台账', 'A2')).toEqual(before);
  });

  test('loading custom on a non-custom conditional format fails', async () => {
    const fx = book();
    await fx.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('台账');
      ws.getRange('A1').conditionalFormats.add('DataBar');
      await ctx.sync();
      ws.getRange().conditionalFormats.load('items/custom/rule/formula');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
  });
});

describe('limits', () => {
  test('an address over 8,192 characters fails at sync', async () => {
    const fx = book();
    const long = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(',');
    expect(long.length).toBeGreaterThan(8192);
    await fx.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('台账').getRanges(long).format.fill.color = '#FF0000';
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  test('a request over 5 MB fails with RequestPayloadSizeLimitExceeded; so does a response', async () => {
    const fx = book();
    const big = 'x'.repeat(1024);
    const rows = Array.from({ length: 6000 }, () => [big]);
    await fx.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('台账');
      ws.getRange(`D1:D${rows.length}`).values = rows;
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
      ws.getRange('D1:D3000').values = rows.slice(0, 3000);
      await ctx.sync();
      ws.getRange('D3001:D6000').values = rows.slice(0, 3000);
      await ctx.sync();
      ws.getRange('D1:D6000').load('values');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(PAYLOAD_LIMIT).toBe(5 * 1024 * 1024);
  });

  test('payload size counts UTF-8 bytes: Chinese text weighs three times its length', async () => {
    const fx = book();
    const chars = 1_900_000; // 1.9 M characters: 1.9 MB in ASCII, 5.7 MB in Chinese
    await fx.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('台账');
      ws.getRange('F1').values = [['a'.repeat(chars)]];
      await ctx.sync();
      ws.getRange('F2').values = [['长'.repeat(chars)]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
  });

  test('APIs past the supported requirement set are absent', async () => {
    const fx = book(8);
    await fx.run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem('台账').getRanges('A1,B2')).toThrow();
    });
    expect(fx.office().context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(fx.office().context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
  });
});

describe('workbook parts', () => {
  test('custom XML parts by namespace, getXml after sync, settings JSON-serialised', async () => {
    const fx = book();
    await fx.run(async (ctx) => {
      ctx.workbook.customXmlParts.add('<cfg xmlns="urn:x">1</cfg>');
      ctx.workbook.settings.add('k', { d: new Date(Date.UTC(2020, 0, 1)) });
      await ctx.sync();
      const part = ctx.workbook.customXmlParts.getByNamespace('urn:x').getOnlyItemOrNullObject();
      part.load('isNullObject');
      await ctx.sync();
      const xml = part.getXml();
      expect(() => xml.value).toThrow();
      await ctx.sync();
      expect(xml.value).toBe('<cfg xmlns="urn:x">1</cfg>');
      const s = ctx.workbook.settings.getItemOrNullObject('k').load('value');
      await ctx.sync();
      expect(s.value).toEqual({ d: '2020-01-01T00:00:00.000Z' });
    });
  });

  test('select() sets the selection and activates the sheet', async () => {
    const fx = book();
    fx.addSheet('其他');
    await fx.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('其他').getRange('C5').select();
    });
    expect(fx.model.selection).toEqual({ sheetId: fx.sheetByName('其他')!.id, address: 'C5' });
    expect(fx.model.activeSheetId).toBe(fx.sheetByName('其他')!.id);
  });
});

test.each([
  [0, 'A'],
  [25, 'Z'],
  [26, 'AA'],
  [701, 'ZZ'],
  [702, 'AAA'],
])('column %i is %s and back', (i, name) => {
  expect(colName(i)).toBe(name);
  expect(colIndex(name)).toBe(i);
});

test('parseArea handles quoted sheet names, whole columns and rows', () => {
  expect(parseArea("'我的 表'!B2:C3")).toEqual({ sheet: '我的 表', rect: { top: 1, left: 1, bottom: 2, right: 2 } });
  expect(parseArea('C:D').rect).toMatchObject({ left: 2, right: 3, top: 0 });
  expect(parseArea('3:4').rect).toMatchObject({ top: 2, bottom: 3, left: 0 });
});
