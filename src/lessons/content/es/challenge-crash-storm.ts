// Spanish text of the challenge "challenge-crash-storm" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Reto: la tormenta de caídas',
  steps: {
    'warm-up': {
      narration: 'Un dúo, cada uno atiende unas 100 peticiones por segundo, para un público de 120. Espera a que los dos estén Ready.',
      hints: ['kubectl get pods -l app=band', 'kubectl top pods'],
    },
    storm: {
      narration:
        'Se levanta el telón: atiende el 99 % de las peticiones durante 3 minutos. Cada 30 s se caerá un músico; el kubelet lo reinicia tras una espera (back-off), y hasta entonces queda fuera de los endpoints.',
      hints: [
        'Cada caída deja fuera a un músico: ¿cuántos tienen que quedar para sostener 120 peticiones/s?',
        'kubectl scale deployment band --replicas=5',
      ],
    },
  },
};
