/** A command line the command cannot run: the message says what to write instead (exit status 2). */
export class UsageError extends Error {}
