// The committed models are what the generator writes (it runs pip and reads the pinned wheel).
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BOTOCORE_VERSION } from "../../model/generated/service-model";

const root = path.resolve(__dirname, "..", "..");
const committedDir = path.join(root, "model", "generated");
const GENERATED_FILES = ["service-model.ts", "sso-admin-model.ts", "identitystore-model.ts"];

describe("model/generated: regenerated and compared", () => {
    it("is, with the Identity Center models, exactly what the generator writes from botocore " + BOTOCORE_VERSION, function () {
        this.timeout(180_000);
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "service-model-"));
        try {
            execFileSync(process.execPath, [path.join(root, "scripts", "generate-service-model.js"), "--out-dir", dir], {
                stdio: ["ignore", "ignore", "inherit"],
            });
            assert.deepStrictEqual(fs.readdirSync(dir).sort(), [...GENERATED_FILES].sort());
            for (const file of GENERATED_FILES) {
                const expected = fs.readFileSync(path.join(dir, file), "utf8");
                const actual = fs.readFileSync(path.join(committedDir, file), "utf8");
                if (actual !== expected) {
                    const a = actual.split("\n");
                    const e = expected.split("\n");
                    const line = a.findIndex((l, i) => l !== e[i]);
                    assert.fail(`committed ${file} differs from a fresh generation at line ${line + 1}:\n` +
                        `  committed: ${a[line]?.slice(0, 200)}\n  generated: ${e[line]?.slice(0, 200)}\n` +
                        "run `npm run generate:model`");
                }
            }
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

});
