// Spanish text of the lesson "autoscaling" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Autoescalado: más músicos cuando el público ruge',
  steps: {
    soloist: {
      narration:
        'Un músico (un pod php-apache) pide 200m de CPU: su petición, la quinta parte de un núcleo. La marquesina (Service php-apache) ya está encendida. Espera a que el pod esté Ready.',
      hints: ['kubectl get pods -l run=php-apache', 'kubectl describe deployment php-apache muestra la petición de CPU.'],
    },
    'crowd-arrives': {
      narration:
        'Llega el público: 200 peticiones por segundo. metrics-server consulta cada kubelet cada 15 s, así que `kubectl top pods` va un poco por detrás. Después suma a un miembro del equipo técnico que ajusta el número de músicos según el público: un HorizontalPodAutoscaler que apunta al 50 % de la petición de CPU.',
      hints: [
        'kubectl top pods, y luego: kubectl autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10',
        'kubectl get hpa php-apache muestra TARGETS y REPLICAS; el HPA se sincroniza cada 15 s.',
      ],
      predict: {
        question: 'El pod va a un 200 % de su petición de CPU, más o menos; el objetivo es el 50 %. ¿Cuántas réplicas pide el HPA?',
        options: ['2', '4', '5', '10'],
        explain:
          'deseadas = ceil(réplicas actuales × uso / objetivo) = ceil(1 × 200 / 50) = 4. Además, un primer salto está limitado a max(2 × actuales, 4) = 4 por sincronización, así que incluso un 218 % da 4.',
      },
    },
    'within-tolerance': {
      narration:
        'Los músicos nuevos se reparten el público, así que el uso baja. El HPA recalcula cada 15 s pero pasa por alto las desviaciones pequeñas: no cambia nada mientras |1 − uso / objetivo| ≤ 0,1. Observa `kubectl describe hpa php-apache` hasta que el público esté atendido.',
      hints: ['kubectl describe hpa php-apache: Metrics, Conditions y los eventos SuccessfulRescale.', 'kubectl top pods'],
      predict: {
        question: 'El uso marca un 53 % frente al objetivo del 50 %. ¿Qué hace el HPA?',
        options: ['Añade un pod', 'Nada: 53 / 50 está dentro de la tolerancia del 10 %', 'Quita un pod'],
        explain: '|1 − 53 / 50| = 0,06 ≤ 0,1, así que la recomendación se queda en el número actual de réplicas.',
      },
    },
    'crowd-leaves': {
      narration:
        'Termina el espectáculo y el público se va (pon el público de php-apache a 0 peticiones/s). El HPA no tiene prisa: para bajar toma la recomendación más alta de los últimos 5 minutos (la ventana de estabilización), así que los músicos solo se van después.',
      hints: [
        'Pon a 0 la carga de la marquesina php-apache (el control de público del Service).',
        'kubectl get hpa php-apache -w mostraría cómo baja REPLICAS al cabo de unos cinco minutos.',
      ],
      predict: {
        question: 'La CPU cae casi a cero. ¿Cuándo vuelve el HPA a 1 réplica?',
        options: [
          'En su siguiente sincronización, a los 15 s',
          'Tras la ventana de estabilización de 5 minutos para bajar',
          'Nunca: los HPA solo escalan hacia arriba',
        ],
        explain:
          'Para bajar se usa la recomendación más alta de los últimos 300 s, así que un bache breve no hace que los músicos se vayan.',
      },
    },
  },
};
