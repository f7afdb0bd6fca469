// Small statistics helpers: medians of repeated runs.

export function median(values: number[]): number {
    if (values.length === 0) {
        return Number.NaN;
    }
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function seconds(ms: number): string {
    return Number.isFinite(ms) ? (ms / 1000).toFixed(1) : "n/a";
}

export function ratio(a: number, b: number): string {
    return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "n/a";
}

/** KB = 1,000 bytes, MB = 2^20 bytes, as the report says. */
export const KB = 1000;
export const MB = 1024 * 1024;

export function mb(bytes: number | undefined): string {
    return bytes === undefined || !Number.isFinite(bytes) ? "n/a" : `${(bytes / MB).toFixed(0)} MB`;
}
