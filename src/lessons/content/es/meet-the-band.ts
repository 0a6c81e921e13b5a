// Spanish text of the lesson "meet-the-band" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Conoce a la banda: qué significa orquestar',
  steps: {
    orchestration: {
      narration:
        'Orquestar significa que entregas la partitura (el estado deseado) y la orquesta la sigue tocando: Kubernetes arranca tus contenedores y los mantiene en marcha. Nunca le dices a un músico cuándo tocar.',
      hints: [
        'Aún no hay nada que hacer: lee y pulsa «Siguiente».',
        'El escenario junto a este panel es un clúster real en marcha, con un Deployment llamado band.',
      ],
    },
    'the-stages': {
      narration:
        'Estos son los escenarios: los nodes, las máquinas que ejecutan contenedores. Cada uno tiene su propio encargado, el kubelet, que se asegura de que los músicos sentados en ese escenario toquen e informa al podio.',
      hints: [
        'Escribe kubectl get nodes para ver la lista de escenarios.',
        'kubectl describe node node-1 muestra lo que ofrece un escenario: 2 CPU y 4 GiB de memoria.',
      ],
    },
    'the-podium': {
      narration:
        'En el podio se sienta el plano de control: el servidor de API (el regidor con quien habla todo el mundo), etcd (la memoria de la banda), el scheduler (quien asigna asiento a los músicos) y el controller manager (el equipo técnico que hace que la realidad siga la partitura).',
      hints: [
        'Pulsa «Siguiente» cuando hayas encontrado los cuatro puestos del podio.',
        'Ralentiza el tiempo para ver las notas viajar entre ellos.',
      ],
      predict: {
        question: '¿Qué componente lee y escribe en etcd, la memoria de la banda?',
        options: ['Todos los componentes', 'Solo el servidor de API', 'Solo el scheduler', 'Los kubelets'],
        explain:
          'Todos los demás hablan con el servidor de API. Solo él guarda los objetos en etcd y luego avisa a los componentes que los vigilan de lo que ha cambiado.',
      },
    },
    musicians: {
      narration:
        'Los músicos son pods: uno o varios contenedores que tocan juntos. La partitura, un Deployment, pide tres. Espera a que los tres estén Ready, repartidos entre los escenarios.',
      hints: [
        'kubectl get pods -o wide muestra en qué escenario (NODE) se sienta cada pod.',
        'Descargar la imagen lleva unos segundos; después el kubelet arranca el contenedor.',
      ],
    },
    'ask-for-more': {
      narration:
        'Te toca: pide un cuarto músico. Solo cambias la partitura (replicas: 4); el equipo técnico, el scheduler y un kubelet hacen el resto.',
      hints: ['kubectl scale deployment band --replicas=4', 'O usa el control de escala del Deployment band (+1).'],
      predict: {
        question: 'Pides 4 réplicas. ¿Quién crea el pod nuevo?',
        options: ['Tú, con kubectl', 'Un controlador del controller manager', 'El node, por su cuenta'],
        explain:
          'kubectl solo actualiza el Deployment. El controlador del ReplicaSet ve 3 pods donde se quieren 4 y crea uno; después el scheduler le asigna asiento.',
      },
    },
  },
};
