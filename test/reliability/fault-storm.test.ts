// Fault storms: half of all calls throttled, one in ten answered with a 5xx,
// latency spikes, and profiles that end Failed, Update_Failed or Delete_Failed.
// One `pulumi up` either converges or fails naming each profile and the reason;
// the next one converges; nothing is duplicated.
import * as assert from "assert";
import type { FaultRule, SageMakerLocal } from "../../emulator";
import { cleanWorkDirs } from "../support/engine";
import { DOMAIN, ProfilesStack, startEmulator } from "../support/profiles-stack";
import { assertConverged, FULL, memberNames, okPulumi, runPulumi, size, teamOf } from "../support/reliability";

const MEMBERS = size(4, 20);
const CREATE_FAILURE = "Injected: the execution role could not be assumed";
const UPDATE_FAILURE = "Injected: the lifecycle configuration is being updated";
const DELETE_FAILURE = "Injected: the home EFS volume is busy";

function storm(seed: number): FaultRule[] {
    return [
        { operation: "*", fault: "throttle", probability: 0.5, seed },
        { operation: "*", fault: "serverError", probability: 0.1, seed: seed + 1 },
        { operation: "*", fault: "serverError", status: 503, probability: 0.02, seed: seed + 2 },
        { operation: "*", fault: "delay", delayMs: 1200, probability: 0.05, seed: seed + 3 },
    ];
}

/**
 * The Diagnostics of a failed run: one block per failed UserProfile, each naming its own profile
 * (`user profile <domain>/<name>`) and giving a reason. Returns "name: first line" per block.
 */
function assertErrorsNameProfiles(output: string, reasons: RegExp): string[] {
    const diagnostics = output.slice(output.lastIndexOf("Diagnostics:"));
    const blocks = diagnostics.split(/\n(?=  \S)/).filter((block) => /^  pulumi-nodejs:dynamic\/sagemaker:UserProfile \(/.test(block));
    assert.ok(blocks.length > 0, output);
    return blocks.map((block) => {
        const name = /UserProfile \(([^)]+)\)/.exec(block)![1];
        assert.ok(block.includes(`user profile ${DOMAIN}/${name}`), `the error of ${name} names its profile:\n${block}`);
        assert.match(block, reasons, `the error of ${name} gives the reason:\n${block}`);
        const message = block.split("\n").slice(1).join(" ").replace(/\s+/g, " ").trim();
        return `${name}: ${message}`;
    });
}

describe(`reliability: fault storm (${MEMBERS} members)`, function () {
    let emulator: SageMakerLocal;

    before(async () => {
        emulator = await startEmulator(150);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("converges by the second up through throttling, 5xx, latency spikes and failed transitions", async () => {
        const names = memberNames("storm", MEMBERS);
        const stack = await ProfilesStack.create(emulator, "fault-storm");
        await stack.project.ok(["config", "set", "sagemaker:maxAttempts", "15"]);
        const report: string[] = [];
        const reasons = new RegExp(
            [CREATE_FAILURE, UPDATE_FAILURE, DELETE_FAILURE, "ThrottlingException", "InternalFailure", "ServiceUnavailable"]
                .map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
                .join("|"),
        );

        // Creating, with two creations ending Failed.
        const started = Date.now();
        await stack.declare(teamOf(names));
        emulator.addFaults([...storm(11), { operation: "CreateUserProfile", fault: "failTransition", reason: CREATE_FAILURE, times: 2 }]);
        const first = await runPulumi(stack.project, ["up", "--yes", "--skip-preview"]);
        if (first.code !== 0) report.push(`create up failed as expected:\n${assertErrorsNameProfiles(first.output, reasons).join("\n")}`);
        else report.push("create up converged at once");
        await okPulumi(stack.project, ["up", "--yes", "--skip-preview"]);
        const calls = emulator.requests();
        report.push(`${calls.length} calls, ${calls.filter((c) => c.status >= 400).length} answered with an error`);

        emulator.clearFaults();
        report.push(`storm phase: ${Math.round((Date.now() - started) / 1000)} s`);

        // Updating every member: one ends Update_Failed (under the storm again in full runs).
        const kept = names.slice(0, MEMBERS - 2);
        const updated = teamOf(names, () => ({ userSettings: { executionRole: "arn:aws:iam::123456789012:role/StormRole" } }));
        await stack.declare(updated);
        emulator.addFaults([...(FULL ? storm(23) : []), { operation: "UpdateUserProfile", fault: "failTransition", reason: UPDATE_FAILURE }]);
        const third = await runPulumi(stack.project, ["up", "--yes", "--skip-preview"]);
        assert.notStrictEqual(third.code, 0, "an Update_Failed fails the up");
        const updateErrors = assertErrorsNameProfiles(third.output, reasons);
        assert.ok(updateErrors.some((line) => line.includes(UPDATE_FAILURE)), updateErrors.join("\n"));
        report.push(`update up failed as expected:\n${updateErrors.join("\n")}`);
        emulator.clearFaults();
        await okPulumi(stack.project, ["up", "--yes", "--skip-preview"]);

        // Removing two members: one ends Delete_Failed.
        await stack.declare(Object.fromEntries(kept.map((n) => [n, updated[n]])));
        emulator.addFaults({ operation: "DeleteUserProfile", fault: "failTransition", reason: DELETE_FAILURE });
        const fifth = await runPulumi(stack.project, ["up", "--yes", "--skip-preview"]);
        assert.notStrictEqual(fifth.code, 0, "a Delete_Failed fails the up");
        const deleteErrors = assertErrorsNameProfiles(fifth.output, reasons);
        assert.ok(deleteErrors.some((line) => line.includes(DELETE_FAILURE)), deleteErrors.join("\n"));
        report.push(`delete up failed as expected:\n${deleteErrors.join("\n")}`);
        await okPulumi(stack.project, ["up", "--yes", "--skip-preview"]);

        emulator.clearFaults();
        const converged = await assertConverged(stack, emulator, kept);
        report.push(`converged: ${converged.inEmulator} profiles in the emulator, ${converged.inState} in state`);
        console.log(report.join("\n").replace(/^/gm, "      "));
        await okPulumi(stack.project, ["destroy", "--yes", "--skip-preview"]);
    });
});
