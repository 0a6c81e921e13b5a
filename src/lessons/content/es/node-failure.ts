// Spanish text of the lesson "node-failure" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Caída de un node: un escenario se queda a oscuras',
  steps: {
    'full-house': {
      narration:
        'Cuatro escenarios, cuatro músicos: el scheduler reparte la banda para que un escenario a oscuras no pueda silenciarla. Espera a tener cuatro pods Ready.',
      hints: ['kubectl get pods -o wide', 'kubectl get nodes'],
    },
    'lights-out': {
      narration:
        'Córtale la luz a node-2. Su kubelet deja de renovar su Lease (un latido cada 10 s), pero al principio el podio no puede distinguir un escenario muerto de uno lento.',
      hints: ['Selecciona node-2 en el escenario y apágalo («Muéstramelo» lo hace por ti).', 'kubectl get nodes: STATUS pasa a NotReady.'],
      predict: {
        question: 'node-2 deja de enviar latidos. ¿Cuándo se marca como NotReady?',
        options: ['Al instante', 'A los 50 segundos, más o menos', 'A los 5 minutos', 'Nunca: alguien tiene que quitarlo'],
        explain:
          'El controlador del ciclo de vida de los nodes concede un periodo de gracia sin latidos (50 s desde Kubernetes 1.32) y luego pone Ready en Unknown: kubectl muestra NotReady.',
      },
    },
    taints: {
      narration:
        'El controlador de nodes cuelga carteles en el escenario a oscuras: los taints node.kubernetes.io/unreachable con efecto NoSchedule (no entra nadie nuevo) y NoExecute (quien no los tolere tiene que irse).',
      hints: [
        'kubectl describe node node-2: mira los Taints.',
        'Los pods siguen diciendo Running: no queda nadie en node-2 que pueda informar de otra cosa.',
      ],
    },
    evicted: {
      narration:
        'Todo pod tolera ese taint durante un rato, por si el escenario vuelve. Acelera el tiempo: cuando la tolerancia se agota, el pod es desalojado y el ReplicaSet sienta a un reemplazo en un escenario sano.',
      hints: ['kubectl describe pod muestra las tolerancias: «for 300s».', 'kubectl get pods -o wide: aparece un pod nuevo en otro node.'],
      predict: {
        question: '¿Cuánto tiempo tolera el pod de la banda en node-2 el taint unreachable?',
        options: ['0 s', '50 s', '300 s', 'Para siempre'],
        explain:
          'La admisión da a cada pod tolerationSeconds: 300 para not-ready y unreachable. Después el controlador de desalojo por taints lo borra (TaintManagerEviction); se queda en Terminating hasta que vuelve el node.',
      },
    },
    'lights-on': {
      narration:
        'Vuelve a encender node-2. Su kubelet informa Ready, los taints desaparecen y por fin elimina el pod que se había quedado en Terminating. La banda se queda donde está: nada devuelve los pods a su sitio.',
      hints: ['Selecciona node-2 y restáuralo («Muéstramelo» lo hace).', 'kubectl get nodes; kubectl get pods -o wide'],
    },
  },
};
