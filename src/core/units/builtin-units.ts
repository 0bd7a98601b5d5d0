// The built-in unit directory: every unit 浙政发〔2018〕16号 names — in the annex table, in the
// (责任单位：…) notes of the plan text, in its address line and its 抄送 line — with the names
// officials actually write for them. Canonical names are the short forms of the plan's table.
// Beyond the plan: the provincial departments after the 2018 reform, the 省委 departments, the
// people's organisations and central units that Zhejiang ledgers name, and pre-reform names still
// written (each a unit of its own). See docs/decisions/units.md, "Units beyond the 2018 plan".

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
    aliases: ['浙江省人民政府办公厅', '省人民政府办公厅', '浙江省政府办公厅', '省政府办', '浙江省政府办', '省府办', '省府办公厅'],
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

  // --- Beyond the plan: the units real provincial, city and county ledgers name ---
  // Source and scope: docs/decisions/units.md, "Units beyond the 2018 plan". None of these has a
  // successor link: the reform's successor list is the spec's and stays fixed.

  // 省政府组成部门 after the 2018 institutional reform (those the plan does not already name).
  { name: '省教育厅' },
  { name: '省科技厅', aliases: ['浙江省科学技术厅', '省科学技术厅'] },
  {
    name: '省民宗委',
    aliases: ['浙江省民族宗教事务委员会', '省民族宗教事务委员会', '省民族宗教委'],
  },
  { name: '省民政厅' },
  { name: '省自然资源厅' },
  { name: '省生态环境厅' },
  { name: '省交通运输厅', aliases: ['省交通厅', '浙江省交通厅'] },
  { name: '省水利厅' },
  { name: '省农业农村厅' },
  { name: '省商务厅' },
  { name: '省文化和旅游厅', aliases: ['省文旅厅', '浙江省文旅厅', '省文化旅游厅'] },
  {
    name: '省卫生健康委',
    aliases: ['浙江省卫生健康委员会', '省卫生健康委员会', '省卫健委', '浙江省卫健委'],
  },
  { name: '省退役军人事务厅', aliases: ['省退役军人厅', '浙江省退役军人厅'] },
  { name: '省应急管理厅', aliases: ['省应急厅', '浙江省应急厅'] },
  { name: '省审计厅' },
  {
    name: '省外办',
    aliases: [
      '浙江省人民政府外事办公室', '省人民政府外事办公室', '省政府外事办公室', '浙江省外事办公室', '省外事办公室',
      '省政府外办', '省委外办',
    ],
  },
  // 省政府直属特设机构
  {
    name: '省国资委',
    aliases: [
      '浙江省人民政府国有资产监督管理委员会', '省人民政府国有资产监督管理委员会', '省政府国有资产监督管理委员会',
      '省国有资产监督管理委员会', '省政府国资委',
    ],
  },
  // 省政府直属机构 (省市场监管局, 省统计局, 省信访局, 省大数据发展管理局 are above)
  { name: '省广播电视局', aliases: ['省广电局', '浙江省广电局'] },
  { name: '省体育局' },
  { name: '省医疗保障局', aliases: ['省医保局', '浙江省医保局'] },
  { name: '省机关事务局', aliases: ['浙江省机关事务管理局', '省机关事务管理局'] },
  { name: '省人防办', aliases: ['浙江省人民防空办公室', '省人民防空办公室'] },
  { name: '省地方金融监管局', aliases: ['浙江省地方金融监督管理局', '省地方金融监督管理局'] },
  // 部门管理机构
  { name: '省粮食和物资储备局', aliases: ['省粮储局', '浙江省粮储局'] },
  { name: '省能源局' },
  { name: '省林业局' },
  { name: '省监狱管理局', aliases: ['省监狱局', '浙江省监狱局'] },
  { name: '省药监局', aliases: ['浙江省药品监督管理局', '省药品监督管理局'] },
  { name: '省文物局' },
  // Central units in the province that provincial ledgers name
  { name: '省税务局', aliases: ['国家税务总局浙江省税务局'] },
  { name: '省气象局' },
  { name: '省邮政管理局' },
  { name: '省地震局' },
  { name: '杭州海关', aliases: ['中华人民共和国杭州海关'] },
  { name: '宁波海关', aliases: ['中华人民共和国宁波海关'] },
  { name: '省消防救援总队' },
  // 省委 departments and offices, 省纪委省监委
  { name: '省委办公厅', aliases: ['中共浙江省委办公厅', '浙江省委办公厅', '省委办'] },
  { name: '省委组织部', aliases: ['中共浙江省委组织部', '浙江省委组织部'] },
  { name: '省委宣传部', aliases: ['中共浙江省委宣传部', '浙江省委宣传部'] },
  {
    name: '省委统战部',
    aliases: ['中共浙江省委统战部', '浙江省委统战部', '中共浙江省委统一战线工作部', '省委统一战线工作部'],
  },
  { name: '省委政法委', aliases: ['中共浙江省委政法委员会', '省委政法委员会', '中共浙江省委政法委', '浙江省委政法委'] },
  {
    name: '省委网信办',
    aliases: [
      '中共浙江省委网络安全和信息化委员会办公室', '省委网络安全和信息化委员会办公室', '中共浙江省委网信办', '浙江省委网信办',
      '省网信办',
    ],
  },
  {
    name: '省委改革办',
    aliases: ['中共浙江省委全面深化改革委员会办公室', '省委全面深化改革委员会办公室', '浙江省委改革办'],
  },
  { name: '省委政研室', aliases: ['中共浙江省委政策研究室', '省委政策研究室', '浙江省委政研室'] },
  { name: '省委老干部局', aliases: ['中共浙江省委老干部局', '浙江省委老干部局'] },
  { name: '省委党校', aliases: ['中共浙江省委党校', '浙江省委党校'] },
  {
    name: '省纪委省监委',
    aliases: ['省纪委', '中共浙江省纪律检查委员会', '省纪律检查委员会', '浙江省纪委', '省纪委监委', '浙江省纪委监委'],
  },
  { name: '省档案局' },
  // People's organisations
  { name: '省总工会' },
  {
    name: '团省委',
    aliases: ['共青团浙江省委', '共青团浙江省委员会', '中国共产主义青年团浙江省委员会'],
  },
  { name: '省妇联', aliases: ['浙江省妇女联合会', '省妇女联合会'] },
  { name: '省科协', aliases: ['浙江省科学技术协会', '省科学技术协会'] },
  { name: '省残联', aliases: ['浙江省残疾人联合会', '省残疾人联合会'] },
  { name: '省工商联', aliases: ['浙江省工商业联合会', '省工商业联合会'] },
  { name: '省侨联', aliases: ['浙江省归国华侨联合会', '省归国华侨联合会'] },
  { name: '省文联', aliases: ['浙江省文学艺术界联合会', '省文学艺术界联合会'] },
  { name: '省社科联', aliases: ['浙江省社会科学界联合会', '省社会科学界联合会'] },
  { name: '省社科院', aliases: ['浙江省社会科学院', '省社会科学院'] },
  { name: '省供销社', aliases: ['浙江省供销合作社联合社', '省供销合作社联合社'] },
  { name: '省红十字会' },

  // Pre-reform names officials still write: units of their own, not aliases of today's units and
  // without successor links (the spec's successor list is fixed).
  {
    name: '省卫生计生委',
    aliases: ['浙江省卫生和计划生育委员会', '省卫生和计划生育委员会', '省卫计委', '浙江省卫计委'],
  },
  { name: '省农业厅' },
  { name: '省国土资源厅', aliases: ['省国土厅', '浙江省国土厅'] },
  { name: '省环保厅', aliases: ['浙江省环境保护厅', '省环境保护厅'] },
  { name: '省文化厅' },
  { name: '省旅游局' },
  { name: '省安监局', aliases: ['浙江省安全生产监督管理局', '省安全生产监督管理局'] },
  { name: '省海洋与渔业局' },
  {
    name: '省食品药品监管局',
    aliases: ['浙江省食品药品监督管理局', '省食品药品监督管理局', '省食药监局', '浙江省食药监局'],
  },
  { name: '省物价局' },
  { name: '省林业厅' },
  { name: '省粮食局' },
  { name: '省测绘与地理信息局' },
  { name: '省新闻出版广电局' },
  { name: '省地税局', aliases: ['浙江省地方税务局', '省地方税务局'] },
  { name: '省国税局', aliases: ['浙江省国家税务局', '省国家税务局'] },
  {
    name: '省金融办',
    aliases: ['浙江省人民政府金融工作办公室', '省人民政府金融工作办公室', '省政府金融工作办公室', '省政府金融办'],
  },
  { name: '省监察厅' },
  { name: '省公安消防总队' },

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
  // Collective units of a city's or county's own ledger (section 三(一): every city and county keeps one).
  {
    name: '各区、县(市)政府',
    aliases: ['各区、县(市)人民政府', '各区县(市)政府', '各区、县政府', '各区县政府', '各区县(市)人民政府'],
    collective: true,
  },
  { name: '各县(市、区)政府', aliases: ['各县(市、区)人民政府', '各县、市(区)政府', '各县、市(区)人民政府', '各县市区政府'], collective: true },
  { name: '各乡镇(街道)', aliases: ['各乡镇、街道', '各乡镇(街道)政府', '各乡镇人民政府(街道办事处)'], collective: true },
  { name: '市级有关部门', aliases: ['市级有关单位', '市级相关部门', '市有关部门'], collective: true },
  { name: '市级各部门', aliases: ['市级各单位', '市直各部门', '市直各单位', '市政府各部门'], collective: true },
  { name: '县级有关部门', aliases: ['县级有关单位', '县有关部门'], collective: true },
  { name: '县级各部门', aliases: ['县级各单位', '县直各部门', '县直各单位', '县政府各部门'], collective: true },
  { name: '省委各部门', collective: true },
  { name: '区级有关部门', aliases: ['区级有关单位', '区级相关部门', '区有关部门'], collective: true },
  { name: '区级各部门', aliases: ['区级各单位', '区直各部门', '区直各单位', '区政府各部门'], collective: true },
  // Collectives without a level: 会同有关部门, 各成员单位 (of a leading group), 各街道.
  {
    name: '有关部门',
    aliases: [
      '有关单位', '相关部门', '相关单位', '各有关部门', '各有关单位', '各相关部门', '各相关单位',
      '有关部门和单位', '各有关部门和单位', '各相关部门和单位', '有关部门(单位)', '各有关部门(单位)',
    ],
    collective: true,
  },
  { name: '各成员单位', aliases: ['其他成员单位', '各相关成员单位'], collective: true },
  { name: '各街道', aliases: ['各街道办事处'], collective: true },
];
