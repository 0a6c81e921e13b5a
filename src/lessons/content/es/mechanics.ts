// Spanish text of the lesson "mechanics" (see ../../lesson-text.ts; words: docs/i18n-glossary.md).
import type { LessonText } from '../../lesson-text';

export const text: LessonText = {
  title: 'Mecánica: sigue una petición a través de la orquesta',
  steps: {
    'one-player': {
      narration:
        'Toca un músico (un Deployment con 1 réplica), y un Service, la marquesina, le manda el público. Espera a que el pod esté Ready y luego ralentiza el tiempo para que las notas del podio viajen despacio.',
      hints: ['kubectl get pods,svc', 'Controles de tiempo: a menor velocidad, cada petición se ve.'],
    },
    'follow-a-request': {
      narration:
        'Pide un segundo músico y sigue esa única petición: kubectl → servidor de API → etcd → controladores de Deployment y ReplicaSet → scheduler → kubelet → EndpointSlice → kube-proxy. Nadie llama al siguiente: cada uno vigila el servidor de API.',
      hints: [
        'kubectl scale deployment band --replicas=2',
        'Mira el podio: primero actúa el controlador de Deployment, luego el de ReplicaSet y después el scheduler.',
      ],
      predict: {
        question: 'Ejecutas kubectl scale. ¿Qué componente recibe primero la petición?',
        options: ['El scheduler', 'El servidor de API', 'El kubelet de un node', 'etcd'],
        explain:
          'kubectl solo habla con el servidor de API, que valida el cambio y lo escribe en etcd. Los controladores se enteran gracias a sus watches.',
      },
    },
    'crew-layers': {
      narration:
        'El equipo técnico trabaja por capas: el controlador de Deployment es dueño de un ReplicaSet, y el controlador de ReplicaSet, de los pods. Borra el ReplicaSet y mira quién se da cuenta.',
      hints: ['kubectl get rs muestra el nombre del ReplicaSet.', 'kubectl delete rs -l app=band'],
      predict: {
        question: 'Borras el ReplicaSet de la banda. ¿Qué pasa?',
        options: [
          'La banda deja de tocar para siempre',
          'El controlador de Deployment crea un ReplicaSet nuevo, que crea pods nuevos',
          'Los kubelets reinician los pods antiguos',
        ],
        explain:
          'El Deployment sigue diciendo replicas: 2. Su controlador no encuentra ningún ReplicaSet para su plantilla y crea uno; el recolector de basura elimina los pods antiguos, que se han quedado sin dueño.',
      },
    },
    'audience-directions': {
      narration:
        'En cada escenario, kube-proxy guía al público con las EndpointSlices: la lista de músicos Ready detrás de la marquesina. Quita un músico y mira cómo cambia la lista, y cómo luego se suma el reemplazo.',
      hints: [
        'kubectl get pods -l app=band, y luego kubectl delete pod <name>',
        'kubectl get endpointslices -l kubernetes.io/service-name=band',
      ],
    },
  },
};
