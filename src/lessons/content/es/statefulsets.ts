// Spanish text of the lesson "statefulsets" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'StatefulSets: músicos con nombre y caja fuerte propia',
  steps: {
    'roll-call': {
      narration:
        'Un StatefulSet (la partitura de las partes con nombre) sienta a web-0, web-1 y web-2 por orden. Su Service de gobierno, nginx, es headless (clusterIP: None): cada músico recibe un nombre DNS como web-0.nginx.',
      hints: ['kubectl get pods -l app=nginx', 'kubectl get service nginx muestra CLUSTER-IP None.'],
      predict: {
        question: 'Con la política por defecto, OrderedReady, ¿cuándo se crea web-1?',
        options: ['A la vez que web-0', 'En cuanto web-0 está Running y Ready', 'Después de web-2'],
        explain: 'Los pods arrancan de uno en uno según su ordinal, cada uno cuando todos los anteriores están Running y Ready.',
      },
    },
    'own-safe': {
      narration:
        'Cada músico tiene una caja fuerte para sus recuerdos: el volumeClaimTemplate www creó un PersistentVolumeClaim por pod (www-web-0, www-web-1, …). Los músicos graban en ella una canción por minuto. Espera a que web-1 haya grabado dos.',
      hints: ['kubectl get pvc', 'kubectl logs web-1 muestra «recorded song #…».'],
    },
    'same-name': {
      narration: 'Saca a web-1 del escenario (borra el pod). El controlador del StatefulSet nota que falta ese ordinal.',
      hints: ['kubectl delete pod web-1', 'Luego kubectl logs web-1: los números de canción continúan.'],
      predict: {
        question: 'Borras web-1. ¿Qué vuelve?',
        options: [
          'Un pod con un nombre al azar y un volumen vacío',
          'Otra vez web-1, montando el mismo claim www-web-1',
          'Nada hasta que escales',
        ],
        explain:
          'El reemplazo conserva el ordinal, el nombre y el claim; los claims nunca se vuelven a crear, así que sus canciones siguen ahí.',
      },
    },
    'fresh-start': {
      narration:
        'Compáralo con un Deployment: el pod jam graba en un emptyDir, un espacio de borrador que pertenece al pod. Bórralo y mira el nombre del reemplazo y sus canciones.',
      hints: [
        'kubectl get pods -l app=jam, y luego kubectl delete pod <name>',
        'kubectl logs del pod nuevo empieza otra vez en la canción #1.',
      ],
      predict: {
        question: 'El pod jam se sustituye. ¿Qué encuentra su reemplazo en su emptyDir?',
        options: ['Todas las canciones', 'Nada: un pod nuevo recibe un emptyDir nuevo y vacío', 'La mitad'],
        explain:
          'Un emptyDir vive y muere con su pod; los pods de un Deployment son intercambiables, con nombres nuevos y sin claims propios.',
      },
    },
  },
};
