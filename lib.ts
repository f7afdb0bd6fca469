// The package's public API.
export { UserProfile, UserProfileArgs } from "./provider";
export type { Timeouts } from "./provider";
export * as model from "./model/shapes";
export { startSageMakerLocal } from "./emulator";
export type { SageMakerLocal, SageMakerLocalOptions } from "./emulator";
