// Spanish text of the lesson "scheduling" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Scheduling: un asiento para cada músico',
  steps: {
    seated: {
      narration:
        'Cada pod de la banda pide 700m de CPU (resources.requests): un asiento reservado de 0,7 CPU. Cada escenario (node) tiene 2 CPU. Espera a que los tres estén sentados, uno por escenario.',
      hints: ['kubectl get pods -o wide', 'kubectl describe node node-1 muestra «Allocated resources»: cpu 700m (35%).'],
    },
    'soloist-waits': {
      narration: 'Que salga el solista: su pod pide 1500m de CPU. El scheduler busca un escenario que tenga esa cantidad sin reservar.',
      hints: ['kubectl scale deployment soloist --replicas=1', 'kubectl describe pod -l app=soloist muestra el evento FailedScheduling.'],
      predict: {
        question: 'El solista pide 1,5 CPU; cada escenario tiene 1,3 CPU sin reservar. ¿Qué pasa?',
        options: [
          'Toca igualmente en el escenario más vacío',
          'Se queda en Pending hasta que un escenario tenga sitio',
          'Echa del escenario a un miembro de la banda',
        ],
        explain:
          'El scheduler solo coloca un pod donde caben sus peticiones. Con la misma prioridad no hay expulsión (preemption), así que el pod se queda en Pending y se vuelve a intentar cuando cambia el clúster.',
      },
    },
    'make-room': {
      narration:
        'Haz sitio. Con menos miembros en la banda (escálala a 2) queda libre un escenario entero; el scheduler vuelve a intentarlo con el solista en cuanto se va un pod.',
      hints: [
        'kubectl scale deployment band --replicas=2',
        'No hace falta tocar al solista: se sienta en cuanto un escenario tiene 1,5 CPU libres.',
      ],
    },
    cordon: {
      narration:
        'Cierra un escenario a los recién llegados: acordona node-2 con cordon (muestra Ready,SchedulingDisabled; los pods que ya están en él siguen tocando). Después suma un miembro a la banda.',
      hints: ['kubectl cordon node-2', 'Luego kubectl scale deployment band --replicas=3 y kubectl get pods -o wide.'],
      predict: {
        question: 'node-2 está acordonado y sumas un miembro a la banda. ¿Adónde puede ir?',
        options: ['A cualquier parte: cordon es solo un aviso', 'A cualquier escenario menos node-2', 'Solo a node-2'],
        explain:
          'Cordon pone spec.unschedulable, que añade el taint node.kubernetes.io/unschedulable:NoSchedule; el scheduler descarta ese node. Los pods en marcha no se mueven.',
      },
    },
  },
};
