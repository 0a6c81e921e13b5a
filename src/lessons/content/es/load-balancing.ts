// Spanish text of the lesson "load-balancing" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Balanceo de carga: la marquesina lleva al público a los músicos listos',
  steps: {
    marquee: {
      narration:
        'La marquesina (Service band) indica un selector de etiquetas, no pods. El controlador de endpoints apunta las IP de los pods Ready que selecciona: los músicos a los que se puede mandar al público.',
      hints: ['kubectl get endpoints band', 'kubectl describe service band muestra la línea Endpoints.'],
    },
    audience: {
      narration:
        'Llega el público: 150 peticiones por segundo al Service. En cada escenario (node), kube-proxy ha reescrito sus reglas a partir de los endpoints y reparte las conexiones nuevas entre los tres músicos.',
      hints: ['Mira la marquesina: peticiones por músico.', 'kubectl get endpoints band'],
      predict: {
        question: 'kube-proxy (en modo iptables) tiene tres endpoints. ¿Cómo elige uno para una conexión nueva?',
        options: ['Siempre el primer pod', 'Al azar, todos con la misma probabilidad', 'El pod que menos CPU usa'],
        explain:
          'La regla i coincide con probabilidad 1/(n − i), lo que da una elección aleatoria uniforme por conexión; el modo ipvs usa round-robin por defecto.',
      },
    },
    'lost-voice': {
      narration:
        'Un músico se queda sin voz: falla su readiness probe (aplica «Hacer fallar la readiness probe» a un pod de la banda). El kubelet lo marca como no Ready y el controlador de endpoints pasa su IP a notReadyAddresses.',
      hints: [
        'Selecciona un pod de la banda en el escenario y elige «Hacer fallar la readiness probe».',
        'kubectl describe endpoints band muestra NotReadyAddresses.',
      ],
      predict: {
        question: 'La readiness probe falla durante un minuto. ¿Qué le pasa al pod?',
        options: ['Se reinicia', 'Sigue en marcha, pero sale de los endpoints', 'Se borra y se sustituye'],
        explain: 'La readiness solo decide si un pod recibe tráfico; los reinicios son cosa de la liveness probe.',
      },
    },
    'voice-back': {
      narration:
        'Al cabo de un minuto la sonda vuelve a pasar: el músico está Ready, vuelve a los endpoints y nunca se reinició (RESTARTS sigue en 0).',
      hints: ['kubectl get pods -l app=band', 'kubectl get endpoints band'],
    },
    'exit-mid-song': {
      narration:
        'Ahora borra a un músico en plena canción. Al borrarlo, su endpoint se marca al instante como terminating y el ReplicaSet contrata un reemplazo; kube-proxy reprograma sus reglas aproximadamente un segundo después.',
      hints: [
        'kubectl delete pod <name> (kubectl get pods -l app=band los enumera).',
        'Fíjate en el contador de errores de la marquesina.',
      ],
      predict: {
        question: 'Borras uno de tres pods con 150 peticiones/s. ¿Qué nota el público?',
        options: [
          'Nada en absoluto',
          'Unas pocas peticiones fallidas, y luego todas atendidas',
          'Todas las peticiones fallan hasta que el reemplazo está Ready',
        ],
        explain:
          'Las conexiones que las reglas antiguas dirigen en el instante anterior a la sincronización de kube-proxy van a un músico que se está yendo; por eso los despliegues reales usan un sleep en preStop.',
      },
    },
  },
};
