// German text of the lesson "self-healing" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Selbstheilung: Die Band ersetzt einen fehlenden Musiker',
  steps: {
    'take-seats': {
      narration:
        'Die Partitur verlangt drei Musiker (ein Deployment mit replicas: 3). Sieh zu, wie sie ihre Plätze einnehmen: drei Pods, die Ready sind.',
      hints: ['Einfach abwarten: Der Scheduler und die Kubelets sind schon bei der Arbeit.', 'kubectl get pods -l app=band'],
    },
    'remove-a-player': {
      narration: 'Schick einen Musiker von der Bühne (lösche einen Pod). Der Stimmführer (das ReplicaSet) zählt nach.',
      hints: ['kubectl get pods -l app=band, dann kubectl delete pod <name>', 'Klicke auf der Bühne einen Pod an und wähle „Pod beenden“.'],
      predict: {
        question: 'Du löschst einen der drei Pods. Was macht das ReplicaSet?',
        options: [
          'Nichts: Zwei Pods reichen auch',
          'Es legt einen neuen Pod an, damit es wieder drei sind',
          'Es startet den gelöschten Pod mit demselben Namen neu',
        ],
        explain:
          'Ein ReplicaSet vergleicht die gewünschte mit der tatsächlichen Anzahl; es legt einen neuen Pod an, mit neuem Namen und neuer UID.',
      },
    },
    'player-faints': {
      narration:
        'Ein Musiker bricht mitten im Stück zusammen (der Container stürzt ab). Der Bühnenmeister seiner Bühne (das Kubelet) hilft ihm auf: ein Neustart, derselbe Pod.',
      hints: ['Nichts zu tun: Behalte die Spalte RESTARTS im Auge.', 'kubectl get pods -l app=band'],
    },
  },
};
