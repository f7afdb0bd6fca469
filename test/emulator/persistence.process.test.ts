import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import {
    AddTagsCommand,
    CreateUserProfileCommand,
    DescribeUserProfileCommand,
    ListTagsCommand,
    ListUserProfilesCommand,
    UpdateUserProfileCommand,
} from "@aws-sdk/client-sagemaker";
import { startSageMakerLocal } from "../../emulator";
import { DOMAIN, expectAwsError, pollUntil, ROLE, sdkClient, spawnCliEmulator, tempDir, waitForExit } from "./helpers";

describe("emulator: durable state", () => {
    it("keeps profiles, settings, tags, statuses and page tokens across a stop and start on the same state dir", async () => {
        const stateDir = tempDir();
        const first = await startSageMakerLocal({ port: 0, stateDir, latencyMs: 20, seedDomains: [DOMAIN] });
        let client = sdkClient(first);
        const { UserProfileArn } = await client.send(
            new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "Durable", UserSettings: { ExecutionRole: ROLE }, Tags: [{ Key: "a", Value: "1" }] }),
        );
        await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "second" }));
        await client.send(new AddTagsCommand({ ResourceArn: UserProfileArn!, Tags: [{ Key: "b", Value: "2" }] }));
        const page = await client.send(new ListUserProfilesCommand({ MaxResults: 1 }));
        const before = await client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "durable" }));
        await first.stop();

        const second = await startSageMakerLocal({ port: 0, stateDir, latencyMs: 20, seedDomains: [DOMAIN] });
        try {
            client = sdkClient(second);
            const after = await pollUntil(
                () => client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "DURABLE" })),
                (profile) => profile.Status === "InService",
            );
            assert.equal(after.UserProfileName, "Durable");
            assert.equal(after.HomeEfsFileSystemUid, before.HomeEfsFileSystemUid);
            assert.equal(after.CreationTime!.getTime(), before.CreationTime!.getTime());
            assert.deepEqual(after.UserSettings, { ExecutionRole: ROLE });
            const tags = await client.send(new ListTagsCommand({ ResourceArn: UserProfileArn! }));
            assert.deepEqual(tags.Tags, [{ Key: "a", Value: "1" }, { Key: "b", Value: "2" }]);
            const next = await client.send(new ListUserProfilesCommand({ MaxResults: 1, NextToken: page.NextToken }));
            assert.deepEqual(next.UserProfiles!.map((profile) => profile.UserProfileName), ["second"]);
            await expectAwsError(client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "durable" })), "ResourceInUse");
        } finally {
            await second.stop();
        }
    });

    it("resumes a pending transition after a restart from its stored deadline", async () => {
        const stateDir = tempDir();
        const latencyMs = 1000;
        const first = await startSageMakerLocal({ port: 0, stateDir, latencyMs, seedDomains: [DOMAIN] });
        await sdkClient(first).send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "slow" }));
        await first.stop();
        const second = await startSageMakerLocal({ port: 0, stateDir, latencyMs: 0, seedDomains: [DOMAIN] });
        try {
            const client = sdkClient(second);
            const read = () => client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "slow" }));
            assert.equal((await read()).Status, "Pending", "the new instance's latency does not shorten a stored transition");
            const ready = await pollUntil(read, (profile) => profile.Status === "InService", 5000);
            assert.equal(ready.LastModifiedTime!.getTime() - ready.CreationTime!.getTime(), latencyMs);
        } finally {
            await second.stop();
        }
    });

    it("writes state per account and region, and refuses a second emulator on the same state dir", async () => {
        const stateDir = tempDir();
        const emulator = await startSageMakerLocal({ port: 0, stateDir, latencyMs: 0, seedDomains: [DOMAIN], accountId: "111122223333" });
        try {
            await sdkClient(emulator, "eu-west-1").send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "p" }));
            const file = path.join(stateDir, "111122223333", "eu-west-1", "state.json");
            assert.ok(fs.existsSync(file));
            assert.deepEqual(
                Object.values(JSON.parse(fs.readFileSync(file, "utf8")).userProfiles).map((profile: any) => profile.userProfileName),
                ["p"],
            );
            assert.deepEqual(fs.readdirSync(path.dirname(file)).filter((name) => name.endsWith(".tmp")), []);
            await assert.rejects(startSageMakerLocal({ port: 0, stateDir }), /in use by process/);
        } finally {
            await emulator.stop();
        }
    });

    it("refuses to start on a corrupt state file rather than starting empty", async () => {
        const stateDir = tempDir();
        const file = path.join(stateDir, "123456789012", "us-east-1", "state.json");
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, "{ not json");
        await assert.rejects(startSageMakerLocal({ port: 0, stateDir, latencyMs: 0 }), /state\.json is not valid JSON/);
        assert.equal(fs.readFileSync(file, "utf8"), "{ not json");
        assert.ok(!fs.existsSync(path.join(stateDir, ".lock")), "lock released after the refusal");
    });

    it("loses no acknowledged write when the process is killed with SIGKILL right after it", async () => {
        const stateDir = tempDir();
        const { child, url } = await spawnCliEmulator(["--port", "0", "--state-dir", stateDir, "--latency-ms", "0", "--seed-domain", DOMAIN]);
        try {
            const client = sdkClient({ url });
            await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "survivor", UserSettings: { ExecutionRole: ROLE } }));
            await client.send(new UpdateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "survivor", UserSettings: { SecurityGroups: ["sg-1"] } }));
            child.kill("SIGKILL");
            assert.equal((await waitForExit(child)).signal, "SIGKILL");
        } finally {
            if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
        }
        const restarted = await startSageMakerLocal({ port: 0, stateDir, latencyMs: 0 });
        try {
            const profile = await sdkClient(restarted).send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "survivor" }));
            assert.deepEqual(profile.UserSettings, { ExecutionRole: ROLE, SecurityGroups: ["sg-1"] });
        } finally {
            await restarted.stop();
        }
    });
});
