// 责任(牵头)单位 cells -> the units a task names and its lead (spec "Responsible units").
// Known names are found first, longest first, so 各市、县(市、区)政府 stays one unit although it holds
// a 、 outside its brackets; the rest is split on separators outside brackets.

import type { CellValue } from '../types';
import { normalizeText } from '../normalize';
import { isErrorValue } from '../cells';
import { UnitDirectory, sameUnit } from './directory';

export interface ParsedUnit {
  /** As written in the cell (spaces and line breaks removed), markers removed. */
  name: string;
  /** Canonical name from the directory, or null for a unit the directory does not know. */
  canonical: string | null;
  role: 'lead' | 'support';
}

export interface ParsedUnits {
  units: ParsedUnit[];
  /** The lead unit as written, or null when the cell names none. */
  lead: string | null;
}

type Mark = 'lead' | 'support' | null;

/** One normalised character and the span of the original text it came from. */
interface Folded {
  ch: string;
  from: number;
  to: number;
}

const SPACE_RE = /[\s\u00a0\u3000\u200b\ufeff]/;
/** Separators after normalisation: 、 , ， ; ； line breaks, spaces (and a stray 。). */
const SEPARATORS = new Set(['、', ',', ';', ' ', '。']);

/** Label before units: 牵头单位：X marks X as lead, 配合单位：Y marks Y as support, 责任单位： just goes. */
const PREFIX_LABELS: Array<[string, Mark]> = [
  ['责任(牵头)单位:', null],
  ['责任单位:', null],
  ['责任部门:', null],
  ['主责单位:', 'lead'],
  ['牵头单位:', 'lead'],
  ['牵头部门:', 'lead'],
  ['配合单位:', 'support'],
  ['配合部门:', 'support'],
  ['协办单位:', 'support'],
  ['协办部门:', 'support'],
  ['参与单位:', 'support'],
  ['牵头:', 'lead'],
  ['配合:', 'support'],
  ['协办:', 'support'],
];

/**
 * Marks and verbs written after a unit: X（牵头）, X牵头, X（配合）, X配合, X协办, X负责, X牵头负责,
 * X按职责分工负责. Verbs carry no mark (null) unless they say 牵头. Longest first.
 */
const SUFFIX_MARKS: Array<[string, Mark]> = [
  ['按照职责分工负责', null],
  ['按职责分工负责', null],
  ['按职责分别负责', null],
  ['按职能分工负责', null],
  ['按职责负责', null],
  ['牵头负责落实', 'lead'],
  ['牵头负责', 'lead'],
  ['配合负责', 'support'],
  ['分别负责', null],
  ['共同负责', null],
  ['具体负责', null],
  ['负责落实', null],
  ['抓好落实', null],
  ['组织实施', null],
  ['负责', null],
  ['落实', null],
  ['(牵头单位)', 'lead'],
  ['(配合单位)', 'support'],
  ['(协办单位)', 'support'],
  ['(主牵头)', 'lead'],
  ['(牵头)', 'lead'],
  ['(配合)', 'support'],
  ['(协办)', 'support'],
  ['(参与)', 'support'],
  ['牵头', 'lead'],
  ['配合', 'support'],
  ['协办', 'support'],
];

/** Words joining two named units: 省法制办和其他省级部门. Only read as a joiner before a known name. */
const CONNECTORS = ['以及', '和', '及', '与'];

/** A trailing 等 and the generic words that may follow it (等单位, 等省级单位 …): dropped. */
/** 各区、县(市)政府: the head and the tail of a collective local government split by its own 、. */
const COLLECTIVE_HEAD_RE = /^各[市县区乡镇]$/;
const COLLECTIVE_TAIL_RE = /^[市县区乡镇](\([^)]*\))?(人民)?(政府|党委|政府党组)$/;
const TRAILING_DENG_RE = /等(\d{1,2}个)?((省级|市级|县级|区级|有关|相关|其他|其它)?(成员单位|单位|部门))?$/;
/**
 * A note after the units, not a unit: 。列第一位者为牵头单位, 排在首位的为牵头部门, 下同.
 */
