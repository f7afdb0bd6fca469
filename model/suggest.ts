// "Did you mean …?" for unknown member names and enum values.

/** Levenshtein distance, with an early exit once the distance exceeds `limit`. */
function editDistance(a: string, b: string, limit = Infinity): number {
    if (a === b) return 0;
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
            if (row[j] < best) best = row[j];
        }
        if (best > limit) return limit + 1;
        prev = row;
    }
    return prev[b.length];
}

/**
 * The candidate closest to `input`, compared case-insensitively and ignoring "-", "_", "." and
 * spaces, or undefined when nothing is reasonably close (more than a third of the input differs).
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
    if (input.length > 256) return undefined;
    const fold = (s: string) => s.toLowerCase().replace(/[-_.\s]/g, "");
    const target = fold(input);
    const limit = Math.max(2, Math.floor(target.length / 3));
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(target, fold(candidate), limit);
        if (d <= limit && d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
