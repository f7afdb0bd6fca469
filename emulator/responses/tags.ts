import { paginate } from "../models/pagination";
import type { Tag } from "../models/records";
import { mergeTags, removeTags, resolveTaggable } from "../models/tags";
import { listParameters, tokenBinding } from "./list-parameters";
import { requiredString, type Operation } from "./operation";
import { compact } from "./output";

/** ListTags' MaxResults has a minimum of 50; its default page is that size too. */
const LIST_TAGS_DEFAULT_PAGE = 50;

export const AddTags: Operation = {
    mutates: true,
    handle(input, context) {
        const record = resolveTaggable(context, requiredString(input, "ResourceArn"));
        const added = input.Tags as Tag[];
        record.tags = mergeTags(record.tags, added);
        return { Tags: added };
    },
};

export const ListTags: Operation = {
    mutates: false,
    handle(input, context) {
        const record = resolveTaggable(context, requiredString(input, "ResourceArn"));
        const indexed = record.tags.map((tag, index) => ({ tag, index }));
        const page = paginate(indexed, (entry) => ({ sortValue: entry.index, seq: 0 }), {
            ...listParameters(input, LIST_TAGS_DEFAULT_PAGE),
            descending: false,
            parameters: tokenBinding(input),
        });
        return compact({ Tags: page.items.map((entry) => entry.tag), NextToken: page.nextToken });
    },
};

export const DeleteTags: Operation = {
    mutates: true,
    handle(input, context) {
        const record = resolveTaggable(context, requiredString(input, "ResourceArn"));
        record.tags = removeTags(record.tags, input.TagKeys as string[]);
        return {};
    },
};
