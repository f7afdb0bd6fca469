export { UserProfile, type UserProfileArgs } from "./user-profile";
export type { Timeouts } from "../model/profile/profile-options";
