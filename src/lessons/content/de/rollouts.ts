// German text of the lesson "rollouts" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Rollouts: ein neues Arrangement, ein Musiker nach dem anderen',
  steps: {
    quartet: {
      narration: 'Ein Quartett spielt das Arrangement 1.26 (Image nginx:1.26). Warte auf vier Pods, die Ready sind.',
      hints: ['kubectl get deployment band'],
    },
    'new-arrangement': {
      narration:
        'Teile das Arrangement 1.27 aus (ein neues Image). Die Band tauscht die Musiker nach und nach aus: höchstens 1 zusätzlicher (maxSurge) und 1 fehlender (maxUnavailable).',
      hints: ['kubectl set image deployment/band nginx=nginx:1.27', 'kubectl rollout status deployment/band'],
      predict: {
        question: 'Wie viele Pods dürfen bei 4 Replicas, maxSurge 1 und maxUnavailable 1 gleichzeitig nicht verfügbar sein?',
        options: ['0', '1', '2', '4'],
        explain: 'maxUnavailable: 1 hält mindestens 3 von 4 verfügbar; maxSurge: 1 erlaubt höchstens 5 Pods insgesamt.',
      },
    },
    'wrong-sheet-music': {
      narration:
        'Teile jetzt Noten aus, die es nicht gibt (Image nginx:1.161, ein Tippfehler). Die neuen Musiker können sie nicht lesen: Der Rollout kommt ins Stocken.',
      hints: ['kubectl set image deployment/band nginx=nginx:1.161', 'kubectl get pods zeigt ErrImagePull / ImagePullBackOff.'],
      predict: {
        question: 'Das neue Image lässt sich nicht ziehen. Was passiert mit den alten Pods?',
        options: ['Sie werden trotzdem alle ersetzt', 'Die meisten spielen weiter: Der Rollout hält an', 'Das Deployment wird gelöscht'],
        explain: 'Die neuen Pods werden nie verfügbar, also hindert maxUnavailable den Controller daran, weitere alte zu entfernen.',
      },
    },
    'roll-back': {
      narration: 'Geh zurück zu den Noten, die funktioniert haben (rollout undo). Das vorige ReplicaSet wird zur neuesten Revision.',
      hints: ['kubectl rollout history deployment/band', 'kubectl rollout undo deployment/band'],
    },
  },
};
