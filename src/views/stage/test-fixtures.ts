// Objects shared by the stage's tests.

/** A pod no node can seat: it asks for 3 CPUs and every node has 2. */
export const BIG_POD = `apiVersion: v1
kind: Pod
metadata:
  name: hog
spec:
  containers:
  - name: hog
    image: nginx
    resources:
      requests:
        cpu: "3"
`;
