// botocore patterns are Java regular expressions (java.util.regex) that the service applies to the
// whole value. This turns one into an anchored JavaScript RegExp with the `u` flag, so that `.`
// and classes work on code points as Java's do and `\p{…}` is available.

const WHITESPACE_BODY = " \\t\\n\\x0B\\f\\r"; // Java's \s is ASCII-only, JavaScript's is not
const HORIZONTAL_BODY = " \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000";

// Character-class bodies for Java's POSIX \p{…} names (US-ASCII only by default in Java).
const POSIX_BODIES: Record<string, string> = {
    Lower: "a-z",
    Upper: "A-Z",
    ASCII: "\\x00-\\x7F",
    Alpha: "a-zA-Z",
    Digit: "0-9",
    Alnum: "a-zA-Z0-9",
    Punct: "!-\\/:-@\\[-`{-~",
    Graph: "!-~",
    Print: " -~",
    Blank: " \\t",
    Cntrl: "\\x00-\\x1F\\x7F",
    XDigit: "0-9a-fA-F",
    Space: WHITESPACE_BODY,
};

/**
 * Patterns whose literal translation backtracks exponentially in a backtracking engine, mapped to
 * an equivalent unambiguous JavaScript source (already anchored). Equivalence is checked by tests
 * against the literal translation on short inputs.
 */
export const SAFE_REWRITES: Readonly<Record<string, string>> = {
    // ([X]+/?){3,1016}: slash-separated runs of X with an optional trailing slash and at least three
    // X characters. The upper bound cannot bind below the 1024-character limit of the shape.
    "https://([.\\-_a-zA-Z0-9]+/?){3,1016}":
        "^https:\\/\\/(?=(?:\\/?[.\\-_a-zA-Z0-9]){3})[.\\-_a-zA-Z0-9]+(?:\\/[.\\-_a-zA-Z0-9]+)*\\/?$",
};

class UnsupportedPatternError extends Error {}

const SYNTAX_CHARS = new Set([..."^$\\.*+?()[]{}|/"]);
const CLASS_ESCAPES = new Set([..."dDwWsSpPhH"]);

function escapeLiteral(ch: string, inClass: boolean): string {
    if (inClass) return ch === "\\" || ch === "]" || ch === "-" || ch === "^" || ch === "[" ? `\\${ch}` : ch;
    return SYNTAX_CHARS.has(ch) ? `\\${ch}` : ch;
}

function propertyBody(name: string, negated: boolean): { body: string; negated: boolean } {
    if (name in POSIX_BODIES) return { body: POSIX_BODIES[name], negated };
    let prop = name;
    if (/^Is[A-Z]/.test(prop)) prop = prop.slice(2);
    else if (/^In[A-Z]/.test(prop)) throw new UnsupportedPatternError(`Unicode block \\p{${name}}`);
    if (/^(?:[A-Z][a-z]?|Alphabetic|White_Space|Letter|Digit)$/.test(prop)) {
        return { body: `\\${negated ? "P" : "p"}{${prop}}`, negated: false };
    }
    // Java's \p{IsLatin} etc. name a script.
    return { body: `\\${negated ? "P" : "p"}{Script=${prop}}`, negated: false };
}

