import * as assert from "assert";
import { idleShutdown } from "../../../policy/rules/idle-shutdown";
import { profileProps, runResourcePolicy, UNKNOWN } from "../harness";

const idle = (app: string, idleSettings: Record<string, unknown> | undefined) =>
    profileProps({ userSettings: { [app]: idleSettings === undefined ? {} : { appLifecycleManagement: { idleSettings } } } });

describe("policy sagemaker-userprofile-idle-shutdown", () => {
    it("is advisory and passes enabled idle shutdown within the cap", async () => {
        const outcome = await runResourcePolicy(idleShutdown, { name: "a", props: idle("jupyterLabAppSettings", { lifecycleManagement: "ENABLED", idleTimeoutInMinutes: 120 }) });
        assert.strictEqual(outcome.level, "advisory");
        assert.deepStrictEqual(outcome.violations, []);
        assert.deepStrictEqual((await runResourcePolicy(idleShutdown, { name: "a", props: profileProps() })).violations, [], "apps the profile does not configure");
    });

    it("flags a configured app without idle shutdown", async () => {
        const { violations } = await runResourcePolicy(idleShutdown, { name: "alice", props: idle("codeEditorAppSettings", undefined) });
        assert.deepStrictEqual(violations.map((v) => v.split("\n")[1]), [
            'member "alice": userSettings.codeEditorAppSettings.appLifecycleManagement.idleSettings.lifecycleManagement is not set; ' +
            'it must be "ENABLED" with an idle timeout of at most 180 minutes.',
        ]);
    });

    it("flags timeouts above the configured cap", async () => {
        const props = idle("jupyterLabAppSettings", { lifecycleManagement: "ENABLED", idleTimeoutInMinutes: 90, maxIdleTimeoutInMinutes: 600 });
        const { violations } = await runResourcePolicy(idleShutdown, { name: "alice", props, config: { maxIdleMinutes: 60 } });
        assert.deepStrictEqual(violations.map((v) => v.split("\n")[1]), [
            'member "alice": userSettings.jupyterLabAppSettings.appLifecycleManagement.idleSettings.idleTimeoutInMinutes is 90; at most 60 is allowed.',
            'member "alice": userSettings.jupyterLabAppSettings.appLifecycleManagement.idleSettings.maxIdleTimeoutInMinutes is 600; at most 60 is allowed.',
        ]);
    });

    it("judges the other app when one is unknown, then notes the unknown", async () => {
        const props = profileProps({ userSettings: {
            jupyterLabAppSettings: { appLifecycleManagement: { idleSettings: { lifecycleManagement: UNKNOWN.string } } },
            codeEditorAppSettings: { appLifecycleManagement: { idleSettings: { lifecycleManagement: "DISABLED" } } },
        } });
        const outcome = await runResourcePolicy(idleShutdown, { name: "a", props });
        assert.strictEqual(outcome.violations.length, 1);
        assert.match(outcome.violations[0], /codeEditorAppSettings.*is "DISABLED"/);
        assert.match(outcome.unknownNote ?? "", /jupyterLabAppSettings\.appLifecycleManagement\.idleSettings\.lifecycleManagement can't be known/);
    });
});
