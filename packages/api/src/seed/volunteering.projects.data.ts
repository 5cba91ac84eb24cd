// Volunteer activities done for the demo's special projects (projects.data.ts): 江翠社区's 街长 walk
// their streets and its 志愿楼长 visit elders living alone; volunteers tutor at the 夏令营; 乌纱村's
// party members and villagers turn out for 三清三拆三整治; 直冲村's 党员义工队 serves the 农民夜校 on
// its Tuesday and Thursday evenings. An activity names a project of its own community that is not
// cancelled (the API's rule), and is held while the project is under way. 江翠社区 and 乌纱村 keep
// no points in the demo: their volunteers' hours are verified without points. Days are relative to
// the seeding day (negative: in the past).
import type { TeamKind } from "./volunteering.data.js";

export interface ProjectServiceDef {
  community: string;
  /** The project's title (projects.data.ts). */
  project: string;
  /** The team doing it: one of the community's volunteer program (volunteering.data.ts), or added here. */
  team: [name: string, kind: TeamKind, description: string];
  description: string;
  /** Title, place, start (China time), hours, capacity, days held. */
  activities: [title: string, place: string, time: string, hours: number, capacity: number, days: number[]][];
  /** Days of the week it is held on (0: Sunday): a day moves back to the latest of them. */
  weekdays?: number[];
  seed: number;
}

/** Communities serving projects without a volunteer program here: the share of adults registered and their skills. */
export const PROJECT_VOLUNTEERS: Record<string, { share: number; skills: string[]; seed: number }> = {
  江翠社区: { share: 0.5, skills: ["急救", "摄影", "手工", "英语", "书法"], seed: 7_2026_20 },
  乌纱村: { share: 1, skills: ["驾驶", "电工", "急救", "园艺"], seed: 7_2026_21 },
};

export const PROJECT_SERVICE: ProjectServiceDef[] = [
  {
    community: "江翠社区",
    project: "江翠社区“街长制”",
    team: ["街长志愿队", "SAFETY", "党员和居民骨干认领街巷担任街长，巡查环境卫生和安全隐患，收集民情"],
    description: "街长联合巡街：查看街巷环境卫生、乱堆乱放和安全隐患，能处理的当场处理，其余上报网格。",
    activities: [["街长联合巡街", "社区党群服务中心集合", "09:00", 2, 12, [-252, -217, -182, -147, -112, -77]]],
    seed: 7_2026_11,
  },
  {
    community: "江翠社区",
    project: "江翠社区“志愿楼长”",
    team: ["志愿楼长队", "OTHER", "每栋楼一名志愿楼长：政策宣传员、民情收集员、邻里调解员"],
    description: "志愿楼长入户探访独居长者，了解生活和健康情况，登记需求；在楼道宣传栏张贴政策和通知。",
    activities: [
      ["独居长者探访", "试点网格各楼栋", "15:00", 2, 12, [-56, -42, -28, -14, -2, 5, 12]],
      ["楼道政策宣传", "试点网格楼道宣传栏", "09:00", 2, 10, [-49, -21, 9]],
    ],
    seed: 7_2026_12,
  },
  {
    community: "江翠社区",
    project: "江翠社区青少年暑期夏令营",
    team: ["夏令营志愿者队", "OTHER", "暑期夏令营的作业辅导、安全看护和文体活动"],
    description: "夏令营志愿服务：辅导孩子完成暑假作业，协助安全教育和文体活动，看护上下学。",
    activities: [
      ["夏令营作业辅导", "江南街道中心小学多功能室", "09:00", 3, 8, [-93, -79, -51, -30]],
      ["夏令营防溺水安全教育助教", "江南街道中心小学多功能室", "15:00", 2, 6, [-65]],
      ["夏令营结营汇报演出服务", "江南街道中心小学操场", "15:00", 3, 15, [-12]],
    ],
    seed: 7_2026_13,
  },
  {
    community: "乌纱村",
    project: "乌纱村“三清三拆三整治”",
    team: ["三清三拆志愿服务队", "ENVIRONMENT", "党员带头、群众参与：清理村巷道和池塘沟渠，拆除后清运，整治乱贴乱画"],
    description: "三清三拆三整治志愿服务日：党员带头，村民自带工具，按责任区清理、清运和整治。",
    activities: [
      ["清理村巷道和生活垃圾", "村委会门前集合", "09:00", 3, 40, [-372, -351]],
      ["清理池塘沟渠", "村东池塘", "09:00", 3, 30, [-330]],
      ["拆除废弃猪牛栏后清运", "村北旧猪牛栏片区", "09:00", 3, 25, [-262, -228]],
      ["清理乱贴乱画小广告", "主村道沿线", "15:00", 2, 20, [-160]],
      ["小公园绿化种植", "村口小公园", "09:00", 3, 30, [-96, -82]],
    ],
    seed: 7_2026_14,
  },
  {
    community: "直冲村",
    project: "直冲村农民夜校",
    team: ["党员义工队", "PARTY", "党员责任岗：政策宣传岗、环境整治岗"],
    description: "农民夜校课堂服务：课前签到、调试投影和音响，维持课堂秩序，协助老师照顾长者学员。",
    activities: [["农民夜校课堂服务", "党群服务中心农民夜校课室", "19:30", 2, 6, [-52, -38, -24, -10, -3, 6]]],
    weekdays: [2, 4],
    seed: 7_2026_15,
  },
];
