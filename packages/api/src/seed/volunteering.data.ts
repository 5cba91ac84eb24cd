// Static demo data of the volunteer committee and the points system: the teams the reports name
// (山歌队, 舞蹈队, 篮球队, 村医, 党员义工队, 亲子义工队), village-rule articles (村规民约积分:
// 维护社会公德, 爱护环境, 邻里和谐; 移风易俗) and 文昌沙社区's 创文先锋积分项目 (residents earn points
// by taking part in 创文 and exchange them for goods: 洗车券, 早餐券 …).
export type TeamKind = "CULTURE" | "SPORTS" | "MEDICAL" | "PARTY" | "FAMILY" | "ENVIRONMENT" | "SAFETY" | "ELDERLY" | "OTHER";
type RuleCategory = "VOLUNTEER" | "VILLAGE_RULE" | "PARTY_POST" | "OTHER";
type RuleKind = "PER_HOUR" | "PER_ACTIVITY" | "PER_OCCURRENCE";
type RewardKind = "GOODS" | "SERVICE" | "VOUCHER";

export interface RuleDef {
  code: string | null;
  name: string;
  category: RuleCategory;
  kind: RuleKind;
  article: string | null;
  points: number;
  cap?: ["MONTH" | "QUARTER" | "YEAR", number];
}

export interface ProgramDef {
  community: string;
  committee: string;
  mode: "PERSON" | "HOUSEHOLD";
  publicityExemptMax: number | null;
  teams: [name: string, kind: TeamKind, description: string][];
  rules: RuleDef[];
  /** Activity templates: title, team index, place, hours, capacity, required skills. */
  activities: [title: string, team: number, place: string, hours: number, capacity: number, skills: string[]][];
  rewards: [name: string, kind: RewardKind, cost: number, stock: number, sponsor: string | null][];
  skills: string[];
  seed: number;
}

const VOLUNTEER_RULES: RuleDef[] = [
  { code: "1.1", name: "志愿服务时长", category: "VOLUNTEER", kind: "PER_HOUR", article: "志愿服务", points: 10, cap: ["MONTH", 200] },
  { code: "1.2", name: "参加集体志愿活动", category: "VOLUNTEER", kind: "PER_ACTIVITY", article: "志愿服务", points: 5 },
];

