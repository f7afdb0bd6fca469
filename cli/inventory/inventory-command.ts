// `sagemaker-studio inventory`: who can open Studio in a domain, which stack manages each profile
// and space (or none), their roles, default instance types and running apps, and in an SSO domain
// the Identity Center assignments beside them. Read-only.
import * as fs from "fs";
import { parseArgs } from "node:util";
import { sagemakerClient } from "../../gateway/clients";
import { DEFAULT_SETTINGS, useSettings } from "../../gateway/settings";
import { AWS_OPTIONS, AWS_USAGE } from "../aws-options";
import { UsageError } from "../usage-error";
import { buildInventory } from "./build-inventory";
import { inventoryCsv } from "./inventory-csv";
import { inventoryMarkdown } from "./inventory-markdown";
import type { Inventory } from "./inventory-model";
import { readDomainRecords } from "./read-domain-records";

export const INVENTORY_USAGE = `Usage: sagemaker-studio inventory --domain ID [--format markdown|json|csv] [--out FILE]... [aws options]
  Reports every user profile and space of the domain: the Pulumi project and stack that manage it
  (or unmanaged), execution role, default instance type per app (GPU or not), running apps, and in
  an SSO domain each user's assignment to the domain's Identity Center application (directly,
  through a group, or none) and the users assigned without a profile; totals first. Read-only.
  --domain ID          the Studio domain to read (--domain-id is the same)
  --format F           markdown (the default), json (schemas/inventory.schema.json) or csv
  --out FILE           where to write it (default: standard output); repeat it to write several
                       forms from one read, each in the form its extension names (.json, .csv,
                       otherwise Markdown) unless --format is given
${AWS_USAGE}
  --identity-center-endpoint-url URL
                       sso-admin and identity store endpoint, e.g. sagemaker-local's
                       (default: AWS_ENDPOINT_URL_SSO_ADMIN, AWS_ENDPOINT_URL_IDENTITYSTORE, AWS_ENDPOINT_URL)`;

const FORMATS = { markdown: inventoryMarkdown, json: (inventory: Inventory) => `${JSON.stringify(inventory, null, 2)}\n`, csv: inventoryCsv };
type Format = keyof typeof FORMATS;

function formatOf(requested: string | undefined, file: string | undefined): Format {
    if (requested !== undefined) {
        if (!(requested in FORMATS)) throw new UsageError(`--format must be markdown, json or csv, not ${JSON.stringify(requested)}\n\n${INVENTORY_USAGE}`);
        return requested as Format;
    }
    const extension = file?.toLowerCase().split(".").pop();
    return extension === "json" || extension === "csv" ? extension : "markdown";
}

export async function inventoryCommand(argv: string[]): Promise<number> {
    const { values } = parseArgs({
        args: argv,
        options: {
            domain: { type: "string" },
            "domain-id": { type: "string" },
            format: { type: "string" },
            out: { type: "string", multiple: true },
            "identity-center-endpoint-url": { type: "string" },
            ...AWS_OPTIONS,
        },
        strict: true,
    });
    const domainId = values.domain ?? values["domain-id"];
    if (!domainId) {
        throw new UsageError(`inventory needs --domain\n\n${INVENTORY_USAGE}`);
    }
    const outputs = (values.out ?? [undefined]).map((file) => ({ file, format: formatOf(values.format, file) }));
    const identityCenterEndpoint = values["identity-center-endpoint-url"];
    useSettings({
        ...DEFAULT_SETTINGS,
        region: values.region,
        endpoint: values["endpoint-url"],
        profile: values.profile,
        ...(identityCenterEndpoint !== undefined ? { ssoAdminEndpoint: identityCenterEndpoint, identityStoreEndpoint: identityCenterEndpoint } : {}),
    });
    const inventory = buildInventory(await readDomainRecords(sagemakerClient(), domainId), new Date());
    for (const { file, format } of outputs) {
        const text = FORMATS[format](inventory);
        if (file === undefined) {
            process.stdout.write(text);
        } else {
            fs.writeFileSync(file, text);
            process.stdout.write(`wrote ${file} (${format}: ${inventory.totals.profiles} profiles, ${inventory.totals.spaces} spaces)\n`);
        }
    }
    return 0;
}
