// The dynamic provider of TeamRoster (see team-roster.ts). Like provider.ts, this module's exports
// are the provider object and every roster's state names its path, so it stays at this path and
// loads its implementation on first use, in the provider process only.
import type * as pulumi from "@pulumi/pulumi";
import type { RosterInputs, RosterOutputs } from "./operations/team-roster-operations";

type Config = Parameters<NonNullable<pulumi.dynamic.ResourceProvider["configure"]>>[0]["config"];

export function configure(req: { config: Config }): Promise<void> {
    const { exitWhenEngineGone }: typeof import("./common/engine-gone") = require("./common/engine-gone");
    exitWhenEngineGone();
    const { configureFromStack }: typeof import("./common/provider-config") = require("./common/provider-config");
    configureFromStack(req.config);
    return Promise.resolve();
}

export async function check(olds: Partial<RosterInputs>, news: RosterInputs): Promise<pulumi.dynamic.CheckResult> {
    const { reportMembershipChanges }: typeof import("./operations/team-roster-operations") = require("./operations/team-roster-operations");
    reportMembershipChanges(olds, news);
    return { inputs: news };
}

export async function diff(_id: string, olds: RosterOutputs, news: RosterInputs): Promise<pulumi.dynamic.DiffResult> {
    const { rosterChanged }: typeof import("./operations/team-roster-operations") = require("./operations/team-roster-operations");
    return { changes: rosterChanged(olds, news) };
}

export function read(id: string, props: RosterOutputs): Promise<pulumi.dynamic.ReadResult> {
    const { readRoster }: typeof import("./operations/team-roster-operations") = require("./operations/team-roster-operations");
    return readRoster(id, props);
}

export function create(inputs: RosterInputs): Promise<pulumi.dynamic.CreateResult> {
    const { createRoster }: typeof import("./operations/team-roster-operations") = require("./operations/team-roster-operations");
    return createRoster(inputs);
}

export function update(_id: string, olds: RosterOutputs, news: RosterInputs): Promise<pulumi.dynamic.UpdateResult> {
    const { updateRoster }: typeof import("./operations/team-roster-operations") = require("./operations/team-roster-operations");
    return updateRoster(olds, news);
}

// `delete` is a reserved word for a function declaration; export it under that name.
function deleteRoster(_id: string, props: RosterOutputs): Promise<void> {
    const { deleteRoster: remove }: typeof import("./operations/team-roster-operations") = require("./operations/team-roster-operations");
    return remove(props);
}
export { deleteRoster as delete };
