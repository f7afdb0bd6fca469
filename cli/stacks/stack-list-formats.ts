// How `sagemaker-studio stacks list` prints the selected team stacks: a table for people, JSON, or
// a GitHub Actions matrix (`{"include":[…]}`, one job per stack, ready for $GITHUB_OUTPUT).
import type { TeamStack } from "./stack-selection";

/** The most jobs one matrix may generate in a workflow run (GitHub's limit). */
export const GITHUB_MATRIX_LIMIT = 256;

export const LIST_FORMATS = ["text", "json", "github-matrix"] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

/** `I/N`: the I-th of N contiguous parts of the list, for several matrix jobs over one selection. */
export interface Part {
    index: number;
    of: number;
}

export function parsePart(text: string): Part | undefined {
    const match = /^(\d+)\/(\d+)$/.exec(text);
    if (!match) return undefined;
    const [index, of] = [Number(match[1]), Number(match[2])];
    return index >= 1 && index <= of ? { index, of } : undefined;
}

export function partOf<T>(items: readonly T[], part: Part | undefined): T[] {
    if (part === undefined) return [...items];
    const size = Math.ceil(items.length / part.of);
    return items.slice((part.index - 1) * size, part.index * size);
}

function textTable(stacks: readonly TeamStack[]): string {
    if (stacks.length === 0) return "no team stack selected\n";
    const width = (pick: (s: TeamStack) => string) => Math.max(...stacks.map((s) => pick(s).length));
    const [stackWidth, fileWidth] = [width((s) => s.stack), width((s) => s.file)];
    return stacks.map((s) => `${s.action.padEnd(7)} ${s.stack.padEnd(stackWidth)}  ${s.file.padEnd(fileWidth)}  ${s.reason}`).join("\n") + "\n";
}

export function formatStackList(stacks: readonly TeamStack[], format: ListFormat): string {
    switch (format) {
        case "text":
            return textTable(stacks);
        case "json":
            return `${JSON.stringify(stacks, null, 2)}\n`;
        case "github-matrix": {
            if (stacks.length > GITHUB_MATRIX_LIMIT) {
                const parts = Math.ceil(stacks.length / GITHUB_MATRIX_LIMIT);
                throw new Error(
                    `${stacks.length} team stacks are more than the ${GITHUB_MATRIX_LIMIT} jobs GitHub runs from one matrix: ` +
                        `split them with --part 1/${parts} … --part ${parts}/${parts}, one matrix job each`,
                );
            }
            const include = stacks.map(({ team, file, stack, action }) => ({ team, file, stack, action }));
            return `${JSON.stringify({ include })}\n`;
        }
    }
}
