export { UserProfile, UserProfileArgs } from "./user-profile";
export type { Timeouts, UserProfileInputs, UserProfileOutputs } from "./inputs";
