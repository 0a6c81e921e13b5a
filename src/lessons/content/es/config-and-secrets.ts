// Spanish text of the lesson "config-and-secrets" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
// The options of "new-opener" are the pod's log lines, which stay as the container prints them.
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'ConfigMaps y Secrets: el repertorio y las nóminas',
  steps: {
    'set-list': {
      narration:
        'El repertorio es un ConfigMap (setlist). La cantante lee dos veces su tema de apertura: como archivo (un volumen configMap en /etc/setlist) y como variable de entorno (OPENER, desde configMapKeyRef). Su log imprime ambos cada 10 s.',
      hints: ['kubectl get configmap setlist -o yaml', 'kubectl logs deployment/singer (o el nombre del pod)'],
    },
    'new-opener': {
      narration:
        'Cambia el tema de apertura a Fanfare: sustituye el ConfigMap (bórralo y créalo de nuevo con opener=Fanfare y encore=Bolero). El kubelet reescribe los archivos montados en su sincronización periódica, así que cuenta con hasta un minuto, más o menos.',
      hints: [
        'kubectl delete configmap setlist, y luego kubectl create configmap setlist --from-literal=opener=Fanfare --from-literal=encore=Bolero',
        'kubectl logs deployment/singer --tail=3',
      ],
      predict: {
        question: 'Después del cambio, ¿qué imprimirá la cantante que ya está en marcha?',
        options: ['file: Fanfare env: Fanfare', 'file: Fanfare env: Overture', 'file: Overture env: Overture, para siempre'],
        explain:
          'Las variables de entorno se resuelven una sola vez, al arrancar el contenedor; los archivos de un ConfigMap montado se actualizan en su sitio (salvo los montajes con subPath).',
      },
    },
    restart: {
      narration:
        'Para darle a la cantante la variable de entorno nueva hay que arrancar un contenedor nuevo: un rollout restart sustituye el pod, y el nuevo lee OPENER=Fanfare.',
      hints: ['kubectl rollout restart deployment singer', 'kubectl logs deployment/singer --tail=3'],
    },
    'pay-slip': {
      narration:
        'Las nóminas son un Secret (pay). `kubectl get secret pay -o yaml` muestra data.fee: NTAwLWV1cm9z. Eso es base64, una codificación: `echo NTAwLWV1cm9z | base64 -d` lo imprime en claro. Escribe tu propia nómina: un Secret tip con amount=20-euros.',
      hints: [
        'kubectl create secret generic tip --from-literal=amount=20-euros',
        'kubectl get secret tip -o yaml: data.amount es MjAtZXVyb3M=',
      ],
      predict: {
        question: '¿Qué protege data.fee: NTAwLWV1cm9z de alguien que puede leer el Secret?',
        options: ['Está cifrado con la clave del clúster', 'Nada: es el base64 de «500-euros»', 'Es un hash de un solo sentido'],
        explain:
          'Cualquiera que pueda obtener el Secret, o ejecutar un pod que lo monte, lee el valor. Protege los Secrets con RBAC y, en etcd, con cifrado en reposo.',
      },
    },
  },
};
