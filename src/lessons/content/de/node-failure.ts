// German text of the lesson "node-failure" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Node-Ausfall: Eine Bühne wird dunkel',
  steps: {
    'full-house': {
      narration:
        'Vier Bühnen, vier Musiker: Der Scheduler verteilt die Band so, dass eine dunkle Bühne sie nicht verstummen lassen kann. Warte auf vier Pods, die Ready sind.',
      hints: ['kubectl get pods -o wide', 'kubectl get nodes'],
    },
    'lights-out': {
      narration:
        'Dreh node-2 den Strom ab. Sein Kubelet erneuert seine Lease nicht mehr (alle 10 s ein Herzschlag), aber das Dirigentenpult kann eine tote Bühne anfangs nicht von einer langsamen unterscheiden.',
      hints: [
        'Wähle node-2 auf der Bühne aus und schalte ihn ab („Zeig es mir“ erledigt das für dich).',
        'kubectl get nodes: STATUS wechselt auf NotReady.',
      ],
      predict: {
        question: 'node-2 sendet keine Herzschläge mehr. Wann wird er als NotReady markiert?',
        options: ['Sofort', 'Nach etwa 50 Sekunden', 'Nach 5 Minuten', 'Nie: Jemand muss ihn entfernen'],
        explain:
          'Der Node-Lifecycle-Controller gewährt eine Schonfrist ohne Herzschlag (50 s seit Kubernetes 1.32) und setzt dann Ready auf Unknown: kubectl zeigt NotReady.',
      },
    },
    taints: {
      narration:
        'Der Node-Controller hängt Schilder an die dunkle Bühne: Taints node.kubernetes.io/unreachable mit der Wirkung NoSchedule (keine Neuankömmlinge) und NoExecute (wer sie nicht toleriert, muss gehen).',
      hints: [
        'kubectl describe node node-2: Sieh dir die Taints an.',
        'Die Pods zeigen weiterhin Running: Auf node-2 ist niemand mehr, der etwas anderes melden könnte.',
      ],
    },
    evicted: {
      narration:
        'Jeder Pod toleriert diesen Taint eine Weile, falls die Bühne zurückkommt. Beschleunige die Zeit: Wenn die Toleration abläuft, wird der Pod verdrängt, und das ReplicaSet setzt einen Ersatz auf eine gesunde Bühne.',
      hints: [
        'kubectl describe pod zeigt die Tolerations: „for 300s“.',
        'kubectl get pods -o wide: Auf einem anderen Node erscheint ein neuer Pod.',
      ],
      predict: {
        question: 'Wie lange toleriert der Band-Pod auf node-2 den Taint unreachable?',
        options: ['0 s', '50 s', '300 s', 'Für immer'],
        explain:
          'Die Admission gibt jedem Pod tolerationSeconds: 300 für not-ready und unreachable. Danach löscht ihn der Taint-Eviction-Controller (TaintManagerEviction); er steht auf Terminating, bis der Node zurückkehrt.',
      },
    },
    'lights-on': {
      narration:
        'Schalte node-2 wieder ein. Sein Kubelet meldet Ready, die Taints verschwinden, und endlich entfernt es den Pod, der auf Terminating stehen geblieben war. Die Band bleibt, wo sie ist: Nichts holt Pods zurück.',
      hints: ['Wähle node-2 aus und stelle ihn wieder her („Zeig es mir“ erledigt das).', 'kubectl get nodes; kubectl get pods -o wide'],
    },
  },
};
