// Spanish text of the lesson "self-healing" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Autorreparación: la banda sustituye a un músico que falta',
  steps: {
    'take-seats': {
      narration:
        'La partitura pide tres músicos (un Deployment con replicas: 3). Mira cómo ocupan sus asientos: tres pods en estado Ready.',
      hints: ['Solo espera: el scheduler y los kubelets ya están trabajando.', 'kubectl get pods -l app=band'],
    },
    'remove-a-player': {
      narration: 'Saca a un músico del escenario (borra un pod). El jefe de sección (el ReplicaSet) cuenta cabezas.',
      hints: [
        'kubectl get pods -l app=band, y luego kubectl delete pod <name>',
        'Haz clic en un pod del escenario y elige «Terminar el pod».',
      ],
      predict: {
        question: 'Borras uno de los tres pods. ¿Qué hará el ReplicaSet?',
        options: [
          'Nada: con dos pods basta',
          'Crear un pod nuevo para volver a tener tres',
          'Reiniciar el pod borrado con el mismo nombre',
        ],
        explain: 'Un ReplicaSet compara el número deseado con el real; crea un pod nuevo, con otro nombre y otro uid.',
      },
    },
    'player-faints': {
      narration:
        'Un músico se desmaya en mitad de la pieza (el contenedor se cae). El encargado de su escenario (el kubelet) lo ayuda a levantarse: un reinicio, el mismo pod.',
      hints: ['No hay nada que hacer: fíjate en la columna RESTARTS.', 'kubectl get pods -l app=band'],
    },
  },
};
