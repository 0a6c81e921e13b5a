# Debian's python3-kubernetes against the served cluster: list, create, watch, scale (PUT on
# the scale subresource), read back, delete. Prints one line per check; exits non-zero on failure.
# Run by server/python-client.test.ts with the served cluster's kubeconfig as argv[1].
import sys
import threading

from kubernetes import client, config, watch

config.load_kube_config(config_file=sys.argv[1])
core = client.CoreV1Api()
apps = client.AppsV1Api()

nodes = core.list_node()
print("nodes", " ".join(n.metadata.name for n in nodes.items))

seen = []
ready = threading.Event()


def watch_pods():
    w = watch.Watch()
    ready.set()
    for event in w.stream(core.list_namespaced_pod, "default", label_selector="app=py", timeout_seconds=20):
        if event["type"] == "ADDED":
            seen.append(event["object"].metadata.name)
        if len(set(seen)) >= 2:
            w.stop()


t = threading.Thread(target=watch_pods)
t.start()
ready.wait()

body = client.V1Deployment(
    metadata=client.V1ObjectMeta(name="py", labels={"app": "py"}),
    spec=client.V1DeploymentSpec(
        replicas=1,
        selector=client.V1LabelSelector(match_labels={"app": "py"}),
        template=client.V1PodTemplateSpec(
            metadata=client.V1ObjectMeta(labels={"app": "py"}),
            spec=client.V1PodSpec(containers=[client.V1Container(name="web", image="nginx:1.27")]),
        ),
    ),
)
created = apps.create_namespaced_deployment("default", body)
print("created", created.metadata.name, created.metadata.generation)

# Read, change, replace: a controller may write in between (the test advances the cluster while
# this runs), and then the replace is a 409 Conflict; clients retry on it (client-go's RetryOnConflict).
for attempt in range(5):
    scale = apps.read_namespaced_deployment_scale("py", "default")
    scale.spec.replicas = 2
    try:
        apps.replace_namespaced_deployment_scale("py", "default", scale)
        break
    except client.exceptions.ApiException as e:
        if e.status != 409 or attempt == 4:
            raise
print("scaled", apps.read_namespaced_deployment("py", "default").spec.replicas)

# The test advances the served cluster while this waits for two pods to be ADDED.
t.join(timeout=25)
print("watched", len(set(seen)), "pods added", all(name.startswith("py-") for name in seen))

try:
    core.read_namespaced_pod("nope", "default")
except client.exceptions.ApiException as e:
    print("error", e.status, e.reason)

apps.delete_namespaced_deployment("py", "default")
print("deleted")
