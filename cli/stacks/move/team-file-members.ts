// The team files' side of moving a member: their entry (with its own settings and comments) leaves
// one team file's `members` and joins the other's, so that both programs declare what both stacks
// hold after the state moved.
import { isMap, isSeq, parseDocument, visit, type Document, type Node, type YAMLSeq } from "yaml";

export interface TeamFileText {
    file: string;
    text: string;
}

const same = (a: unknown, b: string) => typeof a === "string" && a.toLowerCase() === b.toLowerCase();

function membersOf(doc: Document, file: string): YAMLSeq | undefined {
    const members = doc.get("members", true);
    if (members === undefined) return undefined;
    if (!isSeq(members)) throw new Error(`${file}: members is not a list`);
    return members;
}

function indexOf(members: YAMLSeq | undefined, member: string): number {
    return members?.items.findIndex((item) => isMap(item) && same(item.get("name"), member)) ?? -1;
}

function parsed(team: TeamFileText): Document {
    const doc = parseDocument(team.text);
    if (doc.errors.length > 0) throw new Error(`${team.file}: ${doc.errors[0].message.split("\n")[0]}`);
    return doc;
}

/** Both files' new text, or undefined when the member already left `from` for `to`. */
export function moveMemberEntry(member: string, from: TeamFileText, to: TeamFileText): { from: string; to: string } | undefined {
    const [fromDoc, toDoc] = [parsed(from), parsed(to)];
    const [fromMembers, toMembers] = [membersOf(fromDoc, from.file), membersOf(toDoc, to.file)];
    const [at, already] = [indexOf(fromMembers, member), indexOf(toMembers, member) >= 0];
    if (at < 0 && already) return undefined;
    if (at < 0) throw new Error(`neither ${from.file} nor ${to.file} lists member ${member}`);
    if (already) throw new Error(`both ${from.file} and ${to.file} list member ${member}: one person is in one team`);
    const entry = fromMembers!.items[at] as Node;
    let aliased = false;
    visit(entry, { Alias: () => ((aliased = true), visit.BREAK) });
    if (aliased) throw new Error(`${from.file}: member ${member}'s entry uses a YAML alias of that file; move the entry by hand`);
    fromMembers!.items.splice(at, 1);
    if (toMembers) toMembers.items.push(entry);
    else toDoc.set("members", toDoc.createNode([entry]));
    // `{a: b}` stays as written (the library would pad it: `{ a: b }`).
    return { from: fromDoc.toString({ flowCollectionPadding: false }), to: toDoc.toString({ flowCollectionPadding: false }) };
}
