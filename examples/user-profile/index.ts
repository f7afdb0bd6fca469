// One Studio user profile: the role its apps run as, the instance its JupyterLab starts on, and
// its apps and private spaces deleted with it.
import * as pulumi from "@pulumi/pulumi";
import { UserProfile } from "pulumi-sagemaker-studio";

const config = new pulumi.Config();

const alice = new UserProfile("alice", {
    domainId: config.require("domainId"),
    userProfileName: "alice",
    tags: { team: "data-science", owner: "alice" },
    userSettings: {
        executionRole: config.require("executionRole"),
        jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.medium" } },
        studioWebPortal: "ENABLED",
    },
    deleteApps: true, // on delete, remove the user's apps and private spaces first
});

export const arn = alice.arn;
export const status = alice.status;
