export { StudioTeam, STUDIO_TEAM_TYPE, memberResourceName } from "./studio-team";
export type { StudioTeamArgs, StudioTeamFileArgs, MemberProfile } from "./studio-team";
export type { TeamSpec, TeamMemberSpec, TagMap } from "./team-spec";
export { effectiveMember, mergeDeep, mergeSettings, mergeTags } from "./merge";
export type { EffectiveMember } from "./merge";
export { loadTeamFile, parseTeamFile } from "./team-file";
export { validateTeam } from "./validate-team";
export { TeamSpecError, formatProblem, formatSpecPath } from "./team-problems";
export type { TeamProblem, SpecPath } from "./team-problems";
