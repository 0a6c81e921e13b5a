// Loads the batch/v1 kinds (each file registers its kind, schema and strategy); imported once
// from api/strategies/index.ts.
import './job-kind';
import './cronjob-kind';
