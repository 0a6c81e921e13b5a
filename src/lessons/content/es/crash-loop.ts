// Spanish text of the lesson "crash-loop" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Bucles de fallos: un músico que no para de irse',
  steps: {
    'keeps-leaving': {
      narration:
        'El batería usa busybox, cuyo comando por defecto es sh. Sin terminal, sh termina al instante, y restartPolicy: Always hace que el kubelet (el encargado del escenario) lo vuelva a arrancar, una y otra vez.',
      hints: [
        'kubectl get pods -l app=drummer: fíjate en RESTARTS y STATUS.',
        'kubectl describe pod -l app=drummer muestra Last State: Terminated, Reason: Completed.',
      ],
    },
    'back-off': {
      narration:
        'CrashLoopBackOff no es un fallo: es el kubelet esperando antes del siguiente arranque. Cada espera es más larga que la anterior. Acelera el tiempo y mira la columna RESTARTS.',
      hints: ['kubectl get pods -l app=drummer', 'kubectl get events muestra «Back-off restarting failed container busybox …».'],
      predict: {
        question: 'El kubelet esperó 10 s y luego 20 s. ¿Cuánto durará la siguiente espera?',
        options: ['20 s', '30 s', '40 s', '5 min'],
        explain:
          'La espera se duplica (10 s, 20 s, 40 s, 1 min 20 s, 2 min 40 s) hasta 5 minutos, y vuelve a empezar cuando el contenedor lleva 10 minutos funcionando sin problemas.',
      },
    },
    'a-real-part': {
      narration:
        'Reiniciar nunca arregla una parte que termina al instante. Dale al batería una imagen cuyo servidor siga tocando: cambia el contenedor busybox a nginx:1.27. Un ReplicaSet nuevo sustituye al pod del bucle.',
      hints: ['kubectl set image deployment/drummer busybox=nginx:1.27', 'kubectl rollout status deployment/drummer'],
    },
    'frozen-singer': {
      narration:
        'Un problema más silencioso: la cantante se queda congelada a mitad de canción (el proceso se cuelga y no responde). Su liveness probe, un HTTP GET cada 5 s, se da cuenta. Haz que la cantante se congele y observa.',
      hints: [
        'Selecciona el pod de la cantante y haz que falle su liveness probe.',
        'kubectl describe pod -l app=singer muestra los eventos Unhealthy y Killing.',
      ],
      predict: {
        question: 'La liveness probe falla 3 veces seguidas. ¿Qué hace el kubelet?',
        options: [
          'Borra el pod; el ReplicaSet crea uno nuevo',
          'Mata el contenedor y lo reinicia en el mismo pod',
          'Marca el node como NotReady',
        ],
        explain:
          'Una liveness probe fallida mata el contenedor («failed liveness probe, will be restarted»); el mismo pod lo reinicia y RESTARTS sube.',
      },
    },
  },
};
