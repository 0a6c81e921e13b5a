// kubernetes/website examples, part of the table (table.ts). Storage: "Configure a Pod to Use a
// Volume for Storage" (redis with an emptyDir) and "Configure a Pod to Use a PersistentVolume for
// Storage" (a hostPath PersistentVolume, its claim and the pod that mounts it).
export const STORAGE_EXAMPLES: Readonly<Record<string, string>> = {
  'pods/storage/redis.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: redis
spec:
  containers:
  - name: redis
    image: redis
    volumeMounts:
    - name: redis-storage
      mountPath: /data/redis
  volumes:
  - name: redis-storage
    emptyDir: {}
`,
  'pods/storage/pv-volume.yaml': `apiVersion: v1
kind: PersistentVolume
metadata:
  name: task-pv-volume
  labels:
    type: local
spec:
  storageClassName: manual
  capacity:
    storage: 10Gi
  accessModes:
    - ReadWriteOnce
  hostPath:
    path: "/mnt/data"
`,
  'pods/storage/pv-claim.yaml': `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: task-pv-claim
spec:
  storageClassName: manual
  accessModes:
    - ReadWriteOnce
  resources:
    requests:
      storage: 3Gi
`,
  'pods/storage/pv-pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: task-pv-pod
spec:
  volumes:
    - name: task-pv-storage
      persistentVolumeClaim:
        claimName: task-pv-claim
  containers:
    - name: task-pv-container
      image: nginx
      ports:
        - containerPort: 80
          name: "http-server"
      volumeMounts:
        - mountPath: "/usr/share/nginx/html"
          name: task-pv-storage


`,
};
