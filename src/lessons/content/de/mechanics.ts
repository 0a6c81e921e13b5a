// German text of the lesson "mechanics" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Mechanik: einer Anfrage durchs Orchester folgen',
  steps: {
    'one-player': {
      narration:
        'Ein Musiker spielt (ein Deployment mit 1 Replica), und ein Service, die Leuchttafel, schickt das Publikum zu ihm. Warte, bis der Pod Ready ist, und verlangsame dann die Zeit, damit die Noten am Dirigentenpult langsam fliegen.',
      hints: ['kubectl get pods,svc', 'Zeitsteuerung: Bei geringerem Tempo wird jede Anfrage sichtbar.'],
    },
    'follow-a-request': {
      narration:
        'Bestelle einen zweiten Musiker und verfolge diese eine Anfrage: kubectl → API-Server → etcd → Deployment- und ReplicaSet-Controller → Scheduler → Kubelet → EndpointSlice → kube-proxy. Niemand ruft den Nächsten auf: Jeder beobachtet den API-Server.',
      hints: [
        'kubectl scale deployment band --replicas=2',
        'Behalte das Pult im Blick: Erst handelt der Deployment-Controller, dann der ReplicaSet-Controller, dann der Scheduler.',
      ],
      predict: {
        question: 'Du führst kubectl scale aus. Welche Komponente erhält die Anfrage zuerst?',
        options: ['Der Scheduler', 'Der API-Server', 'Das Kubelet auf einem Node', 'etcd'],
        explain:
          'kubectl spricht immer nur mit dem API-Server; der prüft die Änderung und schreibt sie nach etcd. Die Controller erfahren davon über ihre Watches.',
      },
    },
    'crew-layers': {
      narration:
        'Die Crew arbeitet in Schichten: Dem Deployment-Controller gehört ein ReplicaSet, dem ReplicaSet-Controller gehören die Pods. Lösche das ReplicaSet und sieh nach, wer es bemerkt.',
      hints: ['kubectl get rs zeigt den Namen des ReplicaSets.', 'kubectl delete rs -l app=band'],
      predict: {
        question: 'Du löschst das ReplicaSet der Band. Was passiert?',
        options: [
          'Die Band hört endgültig auf',
          'Der Deployment-Controller legt ein neues ReplicaSet an, und das legt neue Pods an',
          'Die Kubelets starten die alten Pods neu',
        ],
        explain:
          'Im Deployment steht weiterhin replicas: 2. Sein Controller findet kein ReplicaSet zu seiner Vorlage und legt eins an; der Garbage Collector entfernt die alten Pods, deren Besitzer verschwunden ist.',
      },
    },
    'audience-directions': {
      narration:
        'kube-proxy auf jeder Bühne lenkt das Publikum, und zwar anhand der EndpointSlices: der Liste der Musiker hinter der Leuchttafel, die Ready sind. Nimm einen Musiker weg und sieh zu, wie sich die Liste ändert und dann der Ersatz hinzukommt.',
      hints: [
        'kubectl get pods -l app=band, dann kubectl delete pod <name>',
        'kubectl get endpointslices -l kubernetes.io/service-name=band',
      ],
    },
  },
};
