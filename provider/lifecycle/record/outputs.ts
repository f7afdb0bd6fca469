// A record's outputs: the service's description converted back to Pulumi's names once (the
// kind's table says which members, in which order), the program's compared inputs echoed
// (behaviour options), and the bookkeeping beside them: the owner token (a delete leaves alone
// what now carries another), the stack label and the team record (hidden inputs, echoed so that a
// refresh that finds drift records them in the inputs) and the settings members the service fills
// in that the program sets (so that removing one counts as a removal).
import { toPulumiValue } from "../../../model/schema/names";
import { TEAM_PROPERTY } from "../../../model/team/deletion-guard";
import { OWNER_PROPERTY, STACK_PROPERTY } from "../../../gateway/ownership";
import type { Described } from "../../../gateway/records";
import type { Tags } from "../../../gateway/tags";
import type { Desired, Outputs, ResourceKind } from "../kind";
import { PROGRAM_SETS_KEY } from "../state-keys";

/** What the outputs take from the resource beside the description: the inputs (names to fall back on, options), the owner token, the program's server-filled settings. */
export type OutputSource = Pick<Desired, "inputs" | "owner" | "programSets">;

/** The outputs; `tags` are the program-visible tags (without the owner tag). */
export function recordOutputs(kind: ResourceKind, source: OutputSource, described: Described, tags: Tags): Outputs {
    const record = kind.record!;
    const inputs = source.inputs;
    const out: Outputs = {
        domainId: described.DomainId ?? inputs.domainId,
        [kind.nameProperty]: described[record.members.name] ?? inputs[kind.nameProperty],
        arn: described[record.members.arn] ?? "",
        status: described.Status ?? "",
    };
    const set = (key: string, value: unknown) => {
        if (value !== undefined) out[key] = value;
    };
    for (const output of record.outputs) {
        if (output === "tags") {
            set("tags", Object.keys(tags).length > 0 || inputs.tags !== undefined ? tags : undefined);
            continue;
        }
        const value = described[output.member];
        set(output.property, value === undefined ? undefined : output.date ? (value as Date).toISOString() : output.shape ? toPulumiValue(output.shape, value) : value);
    }
    set("failureReason", described.FailureReason);
    for (const option of kind.compared) {
        set(option, inputs[option]);
    }
    if (source.owner !== undefined) {
        out[OWNER_PROPERTY] = source.owner;
    }
    set(STACK_PROPERTY, inputs[STACK_PROPERTY]);
    set(TEAM_PROPERTY, inputs[TEAM_PROPERTY]);
    if (source.programSets.length > 0) {
        out[PROGRAM_SETS_KEY] = [...source.programSets];
    }
    return out;
}