const NOTE_RE = /^(?:注:?)?.{0,10}(?:为|是)(?:牵头|主责)(?:单位|部门)$|^(?:以?下同|同上)$/;
const BRACKETED_NOTE_RE = /\(([^()]*)\)$/;
/**
 * Joiners that say who leads: A会同B负责, A联合B, A协同B — A leads, B supports. 联合会 and 协同发展 …
 * are parts of names.
 */
const JOINER_RE = /^(?:会同|联合(?![会国体办社])|协同(?!发展|创新|中心|办))/;

/** Pieces that are only punctuation or dashes (“/”, “—”, “-”) stand for an empty cell. */
const PUNCTUATION_ONLY_RE = /^[\p{P}\p{S}]+$/u;

function fold(text: string): Folded[] {
  const out: Folded[] = [];
  let i = 0;
  for (const cp of text) {
    const from = i;
    i += cp.length;
    // Circled list numbers (①省发改委②省财政厅) separate units.
    if (SPACE_RE.test(cp) || (cp >= '\u2460' && cp <= '\u2473')) {
      out.push({ ch: ' ', from, to: i });
      continue;
    }
    // Ideographs and plain ASCII letters/digits are already normal: skip the costly NFKC call.
    if (/^[\u4e00-\u9fffA-Za-z0-9]$/.test(cp)) out.push({ ch: cp, from, to: i });
    else for (const ch of normalizeText(cp)) out.push({ ch, from, to: i });
  }
  return out;
}

function startsWithAt(chars: readonly string[], pos: number, word: string): boolean {
  let i = pos;
  for (const c of word) {
    if (chars[i] !== c) return false;
    i++;
  }
  return true;
}

function wordLength(word: string): number {
  return Array.from(word).length;
}

interface Piece {
  start: number;
  end: number;
  mark: Mark;
  canonical: string | null;
}

class UnitsScanner {
  private readonly chars: string[];
  readonly pieces: Piece[] = [];
  private prefixMark: Mark = null;

  constructor(
    private readonly folded: Folded[],
    private readonly dir: UnitDirectory,
  ) {
    this.chars = folded.map((f) => f.ch);
  }

  private isSeparator(pos: number): boolean {
    return SEPARATORS.has(this.chars[pos]);
  }

  private prefixAt(pos: number): [number, Mark] | null {
    for (const [label, mark] of PREFIX_LABELS) {
      if (startsWithAt(this.chars, pos, label)) return [pos + wordLength(label), mark];
    }
    return null;
  }

  private suffixAt(pos: number): [number, Mark] | null {
    for (const [word, mark] of SUFFIX_MARKS) {
      if (startsWithAt(this.chars, pos, word)) return [pos + wordLength(word), mark];
    }
    return null;
  }

  private connectorAt(pos: number): number | null {
    for (const word of CONNECTORS) {
      if (!startsWithAt(this.chars, pos, word)) continue;
      let next = pos + wordLength(word);
      while (this.chars[next] === ' ') next++;
      if (this.dir.matchesAt(this.chars, next).some((m) => this.isBoundary(m.end, 0))) return next;
    }
    return null;
  }

  /**
   * End of a 等… tail starting at pos (等, 等省级单位, 等5个部门: "and others"), up to the next
   * separator outside brackets. Only reached after a known name or at the start of a piece, so a
   * 等 inside an unknown name (高等院校) is never cut.
   */
  private dengTailAt(pos: number): number | null {
    return this.chars[pos] === '等' ? this.pieceEnd(pos) : null;
  }

  /**
   * End of a bracketed other name of the same unit after a known name, if there is one: the reform
   * years produced 省法制办（省司法厅） and 省司法厅（原省法制办）. The note is not part of the name.
   */
  private renamedNoteAt(pos: number, canonical: string): number | null {
    if (this.chars[pos] !== '(') return null;
    let depth = 0;
    for (let i = pos; i < this.chars.length; i++) {
      if (this.chars[i] === '(') depth++;
      else if (this.chars[i] === ')' && --depth === 0) {
        const inner = this.chars.slice(pos + 1, i).join('').replace(/^(原|现|今)/, '');
        const other = this.dir.resolve(inner);
        return other && sameUnit(canonical, other.canonical, this.dir) ? i + 1 : null;
      }
    }
    return null;
  }

