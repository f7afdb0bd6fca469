/** The type StudioTeam registers its component with: state names it in every member's URN (the moves between stacks read it without loading the component). */
export const STUDIO_TEAM_TYPE = "sagemaker-studio:index:StudioTeam";
