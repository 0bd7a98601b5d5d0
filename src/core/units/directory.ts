// The unit directory: canonical names, aliases, collective units and the 2018 reform's successors.
// Counting always uses canonical names, so every way a ledger spells a unit must land on one entry.

import { InputError, isPlainObject } from '../errors';
import { normalizeText } from '../normalize';
import { BUILTIN_UNITS, type BuiltinUnit } from './builtin-units';

/** The --units JSON file and the pane's workbook setting. */
export interface UnitsConfig {
  units?: Array<{ name: string; aliases?: string[]; collective?: boolean }>;
  /** alias -> canonical name (or any name the directory already knows). */
  aliases?: Record<string, string>;
}

export type ResolveVia = 'canonical' | 'alias' | 'successor';
export interface ResolvedUnit {
  canonical: string;
  via: ResolveVia;
}

/** Invalid units configuration: typed data for rendering in the user's language. */
export class UnitsConfigError extends InputError {
  constructor(messageId: string, data: Record<string, string | number> = {}) {
    super(messageId, data, UNITS_CONFIG_ERROR_TEXT, { zh: '单位配置无效', en: 'Invalid units configuration' });
    this.name = 'UnitsConfigError';
  }
}

/** Fallback texts for UnitsConfigError.message (zh-CN first). */
export const UNITS_CONFIG_ERROR_TEXT: Record<string, { zh: string; en: string }> = {
  'units-config-not-object': { zh: '单位配置应为 JSON 对象', en: 'Units configuration must be a JSON object' },
  'units-config-unknown-key': { zh: '单位配置含有不认识的项', en: 'Units configuration has an unknown key' },
  'units-config-units-invalid': { zh: 'units 应为数组', en: 'units must be an array' },
  'units-config-unit-invalid': { zh: '单位条目应为对象', en: 'A unit entry must be an object' },
  'units-config-name-invalid': { zh: '单位名称应为非空文字', en: 'A unit name must be non-empty text' },
  'units-config-aliases-invalid': { zh: '别名应为非空文字数组', en: 'aliases must be an array of non-empty text' },
  'units-config-collective-invalid': { zh: 'collective 应为 true 或 false', en: 'collective must be true or false' },
  'units-config-alias-map-invalid': { zh: 'aliases 应为“别名: 单位名称”对象', en: 'aliases must map alias text to a unit name' },
  'units-config-alias-target-unknown': { zh: '别名指向的单位不存在', en: 'An alias points to an unknown unit' },
  'units-config-name-conflict': { zh: '名称已属于另一个单位', en: 'The name already belongs to another unit' },
};

interface UnitRecord {
  name: string;
  aliases: string[];
  collective: boolean;
  successor?: string;
  postReform: boolean;
}

interface NameEntry {
  /** The name as the directory spells it (canonical or alias). */
  display: string;
  canonical: string;
  via: ResolveVia;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Normalised key ending here, if any. */
  key?: string;
}

/** Key for matching names: NFKC, one bracket style, no spaces (〔党组〕 == （党组） == (党组)). */
export function unitKey(name: string): string {
  return normalizeText(name);
}

const LEVEL_CHARS = new Set(['省', '市', '县', '区']);

/**
 * Party and league prefixes before a level: 中共浙江省委… and 共青团浙江省委… are provincial, 团省委 is
 * provincial and 团市委 a city's (a different unit, not a typo of it).
 */
const ORG_PREFIX = /^(中国共产党|中共|中国共产主义青年团|共青团|团(?=[省市县区]))/;

/** The administrative level a name starts with (省/市/县/区, also after 浙江, 中共, 共青团, 团), or '' for none. */
export function levelPrefix(name: string): string {
  const key = unitKey(name).replace(ORG_PREFIX, '').replace(/^浙江(?=省)/, '');
  return LEVEL_CHARS.has(key[0]) ? key[0] : '';
}

/** Zhejiang's eleven cities: a name starting with one belongs to that place (杭州海关 vs 湖州海关). */
const CITY_PREFIX = /^(杭州|宁波|温州|嘉兴|湖州|绍兴|金华|衢州|舟山|台州|丽水)/;

/** True when both names start with a Zhejiang city and the cities differ: a different place, not a typo. */
function differentCity(a: string, b: string): boolean {
  const ca = CITY_PREFIX.exec(a);
  const cb = CITY_PREFIX.exec(b);
  return !!ca && !!cb && ca[1] !== cb[1];
}