  /**
   * Whether a known name may end at pos: the end of the cell, a separator, a marker, a trailing 等,
   * a joiner before another known name, or another known name right away. Anything else means the
   * known name is only the start of a longer unknown one (江苏省财政厅 is not 省财政厅).
   */
  private isBoundary(pos: number, depth: number, canonical?: string): boolean {
    if (pos >= this.chars.length || this.isSeparator(pos)) return true;
    if (this.chars[pos] === ')') return true;
    if (canonical !== undefined && this.renamedNoteAt(pos, canonical) !== null) return true;
    if (this.suffixAt(pos) || this.prefixAt(pos) || this.dengTailAt(pos) !== null) return true;
    if (this.enumeratorAt(pos) !== null) return true;
    if (this.joinerAt(pos) !== null) return true;
    if (depth > 0) return false;
    if (this.connectorAt(pos) !== null) return true;
    return this.dir.matchesAt(this.chars, pos).some((m) => this.isBoundary(m.end, depth + 1));
  }

  /** End of 会同 / 联合 / 协同 at pos (outside brackets), or null. */
  private joinerAt(pos: number): number | null {
    const c = this.chars[pos];
    if (c !== '会' && c !== '联' && c !== '协') return null;
    const m = JOINER_RE.exec(this.chars.slice(pos, pos + 4).join(''));
    return m ? pos + 2 : null;
  }

