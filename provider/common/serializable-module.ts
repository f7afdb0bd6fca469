// A provider object is the exports of a module of this package. Because the module lives in the
// installed package, Pulumi serializes it as a `require` by package name (a few hundred bytes of
// state) and `refresh`/`destroy` load the installed code. A program inside this package's own
// repository (the example stack, the tests) resolves the package to the repository's build
// instead, through Node's self-reference of packages with `exports`, which Pulumi would serialize
// by value; there the copy installed in the project's node_modules (by `npm run build`) stands in.
import * as fs from "fs";
import * as path from "path";

export function serializableModule<T>(module: T, fileInDistProvider: string): T {
    if (!__dirname.split(path.sep).includes("node_modules")) {
        const installed = path.join(process.cwd(), "node_modules", "pulumi-sagemaker-studio", "dist", "provider", fileInDistProvider);
        if (fs.existsSync(installed)) {
            return require(installed) as T;
        }
    }
    return module;
}