/** Translates a Java regex to the source of an equivalent anchored JavaScript regex (`u` flag). */
export function javaPatternToSource(pattern: string): string {
    if (Object.prototype.hasOwnProperty.call(SAFE_REWRITES, pattern)) return SAFE_REWRITES[pattern];
    const chars = [...pattern];
    let out = "";
    let classDepth = 0;
    // Inside a class: what the previous item was, to tell a range dash from a literal one.
    let prev: "start" | "char" | "set" | "rangeEnd" = "start";
    let pendingRange = false;
    const prevKind = () => prev; // read through a call: emitClassItem updates it behind the compiler's back
    const emitClassItem = (text: string, kind: "char" | "set") => {
        out += text;
        if (kind === "char" && pendingRange) prev = "rangeEnd";
        else prev = kind;
        pendingRange = false;
    };
    const nextIsSingleChar = (i: number): boolean => {
        const c = chars[i];
        if (c === undefined || c === "]" || c === "[") return false;
        if (c === "\\") return !CLASS_ESCAPES.has(chars[i + 1] ?? "");
        return true;
    };

    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        const inClass = classDepth > 0;
        if (ch === "\\") {
            const e = chars[++i];
            if (e === undefined) throw new UnsupportedPatternError("trailing backslash");
            let set: string | undefined; // a class body
            let setNegated = false;
            let literal: string | undefined; // translated single-character escape
            let raw: string | undefined; // emitted as is (assertions, back references)
            switch (e) {
                case "d": case "D": case "w": case "W":
                    raw = `\\${e}`;
                    break;
                case "s": set = WHITESPACE_BODY; break;
                case "S": set = WHITESPACE_BODY; setNegated = true; break;
                case "h": set = HORIZONTAL_BODY; break;
                case "H": set = HORIZONTAL_BODY; setNegated = true; break;
                case "p": case "P": {
                    let name: string;
                    if (chars[i + 1] === "{") {
                        const close = chars.indexOf("}", i + 2);
                        if (close < 0) throw new UnsupportedPatternError("unterminated \\p{");
                        name = chars.slice(i + 2, close).join("");
                        i = close;
                    } else {
                        name = chars[++i] ?? "";
                    }
                    const p = propertyBody(name, e === "P");
                    set = p.body;
                    setNegated = p.negated;
                    break;
                }
                case "t": literal = "\\t"; break;
                case "n": literal = "\\n"; break;
                case "r": literal = "\\r"; break;
                case "f": literal = "\\f"; break;
                case "a": literal = "\\x07"; break;
                case "e": literal = "\\x1B"; break;
                case "x": {
                    if (chars[i + 1] === "{") {
                        const close = chars.indexOf("}", i + 2);
                        literal = `\\u{${chars.slice(i + 2, close).join("")}}`;
                        i = close;
                    } else {
                        literal = `\\x${chars[i + 1]}${chars[i + 2]}`;
                        i += 2;
                    }
                    break;
                }
                case "u":
                    literal = `\\u${chars.slice(i + 1, i + 5).join("")}`;
                    i += 4;
                    break;
                case "0": {
                    let digits = "";
                    while (digits.length < 3 && /[0-7]/.test(chars[i + 1] ?? "")) digits += chars[++i];
                    literal = `\\x${parseInt(digits || "0", 8).toString(16).padStart(2, "0")}`;
                    break;
                }
                case "c": literal = `\\c${chars[++i]}`; break;
                case "Q": {
                    let end = i + 1;
                    while (end < chars.length && !(chars[end] === "\\" && chars[end + 1] === "E")) end++;
                    for (const q of chars.slice(i + 1, end)) {
                        if (inClass) emitClassItem(escapeLiteral(q, true), "char");
                        else out += escapeLiteral(q, false);
                    }
                    i = end + 1;
                    continue;
                }
                case "A": raw = "^"; break;
                case "z": raw = "$"; break;
                case "Z": raw = "(?=\\n?$)"; break;
                case "b": case "B": raw = `\\${e}`; break;
                case "k": {
                    const close = chars.indexOf(">", i);
                    raw = chars.slice(i - 1, close + 1).join("");
                    i = close;
                    break;
                }
                default:
                    if (/[1-9]/.test(e)) raw = `\\${e}`;
                    else if (/[A-Za-z0-9]/.test(e)) throw new UnsupportedPatternError(`escape \\${e}`);
                    else literal = escapeLiteral(e, inClass);
            }
            if (inClass) {
                if (raw !== undefined) {
                    if (!/^\\[dDwW]$/.test(raw)) throw new UnsupportedPatternError(`${raw} inside a class`);
                    emitClassItem(raw, "set");
                } else if (set !== undefined) {
                    // A negated set inside a class has no class-body form; \S is the common case.
                    if (setNegated) {
                        if (e !== "S") throw new UnsupportedPatternError(`\\${e} inside a class`);
                        emitClassItem("\\S", "set");
                    } else {
                        emitClassItem(set, "set");
                    }
                } else {
                    emitClassItem(literal as string, "char");
                }
            } else if (raw !== undefined) {
                out += raw;
            } else if (set !== undefined) {
                out += set.startsWith("\\p{") || set.startsWith("\\P{")
                    ? (setNegated ? `[^${set}]` : set)
                    : `[${setNegated ? "^" : ""}${set}]`;
            } else {
                out += literal;
            }
            continue;
        }

        if (inClass) {
            if (ch === "[") {
                // Java's nested class is a union; flatten it into the enclosing class.
                if (chars[i + 1] === "^") throw new UnsupportedPatternError("negated nested class");
                classDepth++;
                continue;
            }
            if (ch === "]") {
                classDepth--;
                if (classDepth === 0) out += "]";
                prev = "set";
                continue;
            }
            if (ch === "&" && chars[i + 1] === "&") throw new UnsupportedPatternError("class intersection");
            if (ch === "-") {
                if (prevKind() === "char" && !pendingRange && nextIsSingleChar(i + 1)) {
                    out += "-";
                    pendingRange = true;
                } else {
                    emitClassItem("\\-", "char");
                }
                continue;
            }
            emitClassItem(escapeLiteral(ch, true), "char");
            continue;
        }

        switch (ch) {
            case "[": {
                classDepth = 1;
                prev = "start";
                pendingRange = false;
                out += "[";
                if (chars[i + 1] === "^") {
                    out += "^";
                    i++;
                }
                // Java allows "]" as the first member of a class.
                if (chars[i + 1] === "]") {
                    emitClassItem("\\]", "char");
                    i++;
                }
                break;
            }
            case "(": {
                if (chars[i + 1] === "?") {
                    const n = chars[i + 2];
                    if (n === ">") {
                        out += "(?:"; // atomic group: same matches for whole-string tests, minus backtracking control
                        i += 2;
                    } else if (n === ":" || n === "=" || n === "!" || n === "<") {
                        out += "(";
                    } else {
                        throw new UnsupportedPatternError("inline flags");
                    }
                } else {
                    out += "(";
                }
                break;
            }
            case "*": case "+": case "?": {
                out += ch;
                // Possessive quantifier (x*+): drop the "+"; only backtracking differs.
                if (chars[i + 1] === "+") i++;
                break;
            }
            case "{": {
                const m = /^\{\d+(?:,\d*)?\}/.exec(chars.slice(i, i + 24).join(""));
                if (m) {
                    out += m[0];
                    i += m[0].length - 1;
                    if (chars[i + 1] === "+") i++; // possessive
                } else {
                    out += "\\{";
                }
                break;
            }
            case "}":
            case "]":
                out += `\\${ch}`;
                break;
            default:
                out += ch;
        }
    }
    if (classDepth !== 0) throw new UnsupportedPatternError("unterminated class");
    return `^(?:${out})$`;
}

const cache = new Map<string, RegExp | null>();

/** The compiled whole-value matcher for a botocore pattern, or null if it cannot be translated. */
export function compilePattern(pattern: string): RegExp | null {
    let re = cache.get(pattern);
    if (re === undefined) {
        try {
            re = new RegExp(javaPatternToSource(pattern), "u");
        } catch {
            re = null;
        }
        cache.set(pattern, re);
    }
    return re;
}

/** Whether a pattern compiles, with the reason when it does not (for tests and diagnostics). */
export function tryCompilePattern(pattern: string): { ok: true; regexp: RegExp } | { ok: false; error: string } {
    try {
        return { ok: true, regexp: new RegExp(javaPatternToSource(pattern), "u") };
    } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
}

/** The pattern as AWS quotes it in validation messages: anchored with ^…$. */
export function displayPattern(pattern: string): string {
    return `${pattern.startsWith("^") ? "" : "^"}${pattern}${pattern.endsWith("$") ? "" : "$"}`;
}