/** True when a and b differ by exactly one substitution, insertion or deletion. */
function editDistanceIsOne(a: string | readonly string[], b: string | readonly string[]): boolean {
  const ca = typeof a === 'string' ? Array.from(a) : a;
  const cb = typeof b === 'string' ? Array.from(b) : b;
  if (Math.abs(ca.length - cb.length) > 1) return false;
  if (ca.length === cb.length) {
    let diff = 0;
    for (let i = 0; i < ca.length; i++) if (ca[i] !== cb[i] && ++diff > 1) return false;
    return diff === 1;
  }
  const [short, long] = ca.length < cb.length ? [ca, cb] : [cb, ca];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  for (let j = i; j < short.length; j++) if (short[j] !== long[j + 1]) return false;
  return true;
}

function isNonEmptyText(v: unknown): v is string {
  return typeof v === 'string' && unitKey(v) !== '';
}

export class UnitDirectory {
  private static shared: UnitDirectory | null = null;

  /** canonical key -> unit */
  private readonly units: Map<string, UnitRecord>;
  /** key of any known name -> what it stands for */
  private readonly names: Map<string, NameEntry>;
  private trie: TrieNode | null = null;
  private sortedNames: readonly string[] | null = null;
  private readonly nearMissCache = new Map<string, string | null>();
  /** Known names split into characters with their level, for nearMiss (built on first use). */
  private nearMissIndex: Array<{ chars: string[]; level: string; key: string; entry: NameEntry }> | null = null;

  private constructor(units: Map<string, UnitRecord>, names: Map<string, NameEntry>) {
    this.units = units;
    this.names = names;
  }

  /** The directory that ships with the add-in. Shared and never modified: extend() copies. */
  static builtin(): UnitDirectory {
    if (!UnitDirectory.shared) UnitDirectory.shared = UnitDirectory.fromBuiltin(BUILTIN_UNITS);
    return UnitDirectory.shared;
  }

  private static fromBuiltin(list: readonly BuiltinUnit[]): UnitDirectory {
    const dir = new UnitDirectory(new Map(), new Map());
    for (const u of list) {
      // Officials also write the full 浙江省… form of every provincial short name.
      const aliases = [...(u.aliases ?? [])];
      if (u.name.startsWith('省') && !u.collective) aliases.push(`浙江${u.name}`);
      dir.addUnit(u.name, aliases, !!u.collective, u.postReform ? 'successor' : 'canonical');
      const rec = dir.units.get(unitKey(u.name))!;
      if (u.successor) rec.successor = u.successor;
      rec.postReform = !!u.postReform;
    }
    for (const rec of dir.units.values()) {
      if (rec.successor && !dir.units.has(unitKey(rec.successor))) {
        throw new Error(`builtin units: successor ${rec.successor} of ${rec.name} is not a unit`);
      }
    }
    return dir;
  }

  /**
   * Adds a unit (or aliases to an existing canonical unit). A name that already stands for another
   * unit is a conflict: silently re-pointing it would change what the built-in names count as.
   */
  private addUnit(name: string, aliases: string[], collective: boolean, via: ResolveVia = 'canonical'): void {
    const key = unitKey(name);
    const existingName = this.names.get(key);
    let rec = this.units.get(key);
    if (existingName && !rec) {
      throw new UnitsConfigError('units-config-name-conflict', { name, canonical: existingName.canonical });
    }
    if (!rec) {
      rec = { name: name.trim(), aliases: [], collective, postReform: false };
      this.units.set(key, rec);
      this.names.set(key, { display: rec.name, canonical: rec.name, via });
    } else if (collective) {
      rec.collective = true;
    }
    for (const alias of aliases) this.addAlias(alias, rec);
  }

  private addAlias(alias: string, rec: UnitRecord): void {
    const key = unitKey(alias);
    const existing = this.names.get(key);
    if (existing) {
      if (existing.canonical === rec.name) return; // same unit: nothing to do
      throw new UnitsConfigError('units-config-name-conflict', { name: alias, canonical: existing.canonical });
    }
    rec.aliases.push(alias.trim());
    this.names.set(key, { display: alias.trim(), canonical: rec.name, via: 'alias' });
  }

  private clone(): UnitDirectory {
    const units = new Map<string, UnitRecord>();
    for (const [k, r] of this.units) units.set(k, { ...r, aliases: [...r.aliases] });
    return new UnitDirectory(units, new Map(this.names));
  }

