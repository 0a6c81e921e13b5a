// German text of the lesson "crash-loop" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Crash-Loops: ein Musiker, der immer wieder abgeht',
  steps: {
    'keeps-leaving': {
      narration:
        'Der Schlagzeuger läuft mit busybox, dessen Standardbefehl sh ist. Ohne Terminal beendet sich sh sofort, und restartPolicy: Always bringt das Kubelet (den Bühnenmeister) dazu, ihn wieder zu starten, und wieder.',
      hints: [
        'kubectl get pods -l app=drummer: Achte auf RESTARTS und STATUS.',
        'kubectl describe pod -l app=drummer zeigt Last State: Terminated, Reason: Completed.',
      ],
    },
    'back-off': {
      narration:
        'CrashLoopBackOff ist kein Absturz: Es ist das Kubelet, das vor dem nächsten Start wartet. Jede Wartezeit ist länger als die vorige. Beschleunige die Zeit und beobachte die Spalte RESTARTS.',
      hints: ['kubectl get pods -l app=drummer', 'kubectl get events zeigt „Back-off restarting failed container busybox …“.'],
      predict: {
        question: 'Das Kubelet hat 10 s gewartet, dann 20 s. Wie lange dauert die nächste Wartezeit?',
        options: ['20 s', '30 s', '40 s', '5 min'],
        explain:
          'Die Wartezeit verdoppelt sich (10 s, 20 s, 40 s, 1 min 20 s, 2 min 40 s) bis zu 5 Minuten und beginnt von vorn, sobald der Container 10 Minuten ohne Probleme läuft.',
      },
    },
    'a-real-part': {
      narration:
        'Neustarten repariert nie eine Stimme, die sofort endet. Gib dem Schlagzeuger ein Image, dessen Server weiterspielt: Setze den Container busybox auf nginx:1.27. Ein neues ReplicaSet ersetzt den Pod in der Schleife.',
      hints: ['kubectl set image deployment/drummer busybox=nginx:1.27', 'kubectl rollout status deployment/drummer'],
    },
    'frozen-singer': {
      narration:
        'Ein leiseres Problem: Die Sängerin erstarrt mitten im Lied (der Prozess hängt und antwortet nicht mehr). Ihre Liveness-Probe, alle 5 s ein HTTP-GET, bemerkt es. Lass die Sängerin erstarren und sieh zu.',
      hints: [
        'Wähle den Pod der Sängerin aus und lass seine Liveness-Probe fehlschlagen.',
        'kubectl describe pod -l app=singer zeigt die Events Unhealthy und Killing.',
      ],
      predict: {
        question: 'Die Liveness-Probe schlägt dreimal hintereinander fehl. Was tut das Kubelet?',
        options: [
          'Es löscht den Pod; das ReplicaSet legt einen neuen an',
          'Es beendet den Container und startet ihn im selben Pod neu',
          'Es markiert den Node als NotReady',
        ],
        explain:
          'Eine fehlgeschlagene Liveness-Probe beendet den Container („failed liveness probe, will be restarted“); derselbe Pod startet ihn neu, und RESTARTS steigt.',
      },
    },
  },
};