  /** End of a list number before a unit (1. / 1) / (1); 1、 and ① end up as separators). */
  private enumeratorAt(pos: number): number | null {
    const m = /^(\d{1,2}[.)]|\(\d{1,2}\))/.exec(this.chars.slice(pos, pos + 4).join(''));
    return m ? pos + m[0].length : null;
  }

  /** Next separator outside brackets, or the end. */
  private pieceEnd(pos: number): number {
    let depth = 0;
    let i = pos;
    for (; i < this.chars.length; i++) {
      const c = this.chars[i];
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      else if (depth === 0 && (this.isSeparator(i) || this.joinerAt(i) !== null)) break;
    }
    return i;
  }

  private applyMarkToLast(mark: Mark): void {
    const last = this.pieces[this.pieces.length - 1];
    if (last && mark) last.mark = mark;
  }

  /** After a unit: another name of it in brackets, markers, a 等 tail, a joiner. */
  private afterUnit(pos: number, canonical: string): number {
    let i = pos;
    const note = this.renamedNoteAt(i, canonical);
    if (note !== null) i = note;
    const suffix = this.suffixAt(i);
    if (suffix) {
      this.applyMarkToLast(suffix[1]);
      i = suffix[0];
    }
    const deng = this.dengTailAt(i);
    if (deng !== null) i = deng;
    const joined = this.connectorAt(i);
    if (joined !== null) i = joined;
    return i;
  }

  scan(): void {
    const n = this.chars.length;
    let i = 0;
    while (i < n) {
      if (this.isSeparator(i)) {
        i++;
        continue;
      }
      const prefix = this.prefixAt(i);
      if (prefix) {
        this.prefixMark = prefix[1];
        i = prefix[0];
        continue;
      }
      const deng = this.dengTailAt(i);
      if (deng !== null) {
        i = deng;
        continue;
      }
      const numbered = this.enumeratorAt(i);
      if (numbered !== null) {
        i = numbered;
        continue;
      }
      // A会同B: the units after the joiner support (the lead stays the first listed or marked).
      const joiner = this.pieces.length > 0 ? this.joinerAt(i) : null;
      if (joiner !== null) {
        this.prefixMark = 'support';
        i = joiner;
        continue;
      }
      // Known names first, longest first, where a name can end.
      const known = this.dir
        .matchesAt(this.chars, i)
        .reverse()
        .find((m) => this.isBoundary(m.end, 0, m.canonical));
      if (known) {
        this.pieces.push({ start: i, end: known.end, mark: this.prefixMark, canonical: known.canonical });
        i = this.afterUnit(known.end, known.canonical);
        continue;
      }
      // A marker standing alone (省发改委 （牵头）) belongs to the unit before it.
      const suffix = this.suffixAt(i);
      if (suffix && (suffix[0] >= n || this.isSeparator(suffix[0]))) {
        this.applyMarkToLast(suffix[1]);
        i = suffix[0];
        continue;
      }
      i = this.unknownPiece(i);
    }
  }

  /**
   * End of a collective local government written like the plan's 各市、县(市、区)政府, whose first 、
   * stands outside the brackets: 各区、县(市)政府 (a city's districts and counties), 各县、市(区)政府.
   * `end` is the end of the first piece (各区); null when the cell does not continue that way.
   */
  private collectiveGovernmentEnd(start: number, end: number): number | null {
    if (!COLLECTIVE_HEAD_RE.test(this.chars.slice(start, end).join('')) || this.chars[end] !== '、') return null;
    const tailEnd = this.pieceEnd(end + 1);
    return COLLECTIVE_TAIL_RE.test(this.chars.slice(end + 1, tailEnd).join('')) ? tailEnd : null;
  }

  /** A name the directory does not know: up to the next separator outside brackets. */
  private unknownPiece(start: number): number {
    let end = this.pieceEnd(start);
    end = this.collectiveGovernmentEnd(start, end) ?? end;
    let stop = end;
    let text = this.chars.slice(start, stop).join('');
    let mark: Mark = null;
    // Peel trailing 等 and markers in any order: 市发改委（牵头）等, 市发改委等（牵头）.
    for (let changed = true; changed; ) {
      changed = false;
      const deng = TRAILING_DENG_RE.exec(text);
      if (deng && deng.index > 0) {
        stop -= wordLength(deng[0]);
        text = text.slice(0, deng.index);
        changed = true;
      }
      const note = BRACKETED_NOTE_RE.exec(text);
      if (note && note.index > 0 && NOTE_RE.test(note[1])) {
        stop -= wordLength(note[0]);
        text = text.slice(0, note.index);
        changed = true;
      }
      for (const [word, m] of SUFFIX_MARKS) {
        if (text.length > word.length && text.endsWith(word)) {
          stop -= wordLength(word);
          text = text.slice(0, -word.length);
          mark = mark ?? m;
          changed = true;
          break;
        }
      }
    }
    // A bare list number (the 1 of "1、省发改委") names no unit; nor does a note (列第一位者为牵头单位).
    if (
      PUNCTUATION_ONLY_RE.test(text) ||
      /^\d{1,2}$/.test(text) ||
      TRAILING_DENG_RE.exec(text)?.index === 0 ||
      NOTE_RE.test(text)
    ) {
      this.applyMarkToLast(mark);
      return end;
    }
    this.pieces.push({ start, end: stop, mark: mark ?? this.prefixMark, canonical: null });
    return end;
  }
}

/** The written text of folded[start, end), spaces and line breaks removed. */
function writtenName(source: string, folded: Folded[], start: number, end: number): string {
  if (end <= start) return '';
  return source.slice(folded[start].from, folded[end - 1].to).replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
}

/** Unwraps a cell written as one bracketed note, like the plan text's （责任单位：省法制办）. */
function unwrapNote(folded: Folded[]): Folded[] {
  let s = 0;
  let e = folded.length;
  while (s < e && folded[s].ch === ' ') s++;
  while (e > s && folded[e - 1].ch === ' ') e--;
  if (e - s < 2 || folded[s].ch !== '(' || folded[e - 1].ch !== ')') return folded;
  // Only when the opening bracket closes at the very end.
  let depth = 0;
  for (let i = s; i < e; i++) {
    if (folded[i].ch === '(') depth++;
    else if (folded[i].ch === ')' && --depth === 0 && i !== e - 1) return folded;
  }
  return folded.slice(s + 1, e - 1);
}

