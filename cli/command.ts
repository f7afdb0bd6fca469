/** A command of `sagemaker-studio`, once its module is loaded: what it runs and its usage. */
export interface LoadedCommand {
    run(argv: string[]): Promise<number>;
    usage: string;
}

/** A command whose module is loaded when it runs: `load` imports the module, `pick` names its run and usage. */
export function lazyCommand<M>(load: () => Promise<M>, pick: (module: M) => LoadedCommand): () => Promise<LoadedCommand> {
    return async () => pick(await load());
}
