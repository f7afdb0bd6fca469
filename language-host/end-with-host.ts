// Loaded with `--require` into every Node.js process the host starts (programs, policy packs):
// the process exits once the host that started it is gone, even when nothing else told it so.
import { onStdinPipeClosed } from "./stdin-pipe";

onStdinPipeClosed(() => process.exit(1));
