/** One entry of the request log served at `GET /_admin/requests`. */
export interface RequestLogEntry {
    /** ISO-8601 time the request arrived. */
    time: string;
    /** The `X-Amz-Target` prefix of a served service: `SageMaker`, `SWBExternalService` (sso-admin), `AWSIdentityStore`. */
    service?: string;
    /** The operation, or the raw `X-Amz-Target` when it names no served service. */
    operation: string;
    status: number;
    errorCode?: string;
}

export class RequestLog {
    private entries: RequestLogEntry[] = [];

    record(entry: RequestLogEntry): void {
        this.entries.push(entry);
    }

    list(): RequestLogEntry[] {
        return this.entries.map((entry) => ({ ...entry }));
    }

    clear(): void {
        this.entries = [];
    }
}
