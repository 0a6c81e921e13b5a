// German text of the lesson "scaling" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Skalieren: mehr Musiker für ein lauteres Stück',
  steps: {
    duo: {
      narration: 'Zum Anfang ein Duo (replicas: 2). Warte auf zwei Pods, die Ready sind.',
      hints: ['kubectl get pods -l app=band -o wide'],
    },
    'scale-to-five': {
      narration:
        'Das Stück braucht fünf Musiker. Ändere die Partitur (spec.replicas): Die Bühnencrew (der ReplicaSet-Controller) holt Musiker dazu, und der Scheduler weist ihnen Plätze zu.',
      hints: ['kubectl scale deployment band --replicas=5', 'Danach zeigt kubectl get pods -o wide die Spalte NODE.'],
      predict: {
        question: 'Du skalierst auf 5, bei drei Nodes. Wohin kommen die neuen Pods?',
        options: ['Alle auf einen Node', 'Verteilt auf die Nodes', 'Nirgendwohin, bis du Nodes auswählst'],
        explain: 'Der Scheduler bewertet die Nodes; Verteilung und ausgewogene Ressourcen schieben die Pods auf verschiedene Nodes.',
      },
    },
    'scale-down': {
      narration:
        'Der leise Satz braucht nur drei. Skaliere auf 3 herunter: Das ReplicaSet wählt aus, wer geht, und diese Musiker verlassen die Bühne geordnet (Terminating), bevor sie verschwinden.',
      hints: ['kubectl scale deployment band --replicas=3', 'Oder drücke zweimal auf „band herunterskalieren“.'],
      predict: {
        question: 'Du skalierst von 5 auf 3. Welche Pods entfernt das ReplicaSet zuerst?',
        options: [
          'Die zwei ältesten Pods',
          'Pods, die sich einen vollen Node teilen, und unter Gleichen die zuletzt gestarteten',
          'Zwei zufällig gewählte Pods',
        ],
        explain:
          'Das ReplicaSet ordnet seine Pods: Zuerst gehen noch nicht eingeplante oder nicht Ready, dann Pods, die sich einen Node mit mehr aus ihrem Set teilen, dann die, die am kürzesten Ready sind. Alte, eingespielte Musiker behalten ihren Platz.',
      },
    },
    interval: {
      narration:
        'Pause: Skaliere auf 0. Alle Musiker verlassen die Bühne, aber die Partitur bleibt: Das Deployment und sein ReplicaSet sind noch da, bereit, die Band mit einem einzigen Befehl zurückzuholen.',
      hints: ['kubectl scale deployment band --replicas=0', 'kubectl get deployment band listet es weiterhin auf, mit READY 0/0.'],
    },
  },
};
