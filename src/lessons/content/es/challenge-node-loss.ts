// Spanish text of the challenge "challenge-node-loss" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Reto: un escenario se apaga en plena avalancha',
  steps: {
    'warm-up': {
      narration:
        'Tres músicos, uno por escenario, cada uno atiende unas 100 peticiones por segundo. El público envía 120. Espera a que los tres estén Ready.',
      hints: ['kubectl get pods -l app=band -o wide', 'kubectl get endpoints band'],
    },
    'hold-the-stage': {
      narration:
        'Se levanta el telón: durante 4 minutos, atiende al menos el 99 % de las peticiones. En 20 s el público se duplica, y node-2 es una máquina spot que su proveedor reclamará dentro de un minuto. Los músicos de un escenario muerto conservan sus endpoints hasta que el controlador de nodes se da cuenta (unos 50 s).',
      hints: [
        'kubectl drain node-2 --ignore-daemonsets saca a sus músicos mientras todavía responde.',
        'Dos escenarios tienen que sostener 240 peticiones/s: kubectl scale deployment band --replicas=6',
      ],
    },
  },
};
