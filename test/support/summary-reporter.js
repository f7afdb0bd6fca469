"use strict";
// Mocha's spec reporter, followed by a closing line in the plain
// "N passed, N failed" form that CI recognizes.
const Mocha = require("mocha");

class SummaryReporter extends Mocha.reporters.Spec {
    constructor(runner, options) {
        super(runner, options);
        runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
            const s = runner.stats || {};
            // Printed after the spec reporter's epilogue.
            process.nextTick(() => {
                console.log(`${s.passes || 0} passed, ${s.failures || 0} failed, ${s.pending || 0} skipped`);
            });
        });
    }
}

module.exports = SummaryReporter;
