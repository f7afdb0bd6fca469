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

export function containsIgnoringCase(haystack: string, needle: unknown): boolean {
    return typeof needle !== "string" || haystack.toLowerCase().includes(needle.toLowerCase());
}
