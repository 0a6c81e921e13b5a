// Spanish text of the lesson "rollouts" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Rollouts: un arreglo nuevo, músico a músico',
  steps: {
    quartet: {
      narration: 'Un cuarteto toca el arreglo 1.26 (imagen nginx:1.26). Espera a tener cuatro pods Ready.',
      hints: ['kubectl get deployment band'],
    },
    'new-arrangement': {
      narration:
        'Reparte el arreglo 1.27 (una imagen nueva). La banda cambia a los músicos de pocos en pocos: como mucho 1 de más (maxSurge) y 1 de menos (maxUnavailable).',
      hints: ['kubectl set image deployment/band nginx=nginx:1.27', 'kubectl rollout status deployment/band'],
      predict: {
        question: 'Con 4 réplicas, maxSurge 1 y maxUnavailable 1, ¿cuántos pods pueden no estar disponibles a la vez?',
        options: ['0', '1', '2', '4'],
        explain: 'maxUnavailable: 1 mantiene disponibles al menos 3 de 4; maxSurge: 1 permite como mucho 5 pods en total.',
      },
    },
    'wrong-sheet-music': {
      narration:
        'Ahora reparte una partitura que no existe (imagen nginx:1.161, una errata). Los músicos nuevos no pueden leerla: el rollout se atasca.',
      hints: ['kubectl set image deployment/band nginx=nginx:1.161', 'kubectl get pods muestra ErrImagePull / ImagePullBackOff.'],
      predict: {
        question: 'La imagen nueva no se puede descargar. ¿Qué pasa con los pods antiguos?',
        options: ['Se sustituyen todos de todos modos', 'La mayoría sigue tocando: el rollout se detiene', 'Se borra el Deployment'],
        explain:
          'Los pods nuevos nunca llegan a estar disponibles, así que maxUnavailable impide que el controlador quite más pods antiguos.',
      },
    },
    'roll-back': {
      narration: 'Vuelve a la partitura que funcionaba (rollout undo). El ReplicaSet anterior pasa a ser la revisión más reciente.',
      hints: ['kubectl rollout history deployment/band', 'kubectl rollout undo deployment/band'],
    },
  },
};
