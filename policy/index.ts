// The pack: its name and its policies. Starting it serves the engine, so nothing imports this module.
import { PolicyPack } from "./lib/policy-pack";
import { POLICIES } from "./rules";

new PolicyPack("sagemaker-studio-guard", { policies: POLICIES });
