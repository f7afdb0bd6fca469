import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import { CreateUserCommand, DescribeUserCommand } from "@aws-sdk/client-identitystore";
import { CreateUserProfileCommand, DescribeUserProfileCommand } from "@aws-sdk/client-sagemaker";
import { startSageMakerLocal, type SageMakerLocal } from "../../../emulator";
import { DOMAIN, sdkClient, spawnCliEmulator, tempDir, waitForExit } from "../helpers";
import { identityStoreClient, STORE } from "../identity-center/helpers";

/** The state letter of a Linux process ("R", "S", "Z", ...), read from /proc. */
function processState(pid: number): string {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 1).trim()[0]!;
}

/** Blocks the event loop on purpose: while it is blocked, Node cannot reap the child. */
function waitUntilZombie(pid: number, timeoutMs = 10000): void {
    const deadline = Date.now() + timeoutMs;
    while (processState(pid) !== "Z") {
        if (Date.now() > deadline) throw new Error(`process ${pid} did not become a zombie`);
    }
}

describe("emulator: state lock", function () {
    this.timeout(60000);

    it("treats a killed but not yet reaped owner (a zombie) as dead: a restart right after kill -9 takes the state dir over, with every acknowledged write", async () => {
        const stateDir = tempDir();
        const { child, url } = await spawnCliEmulator(["--port", "0", "--state-dir", stateDir, "--latency-ms", "0", "--seed-domain", DOMAIN]);
        let restarted: SageMakerLocal | undefined;
        try {
            await sdkClient({ url }).send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "survivor" }));
            const { UserId } = await identityStoreClient({ url }).send(
                new CreateUserCommand({ IdentityStoreId: STORE, UserName: "survivor", DisplayName: "S", Name: { GivenName: "S", FamilyName: "S" } }),
            );
            const pid = child.pid!;
            assert.equal(Number(fs.readFileSync(`${stateDir}/.lock`, "utf8")), pid);
            child.kill("SIGKILL");
            waitUntilZombie(pid);
            // Still synchronous: the lock is taken before startSageMakerLocal first yields, while the owner is a zombie.
            const starting = startSageMakerLocal({ port: 0, stateDir, latencyMs: 0 });
            assert.equal(processState(pid), "Z", "the owner was not reaped before the restart took the lock");
            restarted = await starting;
            assert.equal(Number(fs.readFileSync(`${stateDir}/.lock`, "utf8")), process.pid);
            const profile = await sdkClient(restarted).send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "survivor" }));
            assert.equal(profile.UserProfileName, "survivor");
            const user = await identityStoreClient(restarted).send(new DescribeUserCommand({ IdentityStoreId: STORE, UserId }));
            assert.equal(user.UserName, "survivor");
        } finally {
            if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
            await waitForExit(child);
            await restarted?.stop();
        }
    });

    it("still refuses a state dir whose owner is alive", async () => {
        const stateDir = tempDir();
        const { child } = await spawnCliEmulator(["--port", "0", "--state-dir", stateDir]);
        try {
            await assert.rejects(startSageMakerLocal({ port: 0, stateDir }), new RegExp(`in use by process ${child.pid}`));
        } finally {
            child.kill("SIGTERM");
            await waitForExit(child);
        }
        const after = await startSageMakerLocal({ port: 0, stateDir });
        await after.stop();
    });
});
