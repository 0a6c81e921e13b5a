// Spanish text of the challenge "challenge-bad-rollout" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Reto: un arreglo roto en hora punta',
  steps: {
    'warm-up': {
      narration:
        'Cuatro músicos, cada uno atiende unas 100 peticiones por segundo; el público envía 330. Espera a que los cuatro estén Ready.',
      hints: ['kubectl get pods -l app=band', 'kubectl get endpoints band'],
    },
    peak: {
      narration:
        'Se levanta el telón: mantén atendido el 99 % de las peticiones durante 3 minutos. Dentro de 15 s, un compañero despliega el arreglo nginx:1.271, una etiqueta que no existe. Atento a ErrImagePull.',
      hints: ['kubectl rollout status deployment/band', 'kubectl get pods -l app=band muestra ErrImagePull / ImagePullBackOff.'],
    },
    'roll-back': {
      narration:
        'Ready: {ready:app=band} músico{s:app=band}, para un público de 330 peticiones por segundo, y cada uno atiende unas 100. Recupera el arreglo que funcionaba, y rápido.',
      hints: ['kubectl rollout undo deployment/band', 'kubectl rollout status deployment/band'],
    },
  },
};
