import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ADMIN_PREFIX, handleAdmin } from "./admin/admin-routes";
import { RequestLog } from "./admin/request-log";
import { RegionBackends } from "./backend/region-backends";
import type { SeedDomain } from "./backend/seed-domains";
import { FaultInjector } from "./faults/fault-injector";
import { RateLimiter } from "./faults/rate-limiter";
import type { StateStore } from "./persistence/state-store";
import {
    headerValue,
    operationFromTarget,
    parseJsonObject,
    readBody,
    regionFromAuthorization,
    sendError,
    sendResult,
} from "./protocol/aws-json";
import { internalFailure, ServiceError, throttlingError, unknownOperation } from "./protocol/errors";
import { OPERATIONS } from "./responses/registry";

export interface ServerOptions {
    accountId: string;
    latencyMs: number;
    store: StateStore;
    seedDomains: SeedDomain[];
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The HTTP front: admin routes under `/_admin/`, everything else is the awsJson1_1 API on `POST /`. */
export class SageMakerHttpServer {
    readonly requestLog = new RequestLog();
    readonly faults = new FaultInjector();
    readonly rateLimits = new RateLimiter();
    private readonly backends: RegionBackends;
    private readonly server: Server;

    constructor(private readonly options: ServerOptions) {
        this.backends = new RegionBackends(options.store, options.seedDomains);
        this.server = createServer((request, response) => {
            this.route(request, response).catch((error: unknown) => {
                if (!response.headersSent) sendError(response, randomUUID(), internalFailure(String(error)));
                else response.destroy();
            });
        });
    }

    listen(port: number, host: string): Promise<AddressInfo> {
        return new Promise((resolve, reject) => {
            this.server.once("error", reject);
            this.server.listen(port, host, () => {
                this.server.off("error", reject);
                resolve(this.server.address() as AddressInfo);
            });
        });
    }

    close(): Promise<void> {
        return new Promise((resolve) => {
            this.server.close(() => resolve());
            this.server.closeAllConnections();
        });
    }

    private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
        if ((request.url ?? "").startsWith(ADMIN_PREFIX)) {
            await handleAdmin(request, response, this);
            return;
        }
        const requestId = randomUUID();
        const arrived = new Date();
        const target = headerValue(request, "x-amz-target");
        const operationName = operationFromTarget(target);
        const logged = operationName ?? target ?? "";
        try {
            const output = await this.call(request, operationName);
            sendResult(response, requestId, output);
            this.requestLog.record({ time: arrived.toISOString(), operation: logged, status: 200 });
        } catch (caught) {
            const error = caught instanceof ServiceError ? caught : internalFailure();
            if (!(caught instanceof ServiceError)) process.stderr.write(`sagemaker-local: ${String((caught as Error)?.stack ?? caught)}\n`);
            sendError(response, requestId, error);
            this.requestLog.record({ time: arrived.toISOString(), operation: logged, status: error.status, errorCode: error.code });
        }
    }

    /** Throttling and injected faults come first, as the real front door answers them before the service does. */
    private async call(request: IncomingMessage, operationName: string | undefined): Promise<unknown> {
        const body = await readBody(request);
        const operation = operationName === undefined ? undefined : OPERATIONS.get(operationName);
        if (request.method !== "POST" || operation === undefined || operationName === undefined) throw unknownOperation();
        if (!this.rateLimits.admit(operationName, Date.now())) throw throttlingError();
        const decision = this.faults.decide(operationName);
        if (decision.delayMs > 0) await sleep(decision.delayMs);
        if (decision.error) throw decision.error;
        const input = parseJsonObject(body);
        return this.backends.run(
            {
                accountId: this.options.accountId,
                region: regionFromAuthorization(headerValue(request, "authorization")),
                latencyMs: this.options.latencyMs,
                takeFailureReason: decision.failTransition ?? (() => undefined),
            },
            operation.mutates,
            (context) => operation.handle(input, context),
        );
    }
}
