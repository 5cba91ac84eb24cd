// Helper data for the demo seed: the 江海区 (Jiangmen, Guangdong) villages and communities, and
// material for synthetic people. Place names marked "seed" appear in the source reports
// (江海区: 3 streets, 36 村民委员会 + 27 居民委员会); every other place name is invented for the
// demo. People are always generated: no name, phone or ID number here belongs to anyone.

export type StreetKey = "WH" | "LL" | "JN";

export interface StreetDef {
  key: StreetKey;
  name: string;
}

export const DISTRICT = { name: "江海区", code: "JH" } as const;

export const STREETS: readonly StreetDef[] = [
  { key: "WH", name: "外海街道" },
  { key: "LL", name: "礼乐街道" },
  { key: "JN", name: "江南街道" },
];

export interface CommunityDef {
  street: StreetKey;
  name: string;
  kind: "RURAL" | "URBAN";
  /** Named in the source reports (demonstration villages/communities). */
  featured?: boolean;
}

const rural = (street: StreetKey, names: string[], featured: string[] = []): CommunityDef[] =>
  names.map((name) => ({ street, name, kind: "RURAL", ...(featured.includes(name) ? { featured: true } : {}) }));
const urban = (street: StreetKey, names: string[], featured: string[] = []): CommunityDef[] =>
  names.map((name) => ({ street, name, kind: "URBAN", ...(featured.includes(name) ? { featured: true } : {}) }));

/**
 * 63 in all: 36 村 (RURAL) + 27 社区 (URBAN).
 * From the seeds: 直冲村 (外海街道), 英南村, 乌纱村, 文昌沙社区 (礼乐街道), 江翠社区 (江南街道);
 * 金溪社区 and 沙津横社区 are named without a street (placed under 外海街道 here, next to 直冲,
 * with which the seeds pair 沙津横 in 《乡贤与地名故事—直冲、沙津横篇》).
 */
export const COMMUNITIES: readonly CommunityDef[] = [
  // 外海街道: 14 村 + 8 社区
  ...rural(
    "WH",
    ["直冲村", "南沙村", "北洲村", "东围村", "西滘村", "龙溪村", "荷塘村", "大岗村", "石冲村", "上埗村", "下埗村", "沙岗村", "凤山村", "白沙村"],
    ["直冲村"],
  ),
  ...urban("WH", ["金溪社区", "沙津横社区", "海景社区", "滨江社区", "金港社区", "银湖社区", "龙湾社区", "江湾社区"], ["金溪社区", "沙津横社区"]),
  // 礼乐街道: 14 村 + 7 社区
  ...rural(
    "LL",
    ["英南村", "乌纱村", "横沙村", "竹洲村", "良溪村", "莲塘村", "坑口村", "涌头村", "涌边村", "瓦窑村", "长沙村", "田心村", "三合村", "马鞍村"],
    ["英南村", "乌纱村"],
  ),
  ...urban("LL", ["文昌沙社区", "丰乐社区", "康宁社区", "锦绣社区", "怡景社区", "明德社区", "永乐社区"], ["文昌沙社区"]),
  // 江南街道: 8 村 + 12 社区
  ...rural("JN", ["和平村", "联合村", "永安村", "兴隆村", "安和村", "河东村", "河西村", "新围村"]),
  ...urban(
    "JN",
    ["江翠社区", "翠苑社区", "华苑社区", "东宁社区", "南湖社区", "育才社区", "福泉社区", "新城社区", "金桂社区", "玉湖社区", "文华社区", "景和社区"],
    ["江翠社区"],
  ),
];

/** Common surnames of the Pearl River Delta, the first ones more often. */
export const SURNAMES = [
  "陈", "李", "黄", "梁", "张", "林", "吴", "何", "冯", "谭",
  "赵", "周", "叶", "邓", "刘", "郑", "余", "罗", "关", "麦",
  "钟", "容", "阮", "区", "甄", "胡", "杨", "许", "苏", "莫",
  "蔡", "卢", "潘", "袁", "曾", "彭", "简", "温", "朱", "源",
];

