// Limits of the API that code outside validation needs, read from the generated model.
import { getShape } from "./shape-lookup";

function listMax(shapeName: string): number {
    const max = getShape(shapeName)?.max;
    if (max === undefined) {
        throw new Error(`the service model gives no maximum for ${shapeName}`);
    }
    return max;
}

/** Tags one resource can carry (the TagList shape). */
export const MAX_TAGS = listMax("TagList");

/** Tag keys one DeleteTags call takes (the TagKeyList shape). */
export const MAX_TAG_KEYS_PER_DELETE = listMax("TagKeyList");
