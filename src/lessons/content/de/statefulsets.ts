// German text of the lesson "statefulsets" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'StatefulSets: Musiker mit Namen und eigenem Tresor',
  steps: {
    'roll-call': {
      narration:
        'Ein StatefulSet (die Partitur für benannte Stimmen) setzt web-0, web-1, web-2 der Reihe nach auf ihre Plätze. Sein zuständiger Service nginx ist headless (clusterIP: None): Jeder Musiker bekommt einen DNS-Namen wie web-0.nginx.',
      hints: ['kubectl get pods -l app=nginx', 'kubectl get service nginx zeigt CLUSTER-IP None.'],
      predict: {
        question: 'Wann wird web-1 mit der Standardrichtlinie OrderedReady angelegt?',
        options: ['Zusammen mit web-0', 'Sobald web-0 Running und Ready ist', 'Nach web-2'],
        explain: 'Die Pods starten einzeln in der Reihenfolge ihrer Ordinalzahl, jeder erst, wenn alle Vorgänger Running und Ready sind.',
      },
    },
    'own-safe': {
      narration:
        'Jeder Musiker hat einen Tresor für Erinnerungsstücke: Das volumeClaimTemplate www hat pro Pod einen PersistentVolumeClaim angelegt (www-web-0, www-web-1, …). Die Musiker nehmen dort jede Minute einen Song auf. Warte, bis web-1 zwei aufgenommen hat.',
      hints: ['kubectl get pvc', 'kubectl logs web-1 zeigt „recorded song #…“.'],
    },
    'same-name': {
      narration: 'Schick web-1 von der Bühne (lösche den Pod). Der StatefulSet-Controller bemerkt die fehlende Ordinalzahl.',
      hints: ['kubectl delete pod web-1', 'Dann kubectl logs web-1: Die Songnummern zählen weiter.'],
      predict: {
        question: 'Du löschst web-1. Was kommt zurück?',
        options: [
          'Ein Pod mit zufälligem Namen und leerem Volume',
          'Wieder web-1, mit demselben Claim www-web-1 eingehängt',
          'Nichts, bis du skalierst',
        ],
        explain: 'Der Ersatz behält Ordinalzahl, Namen und Claim; Claims werden nie neu angelegt, also sind seine Songs noch da.',
      },
    },
    'fresh-start': {
      narration:
        'Zum Vergleich ein Deployment: Der Pod jam nimmt in ein emptyDir auf, einen Schmierzettel, der dem Pod gehört. Lösche ihn und sieh dir den Namen des Ersatzes und seine Songs an.',
      hints: ['kubectl get pods -l app=jam, dann kubectl delete pod <name>', 'kubectl logs beim neuen Pod beginnt wieder bei Song #1.'],
      predict: {
        question: 'Der Pod jam wird ersetzt. Was findet sein Ersatz in seinem emptyDir?',
        options: ['Alle Songs', 'Nichts: Ein neuer Pod bekommt ein neues, leeres emptyDir', 'Die Hälfte davon'],
        explain:
          'Ein emptyDir lebt und stirbt mit seinem Pod; die Pods eines Deployments sind austauschbar, mit neuen Namen und ohne eigene Claims.',
      },
    },
  },
};
