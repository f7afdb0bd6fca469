// The package's public API.
export { UserProfile, UserProfileArgs, Space, SpaceArgs } from "./provider";
export type { Timeouts } from "./provider";
export * as model from "./model/shapes";
export { startSageMakerLocal, identityCenterInstance } from "./emulator";
export type {
    SageMakerLocal, SageMakerLocalOptions, FaultRule, ThrottleFault, ServerErrorFault, ClientErrorFault, DelayFault, FailTransitionFault, RateLimits,
    RequestLogEntry, IdentityCenterInstance,
} from "./emulator";
export {
    StudioTeam, STUDIO_TEAM_TYPE, memberResourceName, effectiveMember, mergeDeep, mergeSettings, mergeTags,
    loadTeamFile, parseTeamFile, expandTeamFiles, validateTeam, TeamSpecError, formatProblem, formatSpecPath,
} from "./components";
export type {
    StudioTeamArgs, StudioTeamFileArgs, MemberProfile, TeamSpec, TeamMemberSpec, TagMap, SpaceSpec, SharedSpaceSpec, EffectiveMember, TeamProblem, SpecPath,
} from "./components";
export { runTeamStacks } from "./cli/stacks/team-stacks";
export type { StackCommand, TeamStackResult, TeamStacksOptions } from "./cli/stacks/team-stacks";
