/** A command of `sagemaker-studio`, once its module is loaded: what it runs and its usage. */
export interface LoadedCommand {
    run(argv: string[]): Promise<number>;
    usage: string;
}
