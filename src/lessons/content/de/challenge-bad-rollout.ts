// German text of the challenge "challenge-bad-rollout" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
// "Musiker" is singular and plural alike, so the narration needs no {s:…} token.
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Herausforderung: ein kaputtes Arrangement zur Stoßzeit',
  steps: {
    'warm-up': {
      narration: 'Vier Musiker, jeder schafft etwa 100 Anfragen pro Sekunde; das Publikum schickt 330. Warte, bis alle vier Ready sind.',
      hints: ['kubectl get pods -l app=band', 'kubectl get endpoints band'],
    },
    peak: {
      narration:
        'Vorhang auf: Halte 99 % der Anfragen aus 3 Minuten beantwortet. In 15 s rollt ein Kollege das Arrangement nginx:1.271 aus, ein Tag, den es nicht gibt. Achte auf ErrImagePull.',
      hints: ['kubectl rollout status deployment/band', 'kubectl get pods -l app=band zeigt ErrImagePull / ImagePullBackOff.'],
    },
    'roll-back': {
      narration:
        'Ready: {ready:app=band} Musiker, für ein Publikum von 330 Anfragen pro Sekunde, und jeder schafft etwa 100. Hol das Arrangement zurück, das funktioniert hat, und zwar schnell.',
      hints: ['kubectl rollout undo deployment/band', 'kubectl rollout status deployment/band'],
    },
  },
};
