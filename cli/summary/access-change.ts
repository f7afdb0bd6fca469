// Who gains or loses the right to open Studio with a change: in an SSO domain a profile's Identity
// Center user is assigned to the domain's Studio application, and the assignment this stack made
// goes when the profile is deleted or forgotten (access follows membership). Read from the step:
// the new inputs say what is wanted (`singleSignOnUserValue`, `assignIdentityCenterUser`), the last
// deployment's outputs what was there (`identityCenterAssignment`: "made" or taken over by this
// stack, "found" in place before it as earlier releases recorded, "missing" when a refresh no longer
// found it). A user whose profile moves to a new resource in the same change keeps access.
import { isKnownString, type Inputs } from "../engine-events";
import { code } from "../markdown-cells";
import type { Member } from "./members";

export interface AccessChange {
    /** Only grants and revokes are counted: an adoption may find the assignment in place already. */
    direction: "grant" | "revoke" | "kept" | "adopted";
    user: string;
    line: string;
}

const ASSIGNMENT_OUTPUT = "identityCenterAssignment";

/** The Identity Center user the inputs want assigned, if any. */
function wantedUser(inputs: Inputs | undefined): string | undefined {
    const user = inputs?.singleSignOnUserValue;
    return isKnownString(user) && inputs?.assignIdentityCenterUser !== false ? user : undefined;
}

/** What the last deployment recorded of the assignment, and for which user. */
function recorded(m: Member): { state?: string; user?: string } {
    const state = m.step?.oldOutputs?.[ASSIGNMENT_OUTPUT];
    const user = [m.step?.oldOutputs?.singleSignOnUserValue, m.step?.oldInputs?.singleSignOnUserValue].find(isKnownString);
    return { ...(typeof state === "string" ? { state } : {}), ...(user !== undefined ? { user } : {}) };
}

function revoked(user: string, why: string): AccessChange {
    return {
        direction: "revoke",
        user,
        line: `- 🔒 **loses access**: the assignment of Identity Center user ${code(user)} to the domain's Studio application, which this stack made, is removed (${why}).`,
    };
}

function granted(user: string, why: string): AccessChange {
    return {
        direction: "grant",
        user,
        line: `- 🔑 **gets access**: Identity Center user ${code(user)} is assigned to the domain's Studio application (${why}).`,
    };
}

/** Where a user's assignment moves within one change: their new profile (created or adopted) and the old one it leaves. */
interface Moves {
    /** User → the profile created or adopted for them in this change. */
    to: Map<string, string>;
    /** User → the profile deleted or forgotten in this change whose assignment the new one takes over. */
    from: Map<string, string>;
}

function kept(user: string, line: string): AccessChange {
    return { direction: "kept", user, line };
}

/** What the change does to a profile's access to Studio, if anything. */
function accessChanges(m: Member, moves: Moves): AccessChange[] {
    // A profile another stack took over is only forgotten here: its assignment goes with that stack now.
    if (m.resource !== "profile" || m.change === "unchanged" || m.movedAway) return [];
    const before = recorded(m);
    const made = before.state === "made" && before.user !== undefined;
    if (m.change === "delete" || m.change === "forget") {
        const to = before.user === undefined ? undefined : moves.to.get(before.user);
        if (made && to !== undefined) {
            return [kept(before.user!, `- Identity Center user ${code(before.user!)} keeps access: ${code(to)}, new in this change, takes the assignment to the domain's Studio application over, so this profile's ${m.change} leaves it in place.`)];
        }
        if (made) return [revoked(before.user!, m.change === "forget" ? "the profile and its files are kept" : "the profile is deleted")];
        if (before.state === "found" && before.user !== undefined) {
            return [kept(before.user, `- Identity Center user ${code(before.user)} keeps the assignment to the domain's Studio application that was in place before this stack created the profile (not made by it, so not removed).`)];
        }
        return [];
    }
    const wanted = wantedUser(m.step?.newInputs);
    const from = wanted === undefined ? undefined : moves.from.get(wanted);
    if ((m.change === "create" || m.change === "adopt") && from !== undefined) {
        return [kept(wanted!, `- Identity Center user ${code(wanted!)} keeps access: this profile takes over the assignment to the domain's Studio application from ${code(from)}, which this change removes.`)];
    }
    if (m.change === "create") return wanted === undefined ? [] : [granted(wanted, "a new member; an assignment already in place becomes this stack's")];
    if (m.change === "adopt") {
        if (wanted === undefined) return [];
        return [
            {
                direction: "adopted",
                user: wanted,
                line: `- 🔑 **access adopted**: the assignment of Identity Center user ${code(wanted)} to the domain's Studio application is adopted with the profile (made if missing) and removed when the profile is deleted or forgotten.`,
            },
        ];
    }
    const changes: AccessChange[] = [];
    if (made && wanted !== before.user) {
        changes.push(revoked(before.user!, wanted === undefined ? "assignIdentityCenterUser is false now" : "the profile's user changes"));
    }
    const wantedBefore = wantedUser(m.step?.oldInputs);
    if (wanted !== undefined && wanted !== wantedBefore) {
        changes.push(granted(wanted, wantedBefore === undefined ? "assignIdentityCenterUser is no longer false" : "the profile's user changes"));
    } else if (wanted !== undefined && before.state === "missing") {
        changes.push(granted(wanted, "a refresh found the assignment missing: it is made again"));
    }
    return changes;
}

/**
 * Each profile's access changes in one preview, by member key. A user whose profile the change
 * removes while it creates or adopts another for them keeps access: the new profile takes the
 * assignment over, and the old one's delete in the same deployment leaves it in place.
 */
export function accessOfMembers(members: readonly Member[]): Map<string, AccessChange[]> {
    const to = new Map<string, string>();
    const from = new Map<string, string>();
    for (const m of members) {
        if (m.resource !== "profile" || m.movedAway) continue;
        const user = wantedUser(m.step?.newInputs);
        if ((m.change === "create" || m.change === "adopt") && user !== undefined) to.set(user, m.name);
        const before = recorded(m);
        if ((m.change === "delete" || m.change === "forget") && before.state === "made" && before.user !== undefined) from.set(before.user, m.name);
    }
    const moves: Moves = { to: new Map([...to].filter(([user]) => from.has(user))), from: new Map([...from].filter(([user]) => to.has(user))) };
    return new Map(members.map((m) => [m.key, accessChanges(m, moves)]));
}
