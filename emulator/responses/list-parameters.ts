import type { Input } from "./operation";

const DEFAULT_MAX_RESULTS = 10;

export interface ListParameters {
    nextToken?: string;
    maxResults: number;
    descending: boolean;
}

export function listParameters(input: Input, defaultMaxResults = DEFAULT_MAX_RESULTS): ListParameters {
    return {
        ...(typeof input.NextToken === "string" && input.NextToken !== "" ? { nextToken: input.NextToken } : {}),
        maxResults: typeof input.MaxResults === "number" ? input.MaxResults : defaultMaxResults,
        descending: input.SortOrder === "Descending",
    };
}

/** The parameters a page token is bound to: everything but the token and the page size. */
export function tokenBinding(input: Input): Record<string, unknown> {
    const { NextToken: _token, MaxResults: _size, ...rest } = input;
    return rest;
}

/** `*Contains` filters: a substring, regardless of case. */
export function containsIgnoringCase(haystack: string, needle: unknown): boolean {
    return typeof needle !== "string" || haystack.toLowerCase().includes(needle.toLowerCase());
}

/** `*Equals` filters on names: the whole name, regardless of case. */
export function equalsIgnoringCase(actual: string | undefined, wanted: unknown): boolean {
    return typeof wanted === "string" && actual?.toLowerCase() === wanted.toLowerCase();
}

/** `DomainIdEquals`: exactly. */
export function domainIdEquals(record: { domainId: string }, wanted: unknown): boolean {
    return record.domainId === wanted;
}
