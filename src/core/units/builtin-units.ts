// The built-in unit directory: every unit 浙政发〔2018〕16号 names — in the annex table, in the
// (责任单位：…) notes of the plan text, in its address line and its 抄送 line — with the names
// officials actually write for them. Canonical names are the short forms of the plan's table.

export interface BuiltinUnit {
  /** Canonical name (the plan table's short form where the plan names the unit). */
  name: string;
  aliases?: string[];
  /** A group of units (all city governments, all departments …): counted as one, never expanded. */
  collective?: boolean;
  /** Name after the 2018 institutional reform, when the unit was merged or renamed. */
  successor?: string;
  /** A post-reform name that the plan itself never uses (resolve() reports via 'successor'). */
  postReform?: boolean;
}

export const BUILTIN_UNITS: readonly BuiltinUnit[] = [
  // --- Provincial units named in the annex table ---
  {
    name: '省政府办公厅',
    aliases: ['浙江省人民政府办公厅', '省人民政府办公厅', '浙江省政府办公厅', '省政府办', '浙江省政府办', '省府办'],
  },
  { name: '省财政厅', aliases: ['浙江省财政厅'] },
  {
    name: '省政府研究室',
    aliases: ['浙江省人民政府研究室', '省人民政府研究室', '浙江省政府研究室', '省府研究室'],
  },
  {
    name: '省法制办',
    aliases: ['浙江省人民政府法制办公室', '省人民政府法制办公室', '省政府法制办公室', '省政府法制办', '浙江省法制办', '省法制办公室'],
    successor: '省司法厅',
  },
  {
    name: '省编办',
    aliases: ['浙江省机构编制委员会办公室', '省机构编制委员会办公室', '浙江省编办', '省编委办'],
    successor: '省委编办',
  },
  {
    name: '省质监局',
    aliases: ['浙江省质量技术监督局', '省质量技术监督局', '浙江省质监局', '省质量技监局'],
    successor: '省市场监管局',
  },
  {
    name: '省发展改革委',
    aliases: ['浙江省发展和改革委员会', '省发展和改革委员会', '浙江省发展改革委', '省发改委', '浙江省发改委'],
  },
  {
    name: '省工商局',
    aliases: ['浙江省工商行政管理局', '省工商行政管理局', '浙江省工商局'],
    successor: '省市场监管局',
  },
  {
    name: '省数据管理中心',
    aliases: ['浙江省数据管理中心', '省政府数据管理中心', '浙江省人民政府数据管理中心'],
    successor: '省大数据发展管理局',
  },
  { name: '省统计局', aliases: ['浙江省统计局'] },
  { name: '省信访局', aliases: ['浙江省信访局', '浙江省人民政府信访局', '省人民政府信访局', '省政府信访局'] },
  {
    name: '省人力社保厅',
    aliases: ['省人社厅', '省人社保厅', '浙江省人力资源和社会保障厅', '省人力资源和社会保障厅', '浙江省人力社保厅', '浙江省人社厅', '省人力资源社会保障厅'],
  },
  // In the plan itself (task 25 and the notes) and the successor of 省法制办 after the reform.
  { name: '省司法厅', aliases: ['浙江省司法厅'] },

  // --- Provincial units named only in the plan text's (责任单位：…) notes ---
  { name: '省公务员局', aliases: ['浙江省公务员局'] },
  {
    name: '省建设厅',
    aliases: ['浙江省住房和城乡建设厅', '省住房和城乡建设厅', '省住房城乡建设厅', '省住建厅', '浙江省住建厅', '浙江省建设厅'],
  },
  { name: '省公安厅', aliases: ['浙江省公安厅'] },
  { name: '省通信管理局', aliases: ['浙江省通信管理局'] },
  {
    name: '省综治办',
    aliases: ['浙江省社会治安综合治理委员会办公室', '省社会治安综合治理委员会办公室', '浙江省综治办', '省委综治办'],
  },
  {
    name: '省新闻办',
    aliases: ['浙江省人民政府新闻办公室', '省人民政府新闻办公室', '省政府新闻办公室', '省政府新闻办', '浙江省新闻办'],
  },
  {
    name: '省经信委',
    aliases: ['浙江省经济和信息化委员会', '省经济和信息化委员会', '浙江省经信委'],
    successor: '省经信厅',
  },

  // --- The issuer, and the 抄送 line ---
  { name: '省政府', aliases: ['浙江省人民政府', '省人民政府', '浙江省政府'] },
  { name: '省人大常委会', aliases: ['浙江省人大常委会', '浙江省人民代表大会常务委员会', '省人民代表大会常务委员会'] },
  { name: '省人大常委会办公厅', aliases: ['浙江省人大常委会办公厅'] },
  { name: '省政协办公厅', aliases: ['浙江省政协办公厅'] },
  { name: '省军区', aliases: ['浙江省军区'] },
  { name: '省监委', aliases: ['浙江省监察委员会', '省监察委员会', '浙江省监委'] },
  { name: '省法院', aliases: ['浙江省高级人民法院', '省高级人民法院', '省高院', '浙江省法院'] },
  { name: '省检察院', aliases: ['浙江省人民检察院', '省人民检察院', '浙江省检察院'] },

  // --- Post-reform successors (2018 institutional reform) ---
  {
    name: '省市场监管局',
    aliases: ['浙江省市场监督管理局', '省市场监督管理局', '浙江省市场监管局', '省市监局'],
    postReform: true,
  },
  {
    name: '省委编办',
    aliases: ['中共浙江省委机构编制委员会办公室', '浙江省委机构编制委员会办公室', '省委机构编制委员会办公室', '浙江省委编办'],
    postReform: true,
  },
  {
    name: '省大数据发展管理局',
    aliases: ['浙江省大数据发展管理局', '省大数据局', '浙江省大数据局'],
    postReform: true,
  },
  {
    name: '省经信厅',
    aliases: ['浙江省经济和信息化厅', '省经济和信息化厅', '浙江省经信厅'],
    postReform: true,
  },

  // --- Collective units: counted as units of their own, never expanded ---
  {
    name: '各市、县(市、区)政府',
    aliases: [
      '各市、县(市、区)人民政府', '各市县(市、区)政府', '各市县(市区)政府', '各市、县(市区)政府', '各市县(市、区)人民政府',
      '各市、县政府', '各市县政府', '各市、县人民政府', '各市县人民政府',
    ],
    collective: true,
  },
  {
    name: '各市、县(市、区)政府党组',
    aliases: ['各市、县(市、区)人民政府党组', '各市县(市、区)政府党组', '各市、县政府党组', '各市县政府党组'],
    collective: true,
  },
  { name: '省政府各部门', aliases: ['省政府各部门(单位)', '浙江省政府各部门'], collective: true },
  { name: '省政府各部门党委(党组)', aliases: ['省政府各部门党组(党委)', '省政府各部门党组织'], collective: true },
  { name: '省级有关部门', aliases: ['省级有关单位', '省级相关部门', '省有关部门', '有关省级部门'], collective: true },
  { name: '省级各部门', aliases: ['省级各单位', '省直各部门', '省直各单位'], collective: true },
  { name: '省级主要执法部门', aliases: ['省级执法部门'], collective: true },
  { name: '其他省级部门', aliases: ['其他省级单位', '其他有关省级部门'], collective: true },
  { name: '各设区市政府', aliases: ['各设区市人民政府'], collective: true },
  { name: '省政府直属各单位', aliases: ['省政府直属单位'], collective: true },
  { name: '省委各部门', collective: true },
];