  /**
   * A new directory with the user's units and aliases added (local units of a city or county).
   * Validates strictly; anything off throws UnitsConfigError naming the entry.
   */
  extend(config: UnitsConfig): UnitDirectory {
    const cfg: unknown = config;
    if (!isPlainObject(cfg)) throw new UnitsConfigError('units-config-not-object');
    for (const key of Object.keys(cfg)) {
      if (key !== 'units' && key !== 'aliases' && !key.startsWith('$')) {
        throw new UnitsConfigError('units-config-unknown-key', { key });
      }
    }
    const dir = this.clone();
    if (cfg.units !== undefined) {
      if (!Array.isArray(cfg.units)) throw new UnitsConfigError('units-config-units-invalid');
      cfg.units.forEach((entry: unknown, i: number) => {
        const index = i + 1;
        if (!isPlainObject(entry)) throw new UnitsConfigError('units-config-unit-invalid', { index });
        for (const key of Object.keys(entry)) {
          if (key !== 'name' && key !== 'aliases' && key !== 'collective') {
            throw new UnitsConfigError('units-config-unknown-key', { key, index });
          }
        }
        if (!isNonEmptyText(entry.name)) throw new UnitsConfigError('units-config-name-invalid', { index });
        const name = entry.name;
        if (entry.aliases !== undefined && (!Array.isArray(entry.aliases) || !entry.aliases.every(isNonEmptyText))) {
          throw new UnitsConfigError('units-config-aliases-invalid', { index, name });
        }
        if (entry.collective !== undefined && typeof entry.collective !== 'boolean') {
          throw new UnitsConfigError('units-config-collective-invalid', { index, name });
        }
        dir.addUnit(name, (entry.aliases as string[] | undefined) ?? [], entry.collective === true);
      });
    }
    if (cfg.aliases !== undefined) {
      if (!isPlainObject(cfg.aliases)) throw new UnitsConfigError('units-config-alias-map-invalid');
      for (const [alias, target] of Object.entries(cfg.aliases)) {
        if (!isNonEmptyText(alias) || !isNonEmptyText(target)) {
          throw new UnitsConfigError('units-config-alias-map-invalid', { alias });
        }
        const resolved = dir.resolve(target);
        if (!resolved) throw new UnitsConfigError('units-config-alias-target-unknown', { alias, target });
        dir.addAlias(alias, dir.units.get(unitKey(resolved.canonical))!);
      }
    }
    return dir;
  }

  /**
   * What a written name stands for. Brackets, widths and spaces do not matter. A post-reform name
   * the plan never uses (省市场监管局 …) is its own canonical unit, reported via 'successor' so the
   * alias rule leaves it alone; 省司法厅 is named by the plan itself and resolves via 'canonical'.
   */
  resolve(name: string): ResolvedUnit | null {
    if (typeof name !== 'string') return null;
    const entry = this.names.get(unitKey(name));
    return entry ? { canonical: entry.canonical, via: entry.via } : null;
  }

  /** The unit's name after the 2018 reform (省法制办 -> 省司法厅 …); itself when not renamed. */
  currentName(canonical: string): string {
    const entry = this.names.get(unitKey(canonical));
    if (!entry) return canonical;
    const rec = this.units.get(unitKey(entry.canonical))!;
    return rec.successor ?? rec.name;
  }

  /**
   * The name a unit had when the plan was written: a post-reform name the plan never uses goes back
   * to its one predecessor (省委编办 -> 省编办, 省大数据发展管理局 -> 省数据管理中心). A successor of
   * several merged units (省市场监管局) cannot be split and stays; so does 省司法厅, which the plan names.
   */
  planEraName(canonical: string): string {
    const entry = this.names.get(unitKey(canonical));
    if (!entry) return canonical;
    const rec = this.units.get(unitKey(entry.canonical))!;
    if (!rec.postReform) return rec.name;
    const before = this.predecessors(rec.name);
    return before.length === 1 ? before[0] : rec.name;
  }

  /** The plan-era units that became this one in the 2018 reform (省市场监管局 -> 省质监局, 省工商局). */
  predecessors(name: string): string[] {
    const entry = this.names.get(unitKey(name));
    if (!entry) return [];
    return [...this.units.values()].filter((r) => r.successor === entry.canonical).map((r) => r.name);
  }

