// German text of the lesson "load-balancing" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Lastverteilung: Die Leuchttafel schickt das Publikum zu bereiten Musikern',
  steps: {
    marquee: {
      narration:
        'Die Leuchttafel (Service band) nennt einen Label-Selektor, keine Pods. Der Endpoints-Controller listet die IPs der ausgewählten Pods auf, die Ready sind: die Musiker, zu denen das Publikum geschickt werden darf.',
      hints: ['kubectl get endpoints band', 'kubectl describe service band zeigt die Zeile Endpoints.'],
    },
    audience: {
      narration:
        'Das Publikum kommt: 150 Anfragen pro Sekunde an den Service. kube-proxy auf jeder Bühne (Node) hat seine Regeln aus den Endpoints neu geschrieben und verteilt neue Verbindungen auf die drei Musiker.',
      hints: ['Beobachte die Leuchttafel: Anfragen pro Musiker.', 'kubectl get endpoints band'],
      predict: {
        question: 'kube-proxy (im iptables-Modus) hat drei Endpoints. Wie wählt er einen für eine neue Verbindung?',
        options: ['Immer den ersten Pod', 'Zufällig, jeder mit gleicher Chance', 'Den Pod mit der wenigsten CPU'],
        explain:
          'Regel i greift mit der Wahrscheinlichkeit 1/(n − i); das ergibt pro Verbindung eine gleichverteilte Zufallswahl. Im ipvs-Modus gilt standardmäßig Round-Robin.',
      },
    },
    'lost-voice': {
      narration:
        'Ein Musiker verliert die Stimme: Seine Readiness-Probe schlägt fehl (löse „Readiness-Probe scheitern lassen“ an einem Band-Pod aus). Das Kubelet markiert ihn als nicht Ready, und der Endpoints-Controller verschiebt seine IP nach notReadyAddresses.',
      hints: [
        'Wähle auf der Bühne einen Band-Pod aus und wähle „Readiness-Probe scheitern lassen“.',
        'kubectl describe endpoints band zeigt NotReadyAddresses.',
      ],
      predict: {
        question: 'Die Readiness-Probe schlägt eine Minute lang fehl. Was passiert mit dem Pod?',
        options: ['Er wird neu gestartet', 'Er läuft weiter, verlässt aber die Endpoints', 'Er wird gelöscht und ersetzt'],
        explain: 'Readiness entscheidet nur darüber, ob ein Pod Verkehr bekommt; Neustarts sind Sache der Liveness-Probe.',
      },
    },
    'voice-back': {
      narration:
        'Nach einer Minute besteht die Probe wieder: Der Musiker ist Ready, zurück in den Endpoints und wurde nie neu gestartet (RESTARTS steht immer noch auf 0).',
      hints: ['kubectl get pods -l app=band', 'kubectl get endpoints band'],
    },
    'exit-mid-song': {
      narration:
        'Lösche jetzt mitten im Lied einen Musiker. Das Löschen markiert seinen Endpoint sofort als terminating, und das ReplicaSet holt einen Ersatz; kube-proxy schreibt seine Regeln etwa eine Sekunde später um.',
      hints: [
        'kubectl delete pod <name> (kubectl get pods -l app=band listet sie auf).',
        'Behalte die Fehlerzahl auf der Leuchttafel im Blick.',
      ],
      predict: {
        question: 'Du löschst bei 150 Anfragen/s einen von drei Pods. Was merkt das Publikum?',
        options: [
          'Gar nichts',
          'Eine Handvoll fehlgeschlagener Anfragen, dann wird wieder alles beantwortet',
          'Jede Anfrage schlägt fehl, bis der Ersatz Ready ist',
        ],
        explain:
          'Verbindungen, die im Moment vor dem Abgleich von kube-proxy noch nach den alten Regeln geleitet werden, landen bei einem Musiker, der gerade geht; deshalb warten echte Deployments mit einem preStop-Sleep.',
      },
    },
  },
};
