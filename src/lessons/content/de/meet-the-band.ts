// German text of the lesson "meet-the-band" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Die Band kennenlernen: was Orchestrierung heißt',
  steps: {
    orchestration: {
      narration:
        'Orchestrieren heißt: Du gibst die Partitur ab (den gewünschten Zustand), und das Orchester spielt sie immer weiter – Kubernetes startet deine Container und hält sie am Laufen. Du sagst nie einem Musiker, wann er spielen soll.',
      hints: [
        'Noch nichts zu tun: lesen, dann auf „Weiter“ drücken.',
        'Die Bühne neben diesem Feld ist ein echter, laufender Cluster mit einem Deployment namens band.',
      ],
    },
    'the-stages': {
      narration:
        'Das sind die Bühnen: Nodes, die Maschinen, auf denen Container laufen. Jede hat ihren eigenen Bühnenmeister, das Kubelet. Es sorgt dafür, dass die Musiker auf seiner Bühne spielen, und meldet sich beim Dirigentenpult zurück.',
      hints: [
        'Gib kubectl get nodes ein, um die Bühnen aufzulisten.',
        'kubectl describe node node-1 zeigt, was eine Bühne bietet: 2 CPUs und 4 GiB Arbeitsspeicher.',
      ],
    },
    'the-podium': {
      narration:
        'Am Dirigentenpult sitzt die Control Plane: der API-Server (der Inspizient, mit dem alle reden), etcd (das Gedächtnis der Band), der Scheduler (er weist den Musikern ihre Plätze zu) und der Controller-Manager (die Bühnencrew, die dafür sorgt, dass die Wirklichkeit der Partitur folgt).',
      hints: [
        'Drücke auf „Weiter“, sobald du die vier Stationen am Pult gefunden hast.',
        'Verlangsame die Zeit, um die Noten zwischen ihnen fliegen zu sehen.',
      ],
      predict: {
        question: 'Welche Komponente liest und schreibt etcd, das Gedächtnis der Band?',
        options: ['Jede Komponente', 'Nur der API-Server', 'Nur der Scheduler', 'Die Kubelets'],
        explain:
          'Alle anderen reden mit dem API-Server. Nur er legt Objekte in etcd ab und sagt dann den Komponenten, die sie beobachten, was sich geändert hat.',
      },
    },
    musicians: {
      narration:
        'Die Musiker sind Pods: ein oder mehrere Container, die zusammen spielen. Die Partitur, ein Deployment, verlangt drei davon. Warte, bis alle drei Ready sind, verteilt auf die Bühnen.',
      hints: [
        'kubectl get pods -o wide zeigt, auf welcher Bühne (NODE) jeder Pod sitzt.',
        'Das Image zu ziehen dauert ein paar Sekunden; dann startet das Kubelet den Container.',
      ],
    },
    'ask-for-more': {
      narration:
        'Jetzt du: Bestelle einen vierten Musiker. Du änderst nur die Partitur (replicas: 4); den Rest erledigen die Crew, der Scheduler und ein Kubelet.',
      hints: ['kubectl scale deployment band --replicas=4', 'Oder nutze den Skalierungsregler des Deployments band (+1).'],
      predict: {
        question: 'Du verlangst 4 Replicas. Wer legt den neuen Pod an?',
        options: ['Du, mit kubectl', 'Ein Controller im Controller-Manager', 'Der Node, von sich aus'],
        explain:
          'kubectl ändert nur das Deployment. Der ReplicaSet-Controller sieht 3 Pods, wo 4 gewünscht sind, und legt einen an; danach weist ihm der Scheduler einen Platz zu.',
      },
    },
  },
};
