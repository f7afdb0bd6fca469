// The totals at the top of the inventory: records per manager (each stack, then a stack not
// recorded, then none), GPU defaults, running apps by instance type, and who can open Studio.
import type { Manager } from "../../gateway/ownership";
import type { InstanceTypeTotal, ManagerTotal, ProfileRow, SpaceRow, Totals } from "./inventory-model";

/** Stacks by name first, then "managed, stack not recorded", then "unmanaged". */
function managerOrder(m: Manager): [number, string] {
    if (!m.managed) return [2, ""];
    return m.stack === undefined ? [1, ""] : [0, m.stack];
}

function byManager(profiles: readonly ProfileRow[], spaces: readonly SpaceRow[]): ManagerTotal[] {
    const totals = new Map<string, ManagerTotal>();
    const count = (manager: Manager, kind: "profiles" | "spaces") => {
        const key = JSON.stringify(managerOrder(manager));
        // Records a stack forgot count as unmanaged, whichever stack it was.
        const total = totals.get(key) ?? { manager: manager.managed ? manager : { managed: false as const }, profiles: 0, spaces: 0 };
        total[kind]++;
        totals.set(key, total);
    };
    profiles.forEach((p) => count(p.manager, "profiles"));
    spaces.forEach((s) => count(s.manager, "spaces"));
    return [...totals.values()].sort((a, b) => {
        const [rankA, nameA] = managerOrder(a.manager);
        const [rankB, nameB] = managerOrder(b.manager);
        return rankA - rankB || nameA.localeCompare(nameB);
    });
}

function runningApps(rows: readonly (ProfileRow | SpaceRow)[]): Totals["runningApps"] {
    const byType = new Map<string, InstanceTypeTotal>();
    let total = 0;
    let gpu = 0;
    for (const app of rows.flatMap((r) => r.runningApps)) {
        total++;
        if (app.gpu) gpu++;
        const instanceType = app.instanceType ?? "(not reported)";
        const entry = byType.get(instanceType) ?? { instanceType, gpu: app.gpu, apps: 0 };
        entry.apps++;
        byType.set(instanceType, entry);
    }
    return { total, gpu, byInstanceType: [...byType.values()].sort((a, b) => b.apps - a.apps || a.instanceType.localeCompare(b.instanceType)) };
}

const hasGpuDefault = (row: ProfileRow | SpaceRow) => row.defaultInstanceTypes.some((d) => d.gpu);

export function totalsOf(profiles: readonly ProfileRow[], spaces: readonly SpaceRow[], assignedWithoutProfile: number | undefined): Totals {
    return {
        profiles: profiles.length,
        spaces: spaces.length,
        byManager: byManager(profiles, spaces),
        gpuDefaults: { profiles: profiles.filter(hasGpuDefault).length, spaces: spaces.filter(hasGpuDefault).length },
        runningApps: runningApps([...profiles, ...spaces]),
        canOpenStudio: profiles.filter((p) => p.canOpenStudio).length,
        ...(assignedWithoutProfile !== undefined ? { assignedWithoutProfile } : {}),
    };
}
