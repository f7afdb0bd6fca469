// Suggestions for misspelt names in config: the closest candidate, when it is close enough to be
// what was meant.

/** The candidate nearest to `word` by edit distance, if within a few edits (more for longer words). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
    const limit = Math.max(2, Math.floor(word.length / 5));
    let best: { candidate: string; distance: number } | undefined;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance <= limit && (best === undefined || distance < best.distance)) best = { candidate, distance };
    }
    return best?.candidate;
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
