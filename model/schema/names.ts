// Names at the API boundary: API members are PascalCase (botocore), Pulumi properties are the
// lowerCamelCase names Pulumi aws-native uses. Values are converted by walking the generated
// shapes, so only structure member names change: map keys, tag keys/values and strings stay as
// they are.

import { defineMember, hasOwn } from "../plain-object";
import { quoteValue } from "../quote";
import type { ShapeDef } from "../shape-def";
import { getShape, memberShape } from "./shape-lookup";

export type PathSegment = string | number;

/**
 * Members whose aws-native name is not simply the API name with a lower-case first letter.
 * aws-native lower-cases the tail of upper-case acronyms (provider/pkg/naming ToSdkName); these
 * are the members of the generated shapes that it changes beyond the first letter. Test
 * names.test.ts recomputes the table from the generated shapes.
 *
 * | API member            | Pulumi property       |
 * | --------------------- | --------------------- |
 * | AutoMountHomeEFS      | autoMountHomeEfs      |
 * | EFSFileSystem         | efsFileSystem         |
 * | EFSFileSystemConfig   | efsFileSystemConfig   |
 *
 * Names such as RStudioServerProAppSettings → rStudioServerProAppSettings,
 * FSxLustreFileSystemConfig → fSxLustreFileSystemConfig, S3Uri → s3Uri and
 * IdentityProviderOAuthSettings → identityProviderOAuthSettings follow the plain rule.
 */
export const PULUMI_NAME_EXCEPTIONS = {
    AutoMountHomeEFS: "autoMountHomeEfs",
    EFSFileSystem: "efsFileSystem",
    EFSFileSystemConfig: "efsFileSystemConfig",
} as const;

const isAcronymChar = (c: string | undefined): boolean => c !== undefined && /[A-Z0-9]/.test(c);

// Port of aws-native's LowerAcronyms: in each run of 2+ upper-case letters/digits, lower-case all
// but the first; the last letter of the run starts the next word unless the run ends the name or
// is followed by an isolated "s" ("ARNs").
function lowerAcronyms(s: string): string {
    let start = -1;
    let end = -1;
    for (let i = 0; i <= s.length; i++) {
        const upper = i < s.length && isAcronymChar(s[i]);
        if (start === -1) {
            if (upper) start = i;
        } else if (!upper) {
            if (i - start >= 2) {
                end = i;
                break;
            }
            start = -1;
        }
    }
    if (end === -1) return s;
    const rest = s.slice(end);
    const isolatedS = rest[0] === "s" && (rest.length === 1 || isAcronymChar(rest[1]));
    if (end !== s.length && !isolatedS) end--;
    return s.slice(0, start + 1) + s.slice(start + 1, end).toLowerCase() + lowerAcronyms(s.slice(end));
}

