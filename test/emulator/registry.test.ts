import * as assert from "node:assert/strict";
import { OPERATIONS as SAGEMAKER_MODEL } from "../../model/generated/service-model";
import { OPERATIONS } from "../../emulator/responses/registry";

describe("emulator: SageMaker operations from the kinds' tables", () => {
    it("serves exactly the operations of the generated SageMaker model", () => {
        assert.deepEqual([...OPERATIONS.keys()].sort(), Object.keys(SAGEMAKER_MODEL).sort());
    });

    it("names each kind's operations after its noun, with Update only for the kinds that can be updated", () => {
        const served = new Set(OPERATIONS.keys());
        for (const noun of ["Domain", "UserProfile", "Space", "App"]) {
            for (const verb of ["Create", "Describe", "Delete"]) assert.ok(served.has(`${verb}${noun}`), `${verb}${noun}`);
            assert.ok(served.has(`List${noun}s`), `List${noun}s`);
        }
        assert.deepEqual(
            [...served].filter((name) => name.startsWith("Update")),
            ["UpdateUserProfile", "UpdateSpace"],
        );
        assert.deepEqual(
            [...served].filter((name) => OPERATIONS.get(name)!.mutates).sort(),
            ["AddTags", "CreateApp", "CreateDomain", "CreateSpace", "CreateUserProfile", "DeleteApp", "DeleteDomain", "DeleteSpace", "DeleteTags", "DeleteUserProfile", "UpdateSpace", "UpdateUserProfile"],
        );
    });
});
