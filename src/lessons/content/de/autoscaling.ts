// German text of the lesson "autoscaling" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Autoscaling: mehr Musiker, wenn das Publikum tobt',
  steps: {
    soloist: {
      narration:
        'Ein Musiker (ein Pod php-apache) fordert 200m CPU an: seine Anforderung, ein Fünftel eines Kerns. Die Leuchttafel (Service php-apache) leuchtet schon. Warte, bis der Pod Ready ist.',
      hints: ['kubectl get pods -l run=php-apache', 'kubectl describe deployment php-apache zeigt die CPU-Anforderung.'],
    },
    'crowd-arrives': {
      narration:
        'Das Publikum strömt herein: 200 Anfragen pro Sekunde. metrics-server fragt jedes Kubelet alle 15 s ab, deshalb hinkt `kubectl top pods` ein wenig hinterher. Hol dann ein Mitglied der Bühnencrew dazu, das die Zahl der Musiker nach dem Publikum richtet: einen HorizontalPodAutoscaler, der 50 % der CPU-Anforderung anpeilt.',
      hints: [
        'kubectl top pods, dann: kubectl autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10',
        'kubectl get hpa php-apache zeigt TARGETS und REPLICAS; der HPA gleicht alle 15 s ab.',
      ],
      predict: {
        question: 'Der Pod läuft bei etwa 200 % seiner CPU-Anforderung; das Ziel sind 50 %. Wie viele Replicas verlangt der HPA?',
        options: ['2', '4', '5', '10'],
        explain:
          'gewünscht = ceil(aktuelle Replicas × Auslastung / Ziel) = ceil(1 × 200 / 50) = 4. Ein erster Sprung ist außerdem pro Abgleich auf max(2 × aktuell, 4) = 4 begrenzt, also ergeben selbst 218 % nur 4.',
      },
    },
    'within-tolerance': {
      narration:
        'Die neuen Musiker teilen sich das Publikum, also sinkt die Auslastung. Der HPA rechnet alle 15 s neu, übergeht aber kleine Abweichungen: Er ändert nichts, solange |1 − Auslastung / Ziel| ≤ 0,1 ist. Beobachte `kubectl describe hpa php-apache`, bis das Publikum bedient ist.',
      hints: ['kubectl describe hpa php-apache: Metrics, Conditions und die Events SuccessfulRescale.', 'kubectl top pods'],
      predict: {
        question: 'Die Auslastung zeigt 53 % bei einem Ziel von 50 %. Was tut der HPA?',
        options: ['Er fügt einen Pod hinzu', 'Nichts: 53 / 50 liegt innerhalb der Toleranz von 10 %', 'Er entfernt einen Pod'],
        explain: '|1 − 53 / 50| = 0,06 ≤ 0,1, also bleibt die Empfehlung bei der aktuellen Zahl der Replicas.',
      },
    },
    'crowd-leaves': {
      narration:
        'Die Show ist vorbei, und das Publikum geht (setze das Publikum von php-apache auf 0 Anfragen/s). Der HPA hat es nicht eilig: Fürs Herunterskalieren nimmt er die höchste Empfehlung der letzten 5 Minuten (das Stabilisierungsfenster), also gehen Musiker erst danach.',
      hints: [
        'Setze die Last an der Leuchttafel php-apache auf 0 (der Publikumsregler des Service).',
        'kubectl get hpa php-apache -w würde zeigen, wie REPLICAS nach etwa fünf Minuten sinkt.',
      ],
      predict: {
        question: 'Die CPU fällt fast auf null. Wann geht der HPA zurück auf 1 Replica?',
        options: [
          'Bei seinem nächsten Abgleich nach 15 s',
          'Nach dem 5-minütigen Stabilisierungsfenster fürs Herunterskalieren',
          'Nie: HPAs skalieren nur hoch',
        ],
        explain:
          'Beim Herunterskalieren gilt die höchste Empfehlung der letzten 300 s, damit eine kurze Flaute die Musiker nicht vertreibt.',
      },
    },
  },
};
