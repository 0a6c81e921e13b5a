// Spanish text of the lesson "scaling" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Escalado: más músicos para una pieza más fuerte',
  steps: {
    duo: {
      narration: 'Para empezar, un dúo (replicas: 2). Espera a tener dos pods Ready.',
      hints: ['kubectl get pods -l app=band -o wide'],
    },
    'scale-to-five': {
      narration:
        'La pieza necesita cinco músicos. Cambia la partitura (spec.replicas): el equipo técnico (el controlador de ReplicaSet) suma músicos y el scheduler les asigna asiento.',
      hints: ['kubectl scale deployment band --replicas=5', 'Después, kubectl get pods -o wide muestra la columna NODE.'],
      predict: {
        question: 'Escalas a 5 con tres nodes. ¿Adónde irán los pods nuevos?',
        options: ['Todos a un mismo node', 'Repartidos entre los nodes', 'A ninguna parte hasta que elijas los nodes'],
        explain: 'El scheduler puntúa los nodes; el reparto y el equilibrio de recursos llevan los pods a nodes distintos.',
      },
    },
    'scale-down': {
      narration:
        'El movimiento lento solo necesita tres. Baja a 3: el ReplicaSet elige quién se va, y esos músicos salen con calma (Terminating) antes de desaparecer.',
      hints: ['kubectl scale deployment band --replicas=3', 'O pulsa dos veces «Reducir band».'],
      predict: {
        question: 'Escalas de 5 a 3. ¿Qué pods quita primero el ReplicaSet?',
        options: [
          'Los dos pods más antiguos',
          'Pods amontonados en un node cargado y, entre iguales, los que arrancaron más recientemente',
          'Dos pods elegidos al azar',
        ],
        explain:
          'El ReplicaSet ordena sus pods: primero salen los que aún no tienen node o no están Ready, luego los que comparten node con más pods de su conjunto y después los que llevan menos tiempo Ready. Los músicos veteranos conservan su asiento.',
      },
    },
    interval: {
      narration:
        'Intermedio: escala a 0. Todos los músicos salen del escenario, pero la partitura se queda: el Deployment y su ReplicaSet siguen ahí, listos para traer de vuelta a la banda con un solo comando.',
      hints: ['kubectl scale deployment band --replicas=0', 'kubectl get deployment band lo sigue mostrando, con READY 0/0.'],
    },
  },
};
