import { createHash } from "node:crypto";
import { validationError } from "../protocol/errors";

/**
 * Opaque page tokens: the position after the last item served plus a checksum of the other
 * request parameters. Deterministic (stable across restarts) and strictly advancing, so a token
 * is never handed out twice.
 */

export interface Sortable {
    sortValue: number;
    seq: number;
}

export interface PageRequest {
    nextToken?: string;
    maxResults: number;
    descending: boolean;
    /** The request's other parameters; a token is only valid with the same ones. */
    parameters: unknown;
}

export interface Page<T> {
    items: T[];
    nextToken?: string;
}

interface TokenBody {
    c: string;
    v: number;
    s: number;
}

function checksum(parameters: unknown): string {
    return createHash("sha256").update(JSON.stringify(parameters ?? null)).digest("hex").slice(0, 16);
}

function decodeToken(token: string, expectedChecksum: string): TokenBody {
    let body: Partial<TokenBody> | undefined;
    try {
        body = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as Partial<TokenBody>;
    } catch {
        body = undefined;
    }
    if (!body || typeof body.v !== "number" || typeof body.s !== "number" || typeof body.c !== "string") {
        throw validationError("Invalid pagination token.");
    }
    if (body.c !== expectedChecksum) {
        throw validationError("Invalid pagination token: the request parameters changed since the token was issued.");
    }
    return body as TokenBody;
}

function compare(a: Sortable, b: { sortValue: number; seq: number }): number {
    return a.sortValue - b.sortValue || a.seq - b.seq;
}

export function paginate<T>(items: T[], position: (item: T) => Sortable, request: PageRequest): Page<T> {
    const direction = request.descending ? -1 : 1;
    const sorted = [...items].sort((a, b) => direction * compare(position(a), position(b)));
    const sum = checksum(request.parameters);
    let remaining = sorted;
    if (request.nextToken) {
        const after = decodeToken(request.nextToken, sum);
        const last = { sortValue: after.v, seq: after.s };
        remaining = sorted.filter((item) => direction * compare(position(item), last) > 0);
    }
    const pageItems = remaining.slice(0, request.maxResults);
    if (remaining.length <= request.maxResults) return { items: pageItems };
    const lastServed = position(pageItems[pageItems.length - 1]!);
    const token: TokenBody = { c: sum, v: lastServed.sortValue, s: lastServed.seq };
    return { items: pageItems, nextToken: Buffer.from(JSON.stringify(token)).toString("base64url") };
}