const cache = new WeakMap<UnitDirectory, Map<string, ParsedUnits>>();
/**
 * Distinct cells kept per directory before the cache starts over. A consolidated ledger holds
 * thousands of distinct unit cells (the realistic bench: about 8,900), and a bound below that
 * never hits when the ledger is checked again; 50,000 parsed cells are a few megabytes.
 */
const CACHE_LIMIT = 50000;

function copy(p: ParsedUnits): ParsedUnits {
  return { units: p.units.map((u) => ({ ...u })), lead: p.lead };
}

/** What a cell naming no unit parses to (shared, frozen). */
const NO_UNITS: ParsedUnits = Object.freeze({ units: Object.freeze([]) as unknown as ParsedUnit[], lead: null });

/**
 * Units of one 责任(牵头)单位 cell. Never throws: numbers, booleans, dates, empty cells and Excel
 * error values (#N/A …) name no unit. The lead is the first unit marked lead, else the first unit
 * not marked as supporting; every other unit supports (one lead per task).
 */
export function parseUnits(v: CellValue, dir: UnitDirectory = UnitDirectory.builtin()): ParsedUnits {
  return copy(sharedParsedUnits(v, dir));
}

/**
 * parseUnits without the copy: one frozen object per distinct cell text and directory, shared by
 * every caller (the engine's rows and results read it; nobody may change it).
 */
export function sharedParsedUnits(v: CellValue, dir: UnitDirectory = UnitDirectory.builtin()): ParsedUnits {
  if (typeof v !== 'string') return NO_UNITS;
  const text = v;
  let perDir = cache.get(dir);
  if (!perDir) cache.set(dir, (perDir = new Map()));
  const hit = perDir.get(text);
  if (hit) return hit;
  const result = text.trim() === '' || isErrorValue(text) ? NO_UNITS : parseText(text, dir);
  if (perDir.size >= CACHE_LIMIT) perDir.clear(); // a bound, not an LRU
  perDir.set(text, result);
  return result;
}

function parseText(text: string, dir: UnitDirectory): ParsedUnits {
  const folded = unwrapNote(fold(text));
  const scanner = new UnitsScanner(folded, dir);
  scanner.scan();
  const named = scanner.pieces
    .map((p) => ({ ...p, name: writtenName(text, folded, p.start, p.end) }))
    .filter((p) => p.name !== '');

  let leadIndex = named.findIndex((p) => p.mark === 'lead');
  if (leadIndex < 0) leadIndex = named.findIndex((p) => p.mark === null);
  const units: ParsedUnit[] = named.map((p, i) =>
    Object.freeze({
      name: p.name,
      canonical: p.canonical ?? dir.resolve(p.name)?.canonical ?? null,
      role: i === leadIndex ? 'lead' : 'support',
    }),
  );
  return Object.freeze({ units: Object.freeze(units) as ParsedUnit[], lead: leadIndex >= 0 ? named[leadIndex].name : null });
}

/** Identity of a parsed unit for counting once: its canonical name, else its normalised text. */
export function parsedUnitKey(u: ParsedUnit): string {
  return u.canonical ?? normalizeText(u.name);
}

/**
 * Two-column ledgers: lead column (牵头单位) + supporting column (责任/配合/协办单位). The lead column's
 * first unit leads (its other units support); every unit of the second column supports; a unit named
 * in both counts once, as lead. With the lead column empty there is no lead.
 */
export function combineLeadSupport(lead: ParsedUnits, support: ParsedUnits): ParsedUnits {
  const units: ParsedUnit[] = [];
  const seen = new Set<string>();
  const leadUnit = lead.units.find((u) => u.role === 'lead') ?? null;
  const ordered = leadUnit ? [leadUnit, ...lead.units.filter((u) => u !== leadUnit)] : lead.units;
  for (const u of [...ordered, ...support.units]) {
    const key = parsedUnitKey(u);
    if (seen.has(key)) continue;
    seen.add(key);
    units.push({ ...u, role: u === leadUnit ? 'lead' : 'support' });
  }
  return { units, lead: leadUnit ? leadUnit.name : null };
}
