export { UserProfile, type UserProfileArgs } from "./user-profile";
export { Space, type SpaceArgs } from "./space";
export type { Timeouts } from "../model/profile/profile-options";
