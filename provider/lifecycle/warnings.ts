// Warnings shown once per deployment (one provider process), not once per profile.
const shown = new Set<string>();

export function warnOnce(key: string, message: string): void {
    if (!shown.has(key)) {
        shown.add(key);
        console.warn(`warning: ${message}`);
    }
}