export const PROGRAMS: ProgramDef[] = [
  {
    community: "英南村",
    committee: "英南村志愿服务委员会",
    mode: "HOUSEHOLD",
    // 英南村 posts village-rule points after review without a separate notice (its monthly 红黑榜 is the publicity).
    publicityExemptMax: 20,
    teams: [
      ["山歌队", "CULTURE", "传承本土山歌，节庆演出与文明实践宣传"],
      ["舞蹈队", "CULTURE", "广场舞与文艺汇演"],
      ["篮球队", "SPORTS", "村篮球赛与青少年篮球训练"],
      ["村医服务队", "MEDICAL", "村医上门巡诊、长者健康检测"],
      ["党员义工队", "PARTY", "党员责任岗，环境整治与政策宣传"],
      ["亲子义工队", "FAMILY", "亲子环保、关爱长者"],
    ],
    rules: [
      ...VOLUNTEER_RULES,
      { code: "2.1", name: "维护社会公德", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "社会公德", points: 5 },
      { code: "2.2", name: "门前屋后清洁", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "环境卫生", points: 3, cap: ["MONTH", 12] },
      { code: "2.3", name: "邻里互助", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "邻里和睦", points: 5 },
      { code: "2.4", name: "红白事简办", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "移风易俗", points: 10 },
      { code: "3.1", name: "乱扔垃圾", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "环境卫生", points: -5 },
      { code: "3.2", name: "大操大办", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "移风易俗", points: -20 },
      { code: "3.3", name: "邻里纠纷经调解不履行", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "邻里和睦", points: -10 },
    ],
    activities: [
      ["山歌进祠堂文明宣讲", 0, "英南村祠堂", 2, 15, []],
      ["重阳长者健康义诊", 3, "英南村老人幸福院", 3, 8, ["医护"]],
      ["村道环境大扫除", 4, "村委会门前集合", 2, 20, []],
      ["青少年篮球训练营", 2, "村篮球场", 2, 10, []],
      ["亲子垃圾分类小课堂", 5, "农家书屋", 2, 12, []],
      ["广场舞展演", 1, "村文化广场", 2, 20, []],
    ],
    rewards: [
      ["食用油（5升）", "GOODS", 120, 20, null],
      ["大米（10斤）", "GOODS", 80, 30, null],
      ["洗衣液", "GOODS", 40, 40, null],
      ["理发服务", "SERVICE", 20, 50, "村口理发店"],
    ],
    skills: ["山歌", "舞蹈", "篮球", "医护", "驾驶", "摄影"],
    seed: 7_2026_01,
  },
  {
    community: "文昌沙社区",
    committee: "文昌沙社区志愿服务委员会",
    mode: "PERSON",
    publicityExemptMax: 5,
    teams: [
      ["创文先锋志愿队", "ENVIRONMENT", "创文先锋积分项目：文明劝导、垃圾分类督导、门前三包"],
      ["党员义工队", "PARTY", "在职党员双报到、社区党员义工"],
      ["亲子义工队", "FAMILY", "五彩亲子志愿服务"],
      ["长者关爱队", "ELDERLY", "探访独居长者、长者饭堂帮厨"],
    ],
    rules: [
      ...VOLUNTEER_RULES,
      { code: "C1", name: "创文文明劝导", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "文明创建", points: 5, cap: ["MONTH", 30] },
      { code: "C2", name: "垃圾分类示范户", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "爱护环境", points: 10 },
      { code: "C3", name: "商铺门前三包达标", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "爱护环境", points: 8 },
      { code: "C4", name: "占道经营", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "爱护环境", points: -10 },
      { code: "C5", name: "高空抛物", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "社会公德", points: -20 },
    ],
    activities: [
      ["创文文明劝导（路口）", 0, "文昌路与沙岗路交叉口", 2, 12, []],
      ["垃圾分类督导", 0, "文昌沙小区垃圾投放点", 2, 10, []],
      ["独居长者探访", 3, "社区党群服务中心集合", 2, 8, []],
      ["亲子环保手工坊", 2, "社区活动室", 2, 15, []],
      ["党员双报到服务日", 1, "社区党群服务中心", 3, 20, []],
    ],
    rewards: [
      ["洗车券", "VOUCHER", 30, 60, "文昌沙汽车美容店"],
      ["早餐券", "VOUCHER", 15, 100, "沙岗路早餐店"],
      ["环保购物袋", "GOODS", 10, 80, null],
      ["毛巾礼盒", "GOODS", 50, 25, null],
    ],
    skills: ["急救", "摄影", "驾驶", "手工", "英语"],
    seed: 7_2026_02,
  },
  {
    community: "直冲村",
    committee: "直冲村志愿服务委员会",
    mode: "PERSON",
    publicityExemptMax: null,
    teams: [
      ["党员义工队", "PARTY", "党员责任岗：政策宣传岗、环境整治岗"],
      ["治安巡逻队", "SAFETY", "园区与村道夜间巡逻"],
      ["环境整治队", "ENVIRONMENT", "三清三拆三整治"],
      ["篮球队", "SPORTS", "村篮球赛"],
      ["亲子义工队", "FAMILY", "亲子志愿服务"],
    ],
    rules: [
      ...VOLUNTEER_RULES,
      { code: "2.1", name: "爱护环境", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "环境卫生", points: 5, cap: ["MONTH", 20] },
      { code: "2.2", name: "邻里和谐", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "邻里和睦", points: 5 },
      { code: "2.3", name: "移风易俗", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "移风易俗", points: 10 },
      { code: "2.4", name: "党员责任岗履职", category: "PARTY_POST", kind: "PER_OCCURRENCE", article: "党员责任岗", points: 8 },
      { code: "3.1", name: "乱堆乱放", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "环境卫生", points: -5 },
      { code: "3.2", name: "违规燃放烟花爆竹", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", article: "社会公德", points: -10 },
    ],
    activities: [
      ["园区夜间巡逻", 1, "直冲工业园区门口", 3, 10, []],
      ["三清三拆环境整治", 2, "村委会门前集合", 2, 25, []],
      ["政策宣传进农户", 0, "党群服务中心集合", 2, 12, []],
      ["村篮球友谊赛服务", 3, "村篮球场", 2, 10, []],
      ["亲子植树护绿", 4, "村文化公园", 2, 15, []],
      ["长者饭堂帮厨", 0, "党群服务中心长者饭堂", 2, 6, []],
    ],
    rewards: [
      ["洗车券", "VOUCHER", 30, 40, "直冲汽车服务站"],
      ["早餐券", "VOUCHER", 15, 80, "园区食堂"],
      ["大米（10斤）", "GOODS", 80, 30, null],
      ["食用油（5升）", "GOODS", 120, 15, null],
      ["洗衣液", "GOODS", 40, 40, null],
    ],
    skills: ["驾驶", "急救", "电工", "篮球", "摄影"],
    seed: 7_2026_03,
  },
];

export const CLAIM_REASONS: Record<string, string[]> = {
  社会公德: ["拾金不昧，归还失物", "主动劝阻不文明行为"],
  环境卫生: ["主动清理门前屋后卫生", "清理公共区域卫生死角"],
  邻里和睦: ["帮助独居长者买菜就医", "主动调解邻里矛盾"],
  移风易俗: ["丧事简办，不大操大办", "婚事新办，倡导文明婚俗"],
  文明创建: ["路口文明劝导", "劝导电动车佩戴头盔"],
  爱护环境: ["垃圾分类准确率高", "门前三包责任落实"],
  党员责任岗: ["政策宣传岗入户宣传", "环境整治岗履职"],
};
export const DEDUCTION_REASONS: Record<string, string[]> = {
  环境卫生: ["在村道乱扔垃圾，经劝导未改正", "杂物堆放占用公共通道"],
  移风易俗: ["婚宴大操大办，超出村规民约标准"],
  邻里和睦: ["邻里纠纷调解协议未履行"],
  爱护环境: ["商铺占道经营，劝导后仍未整改"],
  社会公德: ["高空抛物", "违规燃放烟花爆竹"],
};
