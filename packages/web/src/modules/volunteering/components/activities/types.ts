import type { ResultOf } from "@gongzhi/schema";
import type { ActivityHeaderFields, SignUpFields } from "./fragments";

export type ActivityHeaderData = ResultOf<typeof ActivityHeaderFields>;
export type SignUpData = ResultOf<typeof SignUpFields>;