/** The aws-native (Pulumi) property name for an API member name. */
export function toPulumiName(apiName: string): string {
    if (apiName === "") return apiName;
    const s = lowerAcronyms(apiName);
    return /[A-Z]/.test(s[0]) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** A member name as AWS validation messages print it: first letter lower-cased. */
export function toAwsMessageName(apiName: string): string {
    return apiName.charAt(0).toLowerCase() + apiName.slice(1);
}

const reverseIndex = new Map<string, Map<string, string>>();

function pulumiToApiMembers(shapeName: string, shape: ShapeDef): Map<string, string> {
    let index = reverseIndex.get(shapeName);
    if (!index) {
        index = new Map(Object.keys(shape.members ?? {}).map((m) => [toPulumiName(m), m]));
        reverseIndex.set(shapeName, index);
    }
    return index;
}

/** The API member of structure `shapeName` for a Pulumi property name, if there is one. */
export function toApiName(shapeName: string, pulumiName: string): string | undefined {
    const shape = getShape(shapeName);
    if (!shape?.members) return undefined;
    return pulumiToApiMembers(shapeName, shape).get(pulumiName);
}

type KeyMapper = (shapeName: string, shape: ShapeDef, key: string) => { key: string; member?: string };

function convert(shapeName: string | undefined, value: unknown, mapKey: KeyMapper, stack: Set<object>): unknown {
    if (typeof value !== "object" || value === null || stack.has(value)) return value;
    const shape = shapeName === undefined ? undefined : getShape(shapeName);
    if (!shape) return value;
    stack.add(value);
    try {
        if (Array.isArray(value)) {
            return shape.type === "list" ? value.map((v) => convert(shape.member, v, mapKey, stack)) : value;
        }
        if (shape.type === "map") {
            const out: Record<string, unknown> = {};
            for (const key of Object.keys(value)) {
                defineMember(out, key, convert(shape.value, (value as Record<string, unknown>)[key], mapKey, stack));
            }
            return out;
        }
        if (shape.type === "structure") {
            const out: Record<string, unknown> = {};
            for (const key of Object.keys(value)) {
                const mapped = mapKey(shapeName as string, shape, key);
                const child = (value as Record<string, unknown>)[key];
                defineMember(out, mapped.key, mapped.member === undefined ? child : convert(memberShape(shape, mapped.member), child, mapKey, stack));
            }
            return out;
        }
        return value;
    } finally {
        stack.delete(value);
    }
}

/**
 * Deeply converts a Pulumi-cased value of shape `shapeName` to API casing. Keys that are not
 * members (after conversion) are kept verbatim so validation can report them.
 */
export function toApiValue(shapeName: string, value: unknown): unknown {
    return convert(shapeName, value, (name, shape, key) => {
        const member = pulumiToApiMembers(name, shape).get(key) ?? (hasOwn(shape.members ?? {}, key) ? key : undefined);
        return { key: member ?? key, member };
    }, new Set());
}

/** Deeply converts an API-cased value of shape `shapeName` to Pulumi casing. */
export function toPulumiValue(shapeName: string, value: unknown): unknown {
    return convert(shapeName, value, (_name, shape, key) => ({
        key: toPulumiName(key),
        member: hasOwn(shape.members ?? {}, key) ? key : undefined,
    }), new Set());
}

export interface PathOptions {
    /** Indices of path segments that are map keys (printed verbatim). */
    readonly mapKeys?: readonly number[];
    /** Index of a trailing segment to print verbatim (an unknown member as the user wrote it). */
    readonly verbatimFrom?: number;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * The one way a property path is shown: `userSettings.customFileSystemConfigs[0].efsFileSystemConfig`,
 * with keys that are not identifiers quoted (`tags["cost center"]`) and bounded in length.
 */
export function formatPath(path: readonly PathSegment[]): string {
    let out = "";
    for (const segment of path) {
        if (typeof segment === "number") out += `[${segment}]`;
        else if (!IDENTIFIER.test(segment)) out += `[${quoteValue(segment)}]`;
        else out += out === "" ? segment : `.${segment}`;
    }
    return out;
}

/** API path → the same path in Pulumi names; map keys and verbatim segments stay as written. */
export function toPulumiSegments(path: readonly PathSegment[], options: PathOptions = {}): PathSegment[] {
    return path.map((segment, i) => {
        const verbatim = options.mapKeys?.includes(i) || (options.verbatimFrom !== undefined && i >= options.verbatimFrom);
        return typeof segment === "number" || verbatim ? segment : toPulumiName(segment);
    });
}

/** API path → Pulumi property path: `userSettings.customFileSystemConfigs[0].efsFileSystemConfig`. */
export function toPulumiPath(path: readonly PathSegment[], options: PathOptions = {}): string {
    return formatPath(toPulumiSegments(path, options));
}

/** API path → the path AWS prints in validation messages: `tags.1.member.key` (1-based). */
export function toAwsPath(path: readonly PathSegment[], options: PathOptions = {}): string {
    const parts: string[] = [];
    path.forEach((segment, i) => {
        if (typeof segment === "number") parts.push(`${segment + 1}`, "member");
        else if (options.mapKeys?.includes(i)) parts.push(segment);
        else parts.push(toAwsMessageName(segment));
    });
    return parts.join(".");
}
