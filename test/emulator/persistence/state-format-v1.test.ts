import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { CreateUserProfileCommand, DescribeUserProfileCommand } from "@aws-sdk/client-sagemaker";
import { startSageMakerLocal } from "../../../emulator";
import { REPO_ROOT, rawCall, sdkClient, tempDir } from "../helpers";

/**
 * State files as schema version 1 writes them (state.json of a region, identity-center.json of the
 * account), with the answers that the emulator gave when it read them back: domains, profiles,
 * spaces, apps (one deleted), tags, users, groups, memberships, assignments, and transitions still
 * pending in the file (two failed updates with what they restore, a delete). They were written
 * with the clock at 2025-01-01, so those transitions are due whenever the files are read.
 */
const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "emulator", "state-v1");
const AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=AKIDTESTLOCAL/20260101/us-east-1/sagemaker/aws4_request, SignedHeaders=host, Signature=0";

interface RecordedRead {
    target: string;
    body: unknown;
    status: number;
    answer: unknown;
}

function copyOfFixture(): string {
    const stateDir = tempDir();
    fs.cpSync(FIXTURE, stateDir, { recursive: true, filter: (source) => !source.endsWith("reads.json") });
    return stateDir;
}

describe("emulator: state files of schema version 1", function () {
    this.timeout(30000);

    it("load with the same meaning: every recorded read answers as it did", async () => {
        const reads = JSON.parse(fs.readFileSync(path.join(FIXTURE, "reads.json"), "utf8")) as RecordedRead[];
        const emulator = await startSageMakerLocal({ port: 0, stateDir: copyOfFixture(), latencyMs: 0 });
        try {
            for (const read of reads) {
                const response = await rawCall(emulator.url, read.target, JSON.stringify(read.body), { Authorization: AUTHORIZATION });
                assert.equal(response.status, read.status, `${read.target} ${JSON.stringify(read.body)}`);
                assert.deepEqual(response.json, read.answer, `${read.target} ${JSON.stringify(read.body)}`);
            }
        } finally {
            await emulator.stop();
        }
    });

    it("go on from where they were: a new profile takes the domain's next home directory uid", async () => {
        const emulator = await startSageMakerLocal({ port: 0, stateDir: copyOfFixture(), latencyMs: 0 });
        try {
            const client = sdkClient(emulator);
            await client.send(new CreateUserProfileCommand({ DomainId: "d-fixturedomain1", UserProfileName: "dave" }));
            const dave = await client.send(new DescribeUserProfileCommand({ DomainId: "d-fixturedomain1", UserProfileName: "dave" }));
            assert.equal(dave.HomeEfsFileSystemUid, "200006");
        } finally {
            await emulator.stop();
        }
    });
});
