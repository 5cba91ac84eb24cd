// The demo's special projects (the "N" of 1+2+N), from the seeds: 江翠社区 added 街长制 and 志愿楼长
// to its "1+2" (群众点菜、社区搭台、组织参与、群众自治); communities add 夏令营 and 农民夜校; 礼乐街道
// 乌纱村 drew 5,600 person-times of party members and villagers into 三清三拆三整治; 管家计划: the
// community lists needs, alliance units claim and fund them, social organizations carry them out.
// Days are relative to the seeding day (negative: in the past); money in yuan here, fen in the data.

export type Source = "FISCAL" | "AWARD_SUBSIDY" | "CHARITY" | "DONATION" | "SELF_RAISED";
export type Group = "ELDERLY" | "CHILDREN" | "DISADVANTAGED" | "OTHER";
export type Status = "PROPOSED" | "DELIBERATING" | "APPROVED" | "IN_PROGRESS" | "COMPLETED" | "EVALUATED" | "CANCELLED";

export interface UnitDef {
  /** A community, or a street (then shared by its communities). */
  at: string;
  name: string;
  kind: "COMPANY" | "AGENCY" | "SCHOOL" | "OTHER";
  contactName: string;
  contactPhone: string;
  description: string;
}

export interface NeedDef {
  community: string;
  title: string;
  description: string;
  estimatedYuan: number;
  /** Pledges: [unit name, yuan (money) or text (in kind), pledged day, received day?]. */
  pledges: [string, number | string, number, number?][];
  createdDay: number;
  /** A project (not from this need) that carries it out. */
  projectTitle?: string;
}

export interface ProjectDef {
  community: string;
  type: string;
  title: string;
  description: string;
  origin: "RESIDENT_REQUEST" | "TOPIC" | "NEED" | "COMMUNITY";
  requestText?: string;
  /** TOPIC: the title of a seeded deliberation topic of the community. */
  topicTitle?: string;
  /** NEED: the title of a need above. */
  needTitle?: string;
  lead: string | null;
  /** Preferred social organizations (names without the community prefix), first found undertakes it. */
  organizations: string[];
  /** The area: how many of the community's first grids (0: the whole community). */
  grids: number;
  status: Status;
  /** Day of each step taken. */
  days: { created: number; deliberate?: number; approve?: number; start?: number; complete?: number; evaluate?: number; cancel?: number };
  planned: [start: number, end: number];
  approvalNote?: string;
  completionSummary?: string;
  cancelReason?: string;
  budget: [Source, string, number][];
  /** [budget line index, day, payee, yuan, description, with a receipt?]. */
  expenses: [number, number, string, number, string, boolean][];
  /** Reverse expense #i on day d with a reason (a correction). */
  reversals?: [number, number, string][];
  /** [title, planned start, planned end, reached on]. */
  milestones: [string, number | null, number, number | null][];
  /** [title, owner name, due day, done?]. */
  tasks: [string, string, number, boolean][];
  /** [day, percent, text, photos (colours)]. */
  updates: [number, number, string, [number, number, number][]][];
  beneficiaries: Partial<Record<Group, number>>;
  /** Direct pledges for the project: as in NeedDef. */
  pledges?: [string, number | string, number, number?][];
  survey?: number[];
  committee?: [number, string];
}

export const TYPES: Record<string, [string, string][]> = {
  江翠社区: [
    ["街长制", "党员、居民骨干认领街巷，担任街长，巡查环境卫生、安全隐患，收集民情。"],
    ["志愿楼长", "每栋楼推选志愿楼长，做政策宣传员、民情收集员、邻里调解员。"],
    ["夏令营", "暑期为辖内青少年提供安全、有益的托管和活动。"],
    ["四点半课堂", "放学后为双职工家庭的小学生提供课业辅导和看护。"],
    ["长者饭堂", "为长者提供平价助餐，困难长者免费。"],
    ["微更新", "小微公共空间和设施的改造提升。"],
  ],
  直冲村: [
    ["农民夜校", "利用晚上时间开展政策宣讲、实用技能和文化培训。"],
    ["微更新", "村内小微公共设施的改造提升。"],
    ["四点半课堂", "依托农家书屋为留守儿童提供课后学习场所。"],
  ],
  乌纱村: [
    ["人居环境整治", "三清三拆三整治、村容村貌提升。"],
    ["农民夜校", "村民夜间学习课堂。"],
  ],
};

