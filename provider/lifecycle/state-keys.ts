// Properties a UserProfile keeps in state beside the program's inputs and the service's outputs.

/** The property of every dynamic resource that holds its provider module's source (Pulumi's name). */
export const PROVIDER_KEY = "__provider";

/**
 * In the outputs: the members the service fills in by itself (StudioWebPortal, AutoMountHomeEFS, …)
 * that the program sets, so that removing one from the program counts as a removal. Absent when
 * the program sets none of them.
 */
export const PROGRAM_SETS_KEY = "__programSets";
