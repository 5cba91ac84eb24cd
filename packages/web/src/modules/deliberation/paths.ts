// Where each deliberation screen lives (under /deliberation/*).
export const topicPath = (id: string) => `/deliberation/topics/${encodeURIComponent(id)}`;
export const meetingPath = (id: string) => `/deliberation/meetings/${encodeURIComponent(id)}`;
export const COMMITTEE_PATH = "/deliberation/committee";
export const TOPICS_PATH = "/deliberation/topics";
export const MEETINGS_PATH = "/deliberation/meetings";
export const RESOLUTIONS_PATH = "/deliberation/resolutions";
export const NOTICES_PATH = "/deliberation/notices";
