// Matching values against configured allow-lists: glob patterns (`ml.t3.*`), regular expressions
// and S3 prefixes.
import picomatch from "picomatch";

/** Whether `value` matches one of the globs (`*` matches any run of characters, `?` one). */
export function matchesAnyGlob(globs: readonly string[], value: string): boolean {
    return globs.length > 0 && picomatch(globs as string[])(value);
}

export function matchesAnyRegExp(patterns: readonly string[], value: string): boolean {
    return patterns.some((p) => new RegExp(p).test(value));
}

/** `s3://bucket/a/b` is under `s3://bucket/a/` and `s3://bucket/a`, not under `s3://bucket/ab`. */
export function isUnderS3Prefix(prefix: string, uri: string): boolean {
    const base = prefix.endsWith("/") ? prefix : `${prefix}/`;
    return uri === prefix || uri.startsWith(base);
}
