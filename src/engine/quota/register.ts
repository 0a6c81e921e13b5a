// Loads the kinds and admission plugins of namespace policy (each file registers itself), in the
// API server's plugin order (LimitRanger before ResourceQuota); imported once from
// api/strategies/index.ts.
import './resourcequota-kind';
import './limitrange-kind';
import './limit-ranger';
import './quota-admission';