export const UNITS: UnitDef[] = [
  { at: "江南街道", name: "江海区骏达五金有限公司", kind: "COMPANY", contactName: "梁经理", contactPhone: "13900008801", description: "辖区企业，党建联盟成员单位。" },
  { at: "江南街道", name: "江南街道中心小学", kind: "SCHOOL", contactName: "何主任", contactPhone: "07503600101", description: "结对共建学校，提供场地和志愿教师。" },
  { at: "江翠社区", name: "江翠物业服务有限公司", kind: "COMPANY", contactName: "陈经理", contactPhone: "13900008802", description: "小区物业，参与楼栋共治。" },
  { at: "外海街道", name: "直冲工业园区企业党建联盟", kind: "OTHER", contactName: "黄秘书长", contactPhone: "13900008803", description: "园区十余家企业组成的党建联盟。" },
  { at: "礼乐街道", name: "礼乐供电服务站", kind: "AGENCY", contactName: "吴站长", contactPhone: "07503900202", description: "结对帮扶单位。" },
];

export const NEEDS: NeedDef[] = [
  { community: "江翠社区", title: "暑期青少年托管场地与用品", description: "双职工家庭暑期孩子无人看管，需要活动场地、桌椅和文体用品。", estimatedYuan: 12_000, pledges: [["江南街道中心小学", "开放多功能室和操场，派出志愿教师4名", -120, -100], ["江海区骏达五金有限公司", 8_000, -118, -105]], createdDay: -130 },
  { community: "江翠社区", title: "长者饭堂厨房设备", description: "社区拟开设长者饭堂，需购置消毒柜、保温餐车等设备。", estimatedYuan: 30_000, pledges: [["江翠物业服务有限公司", 5_000, -10]], createdDay: -25 },
  { community: "江翠社区", title: "四点半课堂图书角", description: "为四点半课堂添置儿童读物300册和书架。", estimatedYuan: 6_000, pledges: [], createdDay: -12 },
  { community: "直冲村", title: "农民夜校投影和音响设备", description: "夜校课室投影仪老化，需更换投影和扩音设备。", estimatedYuan: 9_000, pledges: [["直冲工业园区企业党建联盟", 9_000, -70, -60]], createdDay: -80, projectTitle: "直冲村农民夜校" },
  { community: "直冲村", title: "留守儿童学习用品", description: "为四点半课堂的留守儿童添置文具和课外读物。", estimatedYuan: 3_000, pledges: [], createdDay: -6 },
];

