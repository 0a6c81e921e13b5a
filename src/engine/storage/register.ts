// Loads the kinds of issue 3's storage and StatefulSet work (each file registers its kind and
// strategy); imported once from api/strategies/index.ts.
import './storageclass-kind';
import './pv-kind';
import './pvc-kind';
import '../controllers/statefulset/statefulset-kind';