export const GIVEN_MALE = [
  "伟", "强", "志", "国", "建", "明", "永", "俊", "家", "文", "华", "锦", "荣", "辉", "德",
  "海", "忠", "成", "振", "耀", "启", "杰", "浩", "子", "宇", "嘉", "健", "树", "汉", "卓",
  "礼", "泽", "昌", "雄", "添", "达", "森", "炳", "坤", "彬",
];

export const GIVEN_FEMALE = [
  "芳", "丽", "燕", "敏", "婷", "霞", "玲", "慧", "秀", "英", "美", "翠", "娟", "琼", "凤",
  "颖", "欣", "诗", "雅", "静", "洁", "莲", "碧", "桂", "嘉", "晓", "宝", "月", "彩", "少",
  "雪", "思", "可", "淑", "婉", "妙", "梓", "晴", "佩", "韵",
];

/** Lanes and 坊 of a village: one per grid. */
export const RURAL_AREAS = [
  "东兴坊", "西华里", "南安坊", "北胜里", "新村路", "大街", "中和里", "龙田巷", "永宁坊", "福禄里", "塘边巷", "榕树头",
];

/** Housing estates of an urban community: one per grid. */
export const URBAN_AREAS = [
  "翠景花园", "江湾苑", "金港名苑", "锦华苑", "滨江新村", "怡和花园", "康乐苑", "丰泽园", "碧水湾", "文华苑", "东湖小区", "南苑小区",
];

export const GRID_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export type SocialCategory = "LIFE_SERVICE" | "CHARITY" | "MUTUAL_AID" | "CULTURE_SPORTS";

export interface SocialOrgTemplate {
  name: string;
  category: SocialCategory;
  description: string;
}

export const SOCIAL_ORGS: readonly SocialOrgTemplate[] = [
  { name: "长者服务中心", category: "LIFE_SERVICE", description: "为辖内长者提供助餐、探访、健康讲座等居家养老服务。" },
  { name: "长者饭堂", category: "LIFE_SERVICE", description: "为60岁以上长者提供平价午餐，困难长者免费就餐。" },
  { name: "便民服务队", category: "LIFE_SERVICE", description: "提供义剪、家电维修、代缴代办等便民服务。" },
  { name: "慈善联谊会", category: "CHARITY", description: "村级慈善联谊会，开展助学、助困、助残、敬老等公益活动。" },
  { name: "爱心助学会", category: "CHARITY", description: "资助困难家庭学生，组织四点半课堂。" },
  { name: "邻里互助会", category: "MUTUAL_AID", description: "组织邻里结对，互帮互助，调解邻里矛盾。" },
  { name: "亲子义工协会", category: "MUTUAL_AID", description: "以家庭为单位参与环境整治、垃圾分类宣传等志愿服务。" },
  { name: "巾帼互助会", category: "MUTUAL_AID", description: "妇女互助组织，开展家庭教育、技能培训和关爱留守儿童活动。" },
  { name: "山歌队", category: "CULTURE_SPORTS", description: "传承本土山歌，编唱村规民约和政策宣传顺口溜。" },
  { name: "舞蹈队", category: "CULTURE_SPORTS", description: "组织广场舞排练与节庆演出。" },
  { name: "篮球队", category: "CULTURE_SPORTS", description: "组织篮球训练和村际友谊赛。" },
  { name: "粤曲社", category: "CULTURE_SPORTS", description: "粤曲爱好者每周排练，参与社区文艺汇演。" },
  { name: "醒狮队", category: "CULTURE_SPORTS", description: "传承醒狮非遗技艺，参与传统节庆活动。" },
];

export const BRANCH_NAMES_RURAL = ["第一党支部", "第二党支部", "老干部党支部"];
export const BRANCH_NAMES_URBAN = ["第一党支部", "第二党支部", "离退休党支部"];
/** 直冲村 runs a party-mass service centre in its industrial park (the seeds' "街道+村+园区"). */
export const BRANCH_NAMES_ZHICHONG = ["第一党支部", "工业园区党支部", "老年党支部"];

export const RESIDENT_NOTES = ["独居长者，每周探访", "低保户", "残疾人，需帮办代办", "外出务工，春节返乡", "志愿者骨干", "楼长"];