export const PROJECTS: ProjectDef[] = [
  {
    community: "江翠社区",
    type: "街长制",
    title: "江翠社区“街长制”",
    description: "全社区12条街巷由党员和居民骨干认领担任街长，每周巡街，发现环境卫生、安全隐患和邻里矛盾及时处理或上报，每月召开街长会议。",
    origin: "COMMUNITY",
    lead: "jiangcui_admin",
    organizations: ["邻里互助会", "便民服务队"],
    grids: 0,
    status: "EVALUATED",
    days: { created: -300, approve: -290, start: -280, complete: -60, evaluate: -40 },
    planned: [-280, -60],
    approvalNote: "经社区“两委”会议研究，同意在全社区推行街长制。",
    completionSummary: "12条街巷全部落实街长，累计巡街1,260次，发现并处理问题214件，上报网格事件37件。",
    budget: [["FISCAL", "街长工作补贴", 14_400], ["AWARD_SUBSIDY", "巡查装备", 3_600]],
    expenses: [[1, -270, "江海区骏达五金有限公司", 3_200, "街长马甲、袖章、手电筒", true], [0, -180, "街长（12人）", 7_200, "上半年工作补贴", false], [0, -62, "街长（12人）", 7_200, "下半年工作补贴", false]],
    milestones: [["街长认领上岗", -280, -265, -266], ["半年工作评议", -160, -150, -148], ["年度总结", -75, -60, -61]],
    tasks: [["制定街长巡查细则", "社区党委", -275, true], ["每月街长会议", "社区居委会", -60, true]],
    updates: [[-266, 20, "12名街长全部认领上岗，佩戴统一标识开始巡街。", [[200, 60, 50]]], [-150, 60, "上半年街长巡街600余次，协调处理乱堆放、占道经营等问题98件。", [[60, 140, 80]]], [-62, 100, "全年巡查任务完成，街巷环境明显改善。", [[40, 110, 190]]]],
    beneficiaries: { OTHER: 5_200, ELDERLY: 860 },
    survey: [5, 5, 4, 5, 4, 5, 3, 5, 4, 5, 5, 4],
    committee: [93, "街长制覆盖全社区，问题发现和处理及时，群众认可度高，建议纳入常态化治理机制。"],
  },
  {
    community: "江翠社区",
    type: "志愿楼长",
    title: "江翠社区“志愿楼长”",
    description: "每栋楼推选1名志愿楼长，负责政策宣传、民情收集、邻里调解和独居长者探访，楼长积分纳入志愿服务积分。",
    origin: "RESIDENT_REQUEST",
    requestText: "我们楼老人多，有事找不到人，希望每栋楼有个热心人牵头，大家互相照应。",
    lead: "jiangcui_admin",
    organizations: ["邻里互助会", "长者服务中心"],
    grids: 3,
    status: "IN_PROGRESS",
    days: { created: -120, approve: -105, start: -95 },
    planned: [-95, 90],
    approvalNote: "居民点单，经社区“两委”研究同意，先在三个网格试点。",
    budget: [["FISCAL", "楼长培训", 4_000], ["DONATION", "探访慰问品", 6_000], ["SELF_RAISED", "楼道宣传栏", 2_000]],
    expenses: [[0, -90, "江海区社工服务中心", 1_800, "楼长培训两期", true], [2, -80, "江翠物业服务有限公司", 2_400, "楼道宣传栏12块", true], [1, -40, "惠民超市", 2_600, "中秋探访慰问品", true], [2, -78, "江翠物业服务有限公司", 2_400, "楼道宣传栏（重复登记）", false]],
    reversals: [[3, -77, "与宣传栏发票重复登记，冲销"]],
    milestones: [["楼长推选完成", -95, -85, -84], ["楼长培训", -85, -70, -72], ["独居长者探访全覆盖", -60, -10, null], ["试点总结", 60, 85, null]],
    tasks: [["建立楼长微信群", "社区居委会", -80, true], ["独居长者探访台账", "楼长代表", -5, false]],
    updates: [[-84, 15, "三个网格36栋楼推选出志愿楼长36名。", [[220, 130, 40]]], [-70, 35, "完成两期楼长培训，发放楼长工作手册。", [[90, 60, 160]]], [-20, 55, "楼长累计探访独居长者140人次，调解邻里纠纷9起。", [[40, 150, 150]]]],
    beneficiaries: { ELDERLY: 310, OTHER: 1_800 },
  },
  {
    community: "江翠社区",
    type: "夏令营",
    title: "江翠社区青少年暑期夏令营",
    description: "暑假期间为辖内双职工家庭的6—12岁孩子开设夏令营：作业辅导、安全教育、体育和手工活动，共四周。",
    origin: "NEED",
    needTitle: "暑期青少年托管场地与用品",
    lead: "jiangcui_admin",
    organizations: ["爱心助学会", "亲子义工协会", "巾帼互助会"],
    grids: 0,
    status: "COMPLETED",
    days: { created: -115, approve: -108, start: -100, complete: -8 },
    planned: [-100, -10],
    approvalNote: "管家计划需求已获共建单位认领，同意立项。",
    completionSummary: "四周夏令营共接收孩子86名，开展安全教育8次、文体活动24场，无安全事故。",
    budget: [["DONATION", "文体用品", 8_000], ["FISCAL", "志愿者餐补", 3_000]],
    expenses: [[0, -98, "江海区文体用品店", 5_600, "文体用品和手工材料", true], [1, -12, "志愿者（16人）", 2_880, "志愿者餐补", false]],
    milestones: [["报名和分班", -100, -96, -97], ["第一期（两周）", -95, -60, -58], ["第二期（两周）", -55, -12, -12]],
    tasks: [["安全预案", "社区安全员", -98, true]],
    updates: [[-96, 10, "报名86人，分为低年级、高年级两个班。", [[250, 180, 60]]], [-58, 50, "第一期结束，开展防溺水安全教育和手工课。", [[70, 180, 220]]], [-12, 100, "第二期结束，举行结营汇报演出。", [[230, 90, 120]]]],
    beneficiaries: { CHILDREN: 86, DISADVANTAGED: 7 },
    survey: [5, 4, 5, 5, 4],
  },
  {
    community: "江翠社区",
    type: "长者饭堂",
    title: "江翠社区长者饭堂",
    description: "在长者活动室开设长者饭堂，工作日午餐，60岁以上长者平价就餐，低保、独居困难长者免费。",
    origin: "RESIDENT_REQUEST",
    requestText: "小区老人吃饭不方便，希望社区能办个饭堂，价格实惠一点。",
    lead: null,
    organizations: ["长者饭堂", "长者服务中心"],
    grids: 0,
    status: "PROPOSED",
    days: { created: -20 },
    planned: [30, 365],
    budget: [["FISCAL", "厨房设备", 25_000], ["CHARITY", "困难长者助餐", 20_000]],
    expenses: [],
    milestones: [],
    tasks: [],
    updates: [],
    beneficiaries: {},
  },
  {
    community: "直冲村",
    type: "农民夜校",
    title: "直冲村农民夜校",
    description: "每周二、四晚在党群服务中心农民夜校课室开课：政策宣讲、电商和种养技术、普法和安全生产，园区企业提供岗前培训。",
    origin: "COMMUNITY",
    lead: "zhichong_staff",
    organizations: ["巾帼互助会", "慈善联谊会"],
    grids: 0,
    status: "IN_PROGRESS",
    days: { created: -75, approve: -68, start: -60 },
    planned: [-60, 120],
    approvalNote: "村“两委”研究同意，纳入本年度“N项”特色服务项目。",
    budget: [["FISCAL", "授课补贴", 6_000], ["DONATION", "投影和音响设备", 9_000]],
    expenses: [[1, -58, "江门数码电器商行", 8_600, "投影仪和扩音设备", true], [0, -30, "授课老师（5人）", 2_000, "前两月授课补贴", false]],
    milestones: [["课室设备更新", -60, -50, -52], ["第一季课程（政策和技能）", -50, -8, null], ["第二季课程（电商）", 10, 100, null]],
    tasks: [["排课表", "直冲村工作人员", -55, true], ["园区企业岗前培训对接", "工业园区党支部", 20, false]],
    updates: [[-52, 15, "新投影和音响设备安装调试完毕。", [[120, 120, 200]]], [-25, 35, "已开课14次，参训村民累计420人次。", [[200, 160, 40]]]],
    beneficiaries: { OTHER: 420, ELDERLY: 65 },
  },
  {
    community: "直冲村",
    type: "微更新",
    title: "直冲村篮球场夜间照明微更新",
    description: "为村篮球场加装LED照明和定时开关，方便村民和园区青年职工晚间运动。",
    origin: "TOPIC",
    topicTitle: "篮球场加装夜间照明",
    lead: "zhichong_staff",
    organizations: ["篮球队"],
    grids: 1,
    status: "DELIBERATING",
    days: { created: -3, deliberate: -2 },
    planned: [20, 60],
    budget: [["AWARD_SUBSIDY", "照明设备和安装", 18_000], ["SELF_RAISED", "电费（一年）", 2_400]],
    expenses: [],
    milestones: [],
    tasks: [],
    updates: [],
    beneficiaries: {},
  },
  {
    community: "乌纱村",
    type: "人居环境整治",
    title: "乌纱村“三清三拆三整治”",
    description: "以党建为引领，运用“四张清单”，组织党员群众开展清理村巷道及生活垃圾、清理池塘沟渠、清理畜禽粪污，拆除危房、违章搭建、废弃猪牛栏，整治垃圾乱扔、污水乱排、广告乱贴。",
    origin: "COMMUNITY",
    lead: "street_overseer",
    organizations: ["亲子义工协会", "慈善联谊会", "邻里互助会"],
    grids: 0,
    status: "EVALUATED",
    days: { created: -400, approve: -390, start: -380, complete: -50, evaluate: -30 },
    planned: [-380, -60],
    approvalNote: "村“两委”联席会议决定，列为全年重点工作。",
    completionSummary: "党员群众5,600多人次参与，清理垃圾杂物1,200余吨，拆除危旧房和违章搭建86处，新建小公园3个。",
    budget: [["FISCAL", "清运和拆除", 120_000], ["AWARD_SUBSIDY", "小公园建设", 80_000], ["SELF_RAISED", "村民自筹绿化", 15_000]],
    expenses: [[0, -360, "江海区环卫清运有限公司", 52_000, "垃圾杂物清运", true], [0, -250, "江海区建筑拆除工程队", 61_000, "危旧房和违章搭建拆除", true], [1, -120, "礼乐园林绿化工程部", 78_500, "小公园3个", true], [2, -90, "村民自筹", 14_200, "绿化苗木", false]],
    milestones: [["清理阶段", -380, -300, -302], ["拆除阶段", -300, -200, -195], ["整治和小公园建设", -200, -70, -72]],
    tasks: [["党员责任区划分", "村党总支", -375, true]],
    updates: [[-300, 35, "清理村巷道和池塘沟渠，党员带头参与2,100人次。", [[110, 90, 60]]], [-195, 65, "拆除危旧房和违章搭建86处。", [[150, 150, 150]]], [-72, 100, "三个小公园建成开放，村容村貌焕然一新。", [[50, 170, 70]]]],
    beneficiaries: { OTHER: 3_900, ELDERLY: 620, CHILDREN: 410 },
    pledges: [["礼乐供电服务站", "派出党员志愿者20人次，免费检修线路", -370, -340]],
    survey: [5, 5, 4, 5, 5],
    committee: [95, "村容村貌明显改善，群众参与度高、满意度高，经验值得在全街道推广。"],
  },
];
