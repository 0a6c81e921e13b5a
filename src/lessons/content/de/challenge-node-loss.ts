// German text of the challenge "challenge-node-loss" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Herausforderung: Eine Bühne wird mitten im Ansturm dunkel',
  steps: {
    'warm-up': {
      narration:
        'Drei Musiker, einer pro Bühne, jeder schafft etwa 100 Anfragen pro Sekunde. Das Publikum schickt 120. Warte, bis alle drei Ready sind.',
      hints: ['kubectl get pods -l app=band -o wide', 'kubectl get endpoints band'],
    },
    'hold-the-stage': {
      narration:
        'Vorhang auf: Beantworte 4 Minuten lang mindestens 99 % der Anfragen. In 20 s verdoppelt sich das Publikum, und node-2 ist eine Spot-Maschine, die ihr Anbieter in einer Minute zurückholt. Die Musiker einer toten Bühne behalten ihre Endpoints, bis der Node-Controller es bemerkt (etwa 50 s).',
      hints: [
        'kubectl drain node-2 --ignore-daemonsets holt seine Musiker herunter, solange er noch antwortet.',
        'Zwei Bühnen müssen 240 Anfragen/s tragen: kubectl scale deployment band --replicas=6',
      ],
    },
  },
};
