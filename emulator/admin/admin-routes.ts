import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseFaultRules, parseRateLimits } from "../faults/fault-rules";
import type { FaultInjector } from "../faults/fault-injector";
import type { RateLimiter } from "../faults/rate-limiter";
import { readBody } from "../protocol/aws-json";
import type { RequestLog } from "./request-log";

export const ADMIN_PREFIX = "/_admin/";

export interface AdminTargets {
    requestLog: RequestLog;
    faults: FaultInjector;
    rateLimits: RateLimiter;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    response.writeHead(status, {
        "Content-Type": "application/json",
        "Content-Length": Buffer.byteLength(text),
        "x-amzn-RequestId": randomUUID(),
    });
    response.end(text);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
    const text = await readBody(request);
    return JSON.parse(text === "" ? "null" : text);
}

/** The test-control surface, outside the AWS API: request log, fault rules, rate limits. */
export async function handleAdmin(request: IncomingMessage, response: ServerResponse, targets: AdminTargets): Promise<void> {
    const path = (request.url ?? "").split("?")[0]!.slice(ADMIN_PREFIX.length).replace(/\/$/, "");
    const route = `${request.method ?? "GET"} ${path}`;
    try {
        switch (route) {
            case "GET requests":
                return sendJson(response, 200, targets.requestLog.list());
            case "DELETE requests":
                targets.requestLog.clear();
                return sendJson(response, 200, {});
            case "GET faults":
                return sendJson(response, 200, targets.faults.list());
            case "POST faults":
                targets.faults.add(parseFaultRules(await readJson(request)));
                return sendJson(response, 200, targets.faults.list());
            case "DELETE faults":
                targets.faults.clear();
                return sendJson(response, 200, {});
            case "GET rate-limits":
                return sendJson(response, 200, targets.rateLimits.current());
            case "POST rate-limits":
                targets.rateLimits.set(parseRateLimits(await readJson(request)));
                return sendJson(response, 200, targets.rateLimits.current());
            case "DELETE rate-limits":
                targets.rateLimits.set({});
                return sendJson(response, 200, {});
            default:
                return sendJson(response, 404, { error: `No admin route ${route}` });
        }
    } catch (error) {
        return sendJson(response, 400, { error: (error as Error).message });
    }
}
