// Loads every kind's strategy (each file registers itself).
import './namespace';
import './pod';
import './deployment';
import './replicaset';
import './node';
import './event';
import './lease';
import '../../network/service-strategy';
import '../../storage/register';
import '../../config/configmap';
import '../../config/secret';
import '../../disruption/pdb';
import '../../autoscaling/hpa-strategy';
import '../../batch/register';
import '../../controllers/daemonset/daemonset-kind';
import '../../quota/register';
import '../../config/serviceaccount';
