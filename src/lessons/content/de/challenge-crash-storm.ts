// German text of the challenge "challenge-crash-storm" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Herausforderung: der Absturzsturm',
  steps: {
    'warm-up': {
      narration: 'Ein Duo, jeder schafft etwa 100 Anfragen pro Sekunde, für ein Publikum von 120. Warte, bis beide Ready sind.',
      hints: ['kubectl get pods -l app=band', 'kubectl top pods'],
    },
    storm: {
      narration:
        'Vorhang auf: Beantworte 99 % der Anfragen aus 3 Minuten. Alle 30 s stürzt ein Musiker ab; das Kubelet startet ihn nach einer Wartezeit (Back-off) neu, und bis dahin ist er nicht in den Endpoints.',
      hints: [
        'Jeder Absturz nimmt einen Musiker heraus: Wie viele müssen bleiben, um 120 Anfragen/s zu tragen?',
        'kubectl scale deployment band --replicas=5',
      ],
    },
  },
};
