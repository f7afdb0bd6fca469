"use strict";
// The fast suite runs no Pulumi engine and no other process: a test that starts one belongs in
// a `*.engine.test.ts` or `*.process.test.ts` file (npm run test:engine). Loaded before any test
// file, this makes every way of starting a process fail with a message that says so.
const childProcess = require("child_process");

for (const name of ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"]) {
    childProcess[name] = () => {
        throw new Error(`the fast suite starts no process (child_process.${name}): name the test file *.process.test.ts or *.engine.test.ts`);
    };
}
