// `read` (refresh): a record as the service has it becomes the outputs and the inputs, so the next
// preview shows drift and up corrects it; a record gone out of band leaves state. The inputs are
// what a program would write to get that record (no empty members, no values the service fills in
// by itself unless the program set them), so that refresh followed by preview never shows our own
// normalisation as drift. The access part is looked at again ("missing" when it is gone), and a
// group's members are read again.
import type * as pulumi from "@pulumi/pulumi";
import deepEqual from "fast-deep-equal";
import { TEAM_PROPERTY } from "../../model/team/deletion-guard";
import { toPulumiValue } from "../../model/schema/names";
import { settingsAsWritten } from "../../model/settings/setting-values";
import { sagemakerClient } from "../../gateway/clients";
import { OWNER_PROPERTY, recordedOwner } from "../../gateway/ownership";
import { parseResourceId } from "../../gateway/resource-id";
import { refreshedAccess } from "./access";
import { programSetsOf, subjectFor } from "./desired";
import type { Inputs, Outputs, ResourceKind } from "./kind";
import { programTags } from "./record/converge";
import { recordOutputs } from "./record/outputs";
import { PROVIDER_KEY } from "./state-keys";

export async function read(kind: ResourceKind, id: string, props: Outputs): Promise<pulumi.dynamic.ReadResult> {
    const client = sagemakerClient();
    const { domainId, name } = parseResourceId(id);
    const subject = subjectFor(kind, domainId, name);
    const record = kind.record;
    let outs: Outputs = props;
    let inputs: Inputs | undefined;
    if (record) {
        const described = await record.calls.describe(client, domainId, name);
        if (!described) {
            // Gone out of band: an empty id drops it from state.
            return { id: "" };
        }
        const owner = props[OWNER_PROPERTY];
        const programSets = programSetsOf(props);
        const source = { inputs: { ...props, domainId, [kind.nameProperty]: name }, ...(typeof owner === "string" ? { owner } : {}), programSets };
        outs = recordOutputs(kind, source, described, await programTags(client, record, described, subject));
        inputs = { ...recordedOwner(outs), ...(outs[TEAM_PROPERTY] !== undefined ? { [TEAM_PROPERTY]: outs[TEAM_PROPERTY] } : {}), domainId: outs.domainId, [kind.nameProperty]: outs[kind.nameProperty] };
        for (const key of kind.inputProperties) {
            if (outs[key] !== undefined && key !== record.settings.property) inputs[key] = outs[key];
        }
        const settings = described[record.settings.root];
        const written = settings ? settingsAsWritten(settings as Record<string, unknown>, programSets, record.settings.root) : undefined;
        if (written !== undefined) inputs[record.settings.property] = toPulumiValue(record.settings.root, written);
    }
    if (kind.access) {
        outs = { ...outs, ...(await refreshedAccess(kind.access, client, domainId, subject, { ...props, ...outs })) };
    }
    if (kind.membership) {
        outs = await kind.membership.refresh(outs);
    }
    if (unchanged(props, outs)) {
        // Nothing drifted: the inputs stay exactly as the program last wrote them.
        return { id, props: outs };
    }
    return { id, props: outs, ...(inputs !== undefined ? { inputs } : {}) };
}

function unchanged(props: Outputs, outs: Outputs): boolean {
    const { [PROVIDER_KEY]: _provider, ...recorded } = props;
    return deepEqual(recorded, outs);
}
