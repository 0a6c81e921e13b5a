// German text of the lesson "scheduling" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Scheduling: jedem Musiker einen Platz finden',
  steps: {
    seated: {
      narration:
        'Jeder Pod der Band fordert 700m CPU an (resources.requests): ein reservierter Platz von 0,7 CPU. Jede Bühne (Node) hat 2 CPUs. Warte, bis die drei sitzen, einer pro Bühne.',
      hints: ['kubectl get pods -o wide', 'kubectl describe node node-1 listet „Allocated resources“: cpu 700m (35%).'],
    },
    'soloist-waits': {
      narration:
        'Hol den Solisten dazu: Sein Pod fordert 1500m CPU an. Der Scheduler sucht eine Bühne, auf der so viel noch nicht reserviert ist.',
      hints: ['kubectl scale deployment soloist --replicas=1', 'kubectl describe pod -l app=soloist zeigt das Event FailedScheduling.'],
      predict: {
        question: 'Der Solist verlangt 1,5 CPUs; auf jeder Bühne sind 1,3 CPUs frei. Was passiert?',
        options: [
          'Er spielt trotzdem auf der leersten Bühne',
          'Er bleibt Pending, bis eine Bühne Platz hat',
          'Er drängt ein Bandmitglied von der Bühne',
        ],
        explain:
          'Der Scheduler setzt einen Pod nur dorthin, wo seine Anforderungen hineinpassen. Bei gleicher Priorität gibt es keine Verdrängung (Preemption), also bleibt der Pod Pending und wird erneut versucht, sobald sich im Cluster etwas ändert.',
      },
    },
    'make-room': {
      narration:
        'Schaffe Platz. Weniger Bandmitglieder (skaliere die Band auf 2) machen eine ganze Bühne frei; der Scheduler versucht es mit dem Solisten erneut, sobald ein Pod geht.',
      hints: [
        'kubectl scale deployment band --replicas=2',
        'Den Solisten musst du nicht anfassen: Er bekommt einen Platz, sobald auf einer Bühne 1,5 CPUs frei sind.',
      ],
    },
    cordon: {
      narration:
        'Sperre eine Bühne für Neuankömmlinge: Führe cordon für node-2 aus (er zeigt Ready,SchedulingDisabled; die Pods, die schon darauf sind, spielen weiter). Dann hol ein Bandmitglied dazu.',
      hints: ['kubectl cordon node-2', 'Dann kubectl scale deployment band --replicas=3 und kubectl get pods -o wide.'],
      predict: {
        question: 'node-2 ist abgesperrt (cordoned), und du holst ein Bandmitglied dazu. Wohin kann es?',
        options: ['Überallhin: cordon ist nur eine Warnung', 'Auf jede Bühne außer node-2', 'Nur auf node-2'],
        explain:
          'Cordon setzt spec.unschedulable, was den Taint node.kubernetes.io/unschedulable:NoSchedule hinzufügt; der Scheduler filtert diesen Node heraus. Laufende Pods werden nicht verschoben.',
      },
    },
  },
};