  isCollective(canonical: string): boolean {
    const entry = this.names.get(unitKey(canonical));
    return entry ? this.units.get(unitKey(entry.canonical))!.collective : false;
  }

  /** Canonical names of all units, in directory order. */
  canonicalNames(): readonly string[] {
    return [...this.units.values()].map((r) => r.name);
  }

  /** Aliases of a unit (not its canonical name). */
  aliasesOf(name: string): readonly string[] {
    const entry = this.names.get(unitKey(name));
    return entry ? [...this.units.get(unitKey(entry.canonical))!.aliases] : [];
  }

  /**
   * A known name one character away (one substitution, insertion or deletion) with the same level
   * prefix, or null. 市发改委 is not a typo of 省发改委: a different level is a different unit; so is
   * 团市委 of 团省委, and 湖州海关 of 杭州海关 (a different city).
   * Canonical names are preferred over aliases when several are one character away.
   */
  nearMiss(name: string): string | null {
    if (typeof name !== 'string') return null;
    const key = unitKey(name);
    if (key === '' || this.names.has(key)) return null;
    const cached = this.nearMissCache.get(key);
    if (cached !== undefined) return cached;
    const level = levelPrefix(key);
    const chars = Array.from(key);
    if (!this.nearMissIndex) {
      this.nearMissIndex = [...this.names].map(([k, entry]) => ({
        chars: Array.from(k),
        level: levelPrefix(k),
        key: k,
        entry,
      }));
    }
    let best: NameEntry | null = null;
    for (const c of this.nearMissIndex) {
      if (Math.abs(c.chars.length - chars.length) > 1 || c.level !== level) continue;
      if (!editDistanceIsOne(chars, c.chars) || differentCity(key, c.key)) continue;
      const rank = (e: NameEntry) => (e.via === 'alias' ? 1 : 0);
      if (!best || rank(c.entry) < rank(best)) best = c.entry;
    }
    const result = best ? best.display : null;
    if (this.nearMissCache.size > 10000) this.nearMissCache.clear(); // a bound for long sessions
    this.nearMissCache.set(key, result);
    return result;
  }

  /** All names and aliases as the directory spells them, longest first (then in code-point order). */
  knownNames(): readonly string[] {
    if (!this.sortedNames) {
      const all = [...this.names.values()].map((e) => e.display);
      all.sort((a, b) => unitKey(b).length - unitKey(a).length || (a < b ? -1 : a > b ? 1 : 0));
      this.sortedNames = Object.freeze(all);
    }
    return this.sortedNames;
  }

  /**
   * For the units parser: every known name (as a normalised key) that starts at `chars[pos]`,
   * shortest first, as [end index, canonical name, key]. `chars` are single normalised characters;
   * entries equal to ' ' are line breaks or spaces, skipped inside a name (a wrapped cell).
   */
  matchesAt(chars: readonly string[], pos: number): Array<{ end: number; canonical: string; key: string }> {
    if (!this.trie) this.trie = this.buildTrie();
    const out: Array<{ end: number; canonical: string; key: string }> = [];
    let node: TrieNode | undefined = this.trie;
    let i = pos;
    while (i < chars.length && node) {
      const c = chars[i];
      if (c === ' ' && i > pos) {
        i++;
        continue;
      }
      node = node.next.get(c);
      i++;
      if (node?.key !== undefined) out.push({ end: i, canonical: this.names.get(node.key)!.canonical, key: node.key });
    }
    return out;
  }

  private buildTrie(): TrieNode {
    const root: TrieNode = { next: new Map() };
    for (const key of this.names.keys()) {
      let node = root;
      for (const c of Array.from(key)) {
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map() }));
        node = child;
      }
      node.key = key;
    }
    return root;
  }
}

/**
 * True when a and b name the same unit for comparing a row with the plan: the same canonical unit
 * (aliases, brackets, widths), or one is the other's successor after the 2018 reform. Two
 * predecessors merged into one successor (省质监局, 省工商局) stay different units.
 */
export function sameUnit(a: string, b: string, dir: UnitDirectory = UnitDirectory.builtin()): boolean {
  const ra = dir.resolve(a);
  const rb = dir.resolve(b);
  if (!ra || !rb) return unitKey(a) !== '' && unitKey(a) === unitKey(b);
  if (ra.canonical === rb.canonical) return true;
  return dir.currentName(ra.canonical) === rb.canonical || dir.currentName(rb.canonical) === ra.canonical;
}
