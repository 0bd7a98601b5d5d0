// normalizeText and nfkc read the usual cell text without ICU's NFKC; the answers must be NFKC's.
import { chineseNumeralsToDigits, nfkc, normalizeText } from '../../src/core/normalize';

/** The definition: NFKC, brackets to (), dash runs to —, no spaces or line breaks. */
function definition(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[〔【［[]/g, '(')
    .replace(/[〕】］\]]/g, ')')
    .replace(/[—–―‒−]+/g, '—')
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
}

describe('normalizeText', () => {
  test.each([
    ['省发展改革委（牵头）、省财政厅', '省发展改革委(牵头)、省财政厅'],
    ['２０１８年６月底前', '2018年6月底前'],
    ['各市、县〔市、区〕政府', '各市、县(市、区)政府'],
    ['2018 — 2022 年', '2018—2022年'],
    ['2018–2022年', '2018—2022年'],
    ['Ａ　Ｂ\n[1]', 'AB(1)'],
    ['①省发改委', '1省发改委'],
  ])('%p -> %p', (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  test('every BMP character, alone and between others, reads as the definition says', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue; // lone surrogates
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}中`, `${ch}${ch} ${ch}`]) {
        if (normalizeText(s) !== definition(s)) differ.push(c.toString(16));
        if (nfkc(s) !== s.normalize('NFKC')) differ.push(`nfkc ${c.toString(16)}`);
      }
    }
    expect(differ).toEqual([]);
  });

  test('random mixes of the characters that change', () => {
    const alphabet = [...'a中 \n—–－［[]〔】（，、\u3000\u00a0１Ａ“~\t…①'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 20000; n++) {
      let s = '';
      for (let i = Math.floor(next() * 10); i > 0; i--) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(normalizeText(s)).toBe(definition(s));
    }
  });
});

describe('chineseNumeralsToDigits', () => {
  test.each([
    ['二〇一八年六月', '2018年6月'],
    ['十二月', '12月'],
    ['二十一日', '21日'],
    ['两次', '2次'],
  ])('%p -> %p', (text, expected) => {
    expect(chineseNumeralsToDigits(text)).toBe(expected);
  });
});
