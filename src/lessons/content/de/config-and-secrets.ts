// German text of the lesson "config-and-secrets" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
// The options of "new-opener" are the pod's log lines, which stay as the container prints them.
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'ConfigMaps und Secrets: die Setlist und die Gehaltszettel',
  steps: {
    'set-list': {
      narration:
        'Die Setlist ist eine ConfigMap (setlist). Die Sängerin liest ihren Eröffnungssong zweimal: als Datei (ein configMap-Volume unter /etc/setlist) und als Umgebungsvariable (OPENER, aus configMapKeyRef). Ihr Log gibt beides alle 10 s aus.',
      hints: ['kubectl get configmap setlist -o yaml', 'kubectl logs deployment/singer (oder der Name des Pods)'],
    },
    'new-opener': {
      narration:
        'Mach Fanfare zum Eröffnungssong: Ersetze die ConfigMap (lösche sie und lege sie mit opener=Fanfare und encore=Bolero neu an). Das Kubelet schreibt eingehängte Dateien bei seinem regelmäßigen Abgleich neu, rechne also mit bis zu etwa einer Minute.',
      hints: [
        'kubectl delete configmap setlist, dann kubectl create configmap setlist --from-literal=opener=Fanfare --from-literal=encore=Bolero',
        'kubectl logs deployment/singer --tail=3',
      ],
      predict: {
        question: 'Was gibt die laufende Sängerin nach der Änderung aus?',
        options: ['file: Fanfare env: Fanfare', 'file: Fanfare env: Overture', 'file: Overture env: Overture, für immer'],
        explain:
          'Umgebungsvariablen werden einmal aufgelöst, wenn der Container startet; eingehängte ConfigMap-Dateien werden an Ort und Stelle aktualisiert (außer bei subPath-Mounts).',
      },
    },
    restart: {
      narration:
        'Damit die Sängerin die neue Umgebungsvariable bekommt, muss ein neuer Container starten: Ein rollout restart ersetzt den Pod, und der neue liest OPENER=Fanfare.',
      hints: ['kubectl rollout restart deployment singer', 'kubectl logs deployment/singer --tail=3'],
    },
    'pay-slip': {
      narration:
        'Die Gehaltszettel sind ein Secret (pay). `kubectl get secret pay -o yaml` zeigt data.fee: NTAwLWV1cm9z. Das ist base64, eine Kodierung: `echo NTAwLWV1cm9z | base64 -d` gibt es im Klartext aus. Schreib selbst einen Zettel: ein Secret tip mit amount=20-euros.',
      hints: [
        'kubectl create secret generic tip --from-literal=amount=20-euros',
        'kubectl get secret tip -o yaml: data.amount ist MjAtZXVyb3M=',
      ],
      predict: {
        question: 'Was schützt data.fee: NTAwLWV1cm9z vor jemandem, der das Secret lesen darf?',
        options: ['Es ist mit dem Cluster-Schlüssel verschlüsselt', 'Nichts: Es ist base64 von „500-euros“', 'Es ist ein Einweg-Hash'],
        explain:
          'Wer das Secret abrufen oder einen Pod starten darf, der es einhängt, liest den Wert. Schütze Secrets mit RBAC und, für etcd, mit Verschlüsselung im Ruhezustand.',
      },
    },
  },
};
