import * as assert from "assert";
import { spaceAllowedAppTypes } from "../../../policy/rules/space-allowed-app-types";
import { space, run, messages } from "../spaces";

describe("policy sagemaker-space-allowed-app-types", () => {
    it("passes JupyterLab and Code Editor, and refuses another app type or none", async () => {
        assert.deepStrictEqual((await run(spaceAllowedAppTypes, space({ appType: "CodeEditor" }))).violations, []);
        assert.deepStrictEqual(messages(await run(spaceAllowedAppTypes, space({ appType: "JupyterServer" }))), [
            'space "alice-private" (resource ml-alice-space): spaceSettings.appType is "JupyterServer", which is not allowed; allowed: "JupyterLab", "CodeEditor".',
        ]);
        assert.match(messages(await run(spaceAllowedAppTypes, space({ appType: null })))[0], /spaceSettings\.appType is not set/);
        assert.deepStrictEqual((await run(spaceAllowedAppTypes, space({ appType: "JupyterServer" }), { allowedAppTypes: ["JupyterServer"] })).violations, []);
    });
});
