import * as assert from "assert";
import { sharedSpaceTeamTag } from "../../../policy/rules/shared-space-team-tag";
import { space, run, messages } from "../spaces";

describe("policy sagemaker-space-shared-team-tag", () => {
    it("refuses a shared space without the team tag, and leaves private spaces alone", async () => {
        assert.deepStrictEqual(messages(await run(sharedSpaceTeamTag, space({ sharingType: "Shared", tags: { owner: "x" } }))), [
            'space "alice-private" (resource ml-alice-space): a shared space needs the tag "team" naming its team (tags: "owner").',
        ]);
        assert.deepStrictEqual((await run(sharedSpaceTeamTag, space({ sharingType: "Shared", tags: { team: "ml" } }))).violations, []);
        assert.deepStrictEqual((await run(sharedSpaceTeamTag, space())).violations, []);
        assert.deepStrictEqual((await run(sharedSpaceTeamTag, space({ sharingType: "Shared", tags: { squad: "ml" } }), { teamTagKey: "squad" })).violations, []);
    });
});
