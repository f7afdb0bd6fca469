// The program's dependencies as `pulumi about` lists them, read from the
// project's own files the way npm lays them out: the package.json that holds
// the program, and the package.json of every package installed in node_modules.
import * as fs from "fs";
import * as path from "path";

export interface Dependency {
    name: string;
    version: string;
}

interface Manifest {
    version?: string;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
    optionalDependencies?: Record<string, string>;
}

/**
 * Direct dependencies (`dependencies`, `devDependencies`, installed
 * `optionalDependencies`) with their installed versions, or with
 * `transitive` every package installed in the project's node_modules.
 */
export function programDependencies(programDirectory: string, transitive: boolean): Dependency[] {
    const manifestPath = findManifest(programDirectory);
    const projectDirectory = path.dirname(manifestPath);
    const found = transitive
        ? installedPackages(path.join(projectDirectory, "node_modules"))
        : directDependencies(projectDirectory, readManifest(manifestPath));
    return found.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** The nearest package.json at or above `directory`: the project the program belongs to. */
function findManifest(directory: string): string {
    for (let dir = path.resolve(directory); ; dir = path.dirname(dir)) {
        const candidate = path.join(dir, "package.json");
        if (fs.existsSync(candidate)) {
            return candidate;
        }
        if (path.dirname(dir) === dir) {
            throw new Error(`no package.json in ${directory} or above it`);
        }
    }
}

function readManifest(file: string): Manifest {
    try {
        return JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (err) {
        throw new Error(`cannot read ${file}: ${(err as Error).message}`);
    }
}

function directDependencies(projectDirectory: string, manifest: Manifest): Dependency[] {
    const optional = new Set(Object.keys(manifest.optionalDependencies ?? {}));
    const names = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {}), ...optional]);
    const found: Dependency[] = [];
    const missing: string[] = [];
    for (const name of names) {
        const version = installedVersion(projectDirectory, name);
        if (version !== undefined) {
            found.push({ name, version });
        } else if (!optional.has(name)) {
            missing.push(name);
        }
    }
    if (missing.length > 0) {
        throw new Error(`not installed: ${missing.join(", ")}; run 'npm install' in ${projectDirectory}`);
    }
    return found;
}

/** The version of `name` that Node.js would load from `directory`. */
function installedVersion(directory: string, name: string): string | undefined {
    for (let dir = directory; ; dir = path.dirname(dir)) {
        const manifest = path.join(dir, "node_modules", name, "package.json");
        if (fs.existsSync(manifest)) {
            return readManifest(manifest).version;
        }
        if (path.dirname(dir) === dir) {
            return undefined;
        }
    }
}

/** Every package under `nodeModules`, nested node_modules included, each name and version once. */
function installedPackages(nodeModules: string): Dependency[] {
    const found = new Map<string, Dependency>();
    const visited = new Set<string>();
    const walk = (folder: string) => {
        const real = realPath(folder);
        if (real === undefined || visited.has(real)) {
            return;
        }
        visited.add(real);
        for (const name of packageNames(folder)) {
            const packageFolder = path.join(folder, name);
            const manifestPath = path.join(packageFolder, "package.json");
            if (fs.existsSync(manifestPath)) {
                const version = readManifest(manifestPath).version ?? "";
                found.set(`${name}@${version}`, { name, version });
            }
            walk(path.join(packageFolder, "node_modules"));
        }
    };
    walk(nodeModules);
    return [...found.values()];
}

/** Package folder names in a node_modules folder: `name` or `@scope/name`; npm's own files start with a dot. */
function packageNames(nodeModules: string): string[] {
    const names: string[] = [];
    for (const entry of fs.readdirSync(nodeModules)) {
        if (entry.startsWith(".")) {
            continue;
        }
        if (entry.startsWith("@")) {
            names.push(...fs.readdirSync(path.join(nodeModules, entry)).map((scoped) => `${entry}/${scoped}`));
        } else {
            names.push(entry);
        }
    }
    return names;
}

function realPath(folder: string): string | undefined {
    try {
        return fs.realpathSync(folder);
    } catch {
        return undefined;
    }
}
