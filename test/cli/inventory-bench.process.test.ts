// The inventory benchmark (bench/inventory.ts) at a size past one page of every list: what it seeds
// is what the inventory reports, and the calls it counts show the paging and the one pass over the
// domain's apps (never a call per profile for apps or assignments).
import * as assert from "assert";
import { benchInventory, benchMarkdown, type InventoryBench } from "../../bench/inventory";

describe("bench/inventory.ts", function () {
    let bench: InventoryBench;

    before(async () => {
        bench = await benchInventory({ profiles: 120, reps: 1, delaysMs: [0] });
    });

    it("reports the domain it seeded", () => {
        const { totals } = bench.timings[0].inventory;
        assert.deepStrictEqual([totals.profiles, totals.spaces], [120, 24]);
        assert.deepStrictEqual(
            totals.byManager.map((m) => [m.manager, m.profiles, m.spaces]),
            [
                [{ managed: true, stack: "studio/team-a" }, 40, 0],
                [{ managed: true, stack: "studio/team-b" }, 40, 0],
                [{ managed: true }, 20, 0],
                [{ managed: false }, 20, 24],
            ],
        );
        assert.strictEqual(totals.canOpenStudio, 90, "assigned directly or through the group: three users in four");
        assert.strictEqual(totals.assignedWithoutProfile, 11);
        assert.deepStrictEqual(totals.gpuDefaults, { profiles: 12, spaces: 0 });
        assert.deepStrictEqual([totals.runningApps.total, totals.runningApps.gpu], [24, 12]);
    });

    it("pages the lists and reads each record once, and the domain's apps and assignments in one pass", () => {
        const { calls } = bench.timings[0];
        assert.deepStrictEqual(
            { ...calls },
            {
                DescribeDomain: 1,
                ListUserProfiles: 2,
                DescribeUserProfile: 120,
                ListSpaces: 1,
                DescribeSpace: 24,
                ListTags: 144,
                ListApps: 1,
                ListInstances: 1,
                ListApplicationAssignments: 1,
                ListUsers: 2,
                ListGroupMemberships: 1,
            },
        );
        assert.match(benchMarkdown(bench), /\n\| 0 ms \| 1 \| \d+\.\d s \| \d+\.\d s \| \d+\.\d s \| 298 \| 2\.48 \|\n/);
    });
});
