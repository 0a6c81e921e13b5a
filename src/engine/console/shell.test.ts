// The console's shell: bash's grammar, expansion and errors (checked against bash 5.2 and GNU
// coreutils 9.1), with kubectl run on a real simulated cluster.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import { consolePrompt, newConsoleShell, quoteArg, runConsoleLine, shownLine, type ShellRunResult } from './shell';

function shell() {
  const cluster = createCluster({ seed: 1 });
  const state = newConsoleShell();
  const calls: { line: string; stdin?: string; alone: boolean }[] = [];
  const run = (line: string): ShellRunResult =>
    runConsoleLine(state, line, {
      kubectl: (l, stdin, alone) => {
        calls.push({ line: l, stdin, alone });
        return cluster.kubectl(l, stdin);
      },
    });
  const text = (line: string) => {
    const r = run(line);
    return { out: r.output.map((c) => c.text).join(''), exitCode: r.exitCode };
  };
  return { cluster, state, calls, run, text };
}

describe('the console shell', () => {
  it('says plainly what it does not run, in bash words', () => {
    const s = shell();
    // An unknown word is kubectl's, as the prompt `$ kubectl` says, with kubectl's own error.
    expect(s.text('foo bar')).toEqual({ out: expect.stringContaining('unknown command "foo" for "kubectl"'), exitCode: 1 });
    expect(s.text('sed -n 1p').out).toBe('bash: sed: not available in this console (it runs kubectl, echo, export, unset, cat, grep, head, tail, wc, sort, uniq, base64)\n');
    expect(s.text('echo a && && b')).toEqual({ out: "bash: syntax error near unexpected token `&&'\n", exitCode: 2 });
    expect(s.text('echo "abc').out).toBe("bash: unexpected EOF while looking for matching `\"'\n");
    expect(s.text('echo $(echo a').out).toBe("bash: unexpected EOF while looking for matching `)'\n");
    expect(s.text('ls |').out).toBe('bash: syntax error: unexpected end of file\n');
    expect(s.text('echo >').out).toBe("bash: syntax error near unexpected token `newline'\n");
    expect(s.text('kubectl get pods > pods.yaml').out).toBe('bash: pods.yaml: Read-only file system\n');
    expect(s.text('cat nofile').out).toBe('cat: nofile: No such file or directory\n');
    expect(s.text('constructor').out).toContain('unknown command "constructor" for "kubectl"');
    // A pasted megabyte of nesting is refused, never thrown.
    expect(s.text(`echo ${'"$('.repeat(300_000)}`).exitCode).toBe(2);
  });

  it('quotes as bash does and keeps variables between lines', () => {
    const s = shell();
    expect(s.text(`echo 'a  b' "c  d" e\\ f`).out).toBe('a  b c  d e f\n');
    s.run('export POD_NAME=web-1');
    expect(s.text('echo Name of the Pod: $POD_NAME').out).toBe('Name of the Pod: web-1\n');
    expect(s.text(`echo "\${POD_NAME}-x" '$POD_NAME'`).out).toBe('web-1-x $POD_NAME\n');
    s.run('A="one  two"');
    expect(s.text('echo $A; echo "$A"').out).toBe('one two\none  two\n');
    expect(s.text('echo $UNSET ""|wc -c').out).toBe('1\n');
    expect(s.text('export').out).toBe('declare -x POD_NAME="web-1"\n');
    expect(s.text('export 1x=2')).toEqual({ out: "bash: export: `1x=2': not a valid identifier\n", exitCode: 1 });
    s.run('unset POD_NAME');
    expect(s.text('echo [$POD_NAME]').out).toBe('[]\n');
  });

  it('joins a line continued with a backslash before its newline, outside single quotes (as the docs split long commands)', () => {
    const s = shell();
    expect(s.text('echo a \\\n  b \\\n  c').out).toBe('a b c\n');
    expect(s.text('echo "x\\\ny" \'p\\\nq\'').out).toBe("xy p\\\nq\n");
    expect(s.text("echo \"it's\" \\\n  done").out).toBe("it's done\n");
    // An escaped backslash before the newline is not a continuation.
    expect(s.text('echo a\\\\').out).toBe('a\\\n');
    s.text('kubectl config set-context dev --namespace=development \\\n  --cluster=kubernetes \\\n  --user=kubernetes-admin');
    expect(s.calls.at(-1)?.line).toBe('config set-context dev --namespace=development --cluster=kubernetes --user=kubernetes-admin');
  });

  it('follows exit statuses with &&, || and ;', () => {
    const s = shell();
    expect(s.text('false && echo no; echo $?').out).toBe('1\n');
    expect(s.text('false || echo yes').out).toBe('yes\n');
    expect(s.text('kubectl get pods nope && echo found').out).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(s.text('echo $?').out).toBe('1\n');
  });

  it('pipes stdout on and leaves stderr on the terminal', () => {
    const s = shell();
    expect(s.text('echo hello | base64').out).toBe('aGVsbG8K\n');
    expect(s.text('echo aGVsbG8K | base64 -d').out).toBe('hello\n');
    expect(s.text('echo aGVsbG8 | base64 --decode').out).toBe('hello');
    expect(s.text('echo !! | base64 -d')).toEqual({ out: 'base64: invalid input\n', exitCode: 1 });
    expect(s.text('echo -e "b\\na\\nc" | sort').out).toBe('a\nb\nc\n');
    expect(s.text('echo -e "b\\na\\nc" | sort -r | head -n 1').out).toBe('c\n');
    expect(s.text('echo -e "b\\na\\nc" | tail -2').out).toBe('a\nc\n');
    expect(s.text('echo hi | wc').out).toBe('      1       1       3\n');
    expect(s.text('head -n abc')).toEqual({ out: 'head: invalid number of lines: ‘abc’\n', exitCode: 1 });
    expect(s.text('grep')).toEqual({ out: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", exitCode: 2 });
    expect(s.text('sort -x').out).toBe("sort: invalid option -- 'x'\nTry 'sort --help' for more information.\n");
    expect(s.text('kubectl get nodes | grep -c Ready').out).toBe('3\n');
    // A plain grep prints the matching lines (a dangling else once printed none).
    expect(s.text('echo -e "web-1\\ndb-1\\nweb-2" | grep web')).toEqual({ out: 'web-1\nweb-2\n', exitCode: 0 });
    expect(s.text('echo -e "web-1\\ndb-1" | grep -n db').out).toBe('2:db-1\n');
    // -C/-A/-B as GNU grep prints context (the Services tutorial's `grep nodePort -C 5`): groups apart
    // are joined by `--`, context lines numbered with `-`.
    expect(s.text('echo -e "1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9" | grep -C 1 "^[28]$"').out).toBe('1\n2\n3\n--\n7\n8\n9\n');
    expect(s.text('echo -e "1\\n2\\n3\\n4\\n5" | grep -n -A1 -B0 "^[24]$"').out).toBe('2:2\n3-3\n4:4\n5-5\n');
    expect(s.text('echo x | grep -C z x')).toEqual({ out: 'grep: z: invalid context length argument\n', exitCode: 2 });
    expect(s.text('kubectl get nodes --no-headers | wc -l').out).toBe('3\n');
    expect(s.text('kubectl get pods nope 2>&1 | grep -o NotFound').out).toBe('NotFound\n');
    expect(s.text('kubectl get pods nope 2>/dev/null')).toEqual({ out: '', exitCode: 1 });
  });

  it('pipes a dry-run manifest into kubectl apply -f -', () => {
    const s = shell();
    const r = s.text('kubectl create configmap game --from-literal=lives=3 --dry-run=client -o yaml | kubectl apply -f -');
    expect(r).toEqual({ out: 'configmap/game created\n', exitCode: 0 });
    expect(s.calls.map((c) => c.stdin === undefined)).toEqual([true, false]);
    expect(s.text('kubectl get configmap game -o jsonpath={.data.lives}').out).toBe('3');
  });

  it('runs a line without the word kubectl, as the console prompt offers', () => {
    const s = shell();
    expect(s.text('get nodes -o name | head -1').out).toBe('node/node-1\n');
    expect(s.calls[0].line).toBe('get nodes -o name');
  });

  it('substitutes commands and re-quotes the words kubectl receives', () => {
    const s = shell();
    s.run('kubectl create deployment kubernetes-bootcamp --image=nginx');
    s.cluster.advance(5_000);
    s.run(`export POD_NAME="$(kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}')"`);
    const name = s.state.vars.POD_NAME;
    expect(name).toMatch(/^kubernetes-bootcamp-/);
    expect(s.text('echo Name of the Pod: $POD_NAME').out).toBe(`Name of the Pod: ${name}\n`);
    expect(s.text('kubectl get pod $POD_NAME -o name').out).toBe(`pod/${name}\n`);
    expect(s.calls.at(-1)).toEqual({ line: `get pod ${name} -o name`, stdin: undefined, alone: true });
    // Only a command that is the whole line may follow the cluster.
    s.run('kubectl get pods | wc -l');
    expect(s.calls.at(-1)?.alone).toBe(false);
    expect(quoteArg(`{{range .items}}{{"\\n"}}{{end}}`)).toBe(`'{{range .items}}{{"\\n"}}{{end}}'`);
    expect(quoteArg("it's")).toBe(`'it'\\''s'`);
  });
});

describe('-f - on get, describe and delete, fed by a pipe', () => {
  it('reads the objects a manifest names', () => {
    const s = shell();
    s.run('kubectl create deployment web --image=nginx');
    const make = 'kubectl create deployment web --image=nginx --dry-run=client -o yaml';
    expect(s.text(`${make} | kubectl get -f - -o name`).out).toBe('deployment.apps/web\n');
    expect(s.text(`${make} | kubectl get -f -`).out).toMatch(/^NAME +READY +UP-TO-DATE +AVAILABLE +AGE\nweb +0\/1 +0 +0 +0s\n$/);
    expect(s.text(`${make} | kubectl describe -f -`).out).toMatch(/^Name: +web\nNamespace: +default\n/);
    expect(s.text('kubectl create configmap nope --dry-run=client -o yaml | kubectl get -f -')).toEqual({
      out: 'Error from server (NotFound): configmaps "nope" not found\n',
      exitCode: 1,
    });
    expect(s.text('kubectl get -f web.yaml').out).toBe('error: the path "web.yaml" does not exist\n');
    expect(s.text(`${make} | kubectl delete -f -`).out).toBe('deployment.apps "web" deleted\n');
  });
});

describe('the container prompt kubectl exec -it opens', () => {
  it('runs each line in the container as a recorded kubectl exec, until exit', () => {
    const cluster = createCluster({ seed: 1 });
    const state = newConsoleShell();
    const calls: string[] = [];
    const run = (line: string) => {
      const r = runConsoleLine(state, line, {
        // As the page does: a command alone on the line runs as at a terminal.
        kubectl: (l, stdin, alone) => {
          calls.push(l);
          return alone ? cluster.kubectlFollow(l) : cluster.kubectl(l, stdin);
        },
      });
      return { out: r.output.map((c) => `${c.stream === 'stderr' ? '!' : ''}${c.text}`).join(''), exitCode: r.exitCode };
    };
    run('kubectl create secret generic test-secret --from-literal=username=my-app');
    run('run shell --image=busybox -- sleep 3600');
    cluster.advance(30_000);
    expect(run('kubectl exec -it shell -- sh')).toEqual({ out: '', exitCode: 0 });
    expect(consolePrompt(state)).toBe('/ # ');
    expect(shownLine(' ls /etc/resolv.conf', state)).toBe('ls /etc/resolv.conf');
    expect(run('hostname; echo $HOSTNAME')).toEqual({ out: 'shell\nshell\n', exitCode: 0 });
    expect(calls.at(-1)).toBe("exec -it -n default shell -c shell -- sh -c 'hostname; echo $HOSTNAME'");
    // A failing command inside sets $? and prints its own error only (on the terminal, with stdout).
    expect(run('cat /nope')).toEqual({ out: "cat: can't open '/nope': No such file or directory\n", exitCode: 1 });
    // cd moves the prompt's directory; the next lines start there.
    expect(run('cd /nope')).toEqual({ out: "sh: cd: can't cd to /nope: No such file or directory\n", exitCode: 1 });
    expect(run('cd /var/run/secrets/kubernetes.io/serviceaccount')).toEqual({ out: '', exitCode: 0 });
    expect(consolePrompt(state)).toBe('/var/run/secrets/kubernetes.io/serviceaccount # ');
    expect(run('cat namespace; echo; ls')).toEqual({ out: 'default\nnamespace\n', exitCode: 0 });
    expect(run('cd ..')).toEqual({ out: '', exitCode: 0 });
    expect(consolePrompt(state)).toBe('/var/run/secrets/kubernetes.io # ');
    expect(run('exit')).toEqual({ out: '', exitCode: 0 });
    // kubectl's own example, `-i -t -- bash -il`, opens the prompt too (here: ash, as -l/-i ask).
    expect(run('kubectl exec shell -i -t -- sh -il')).toEqual({ out: '', exitCode: 0 });
    expect(consolePrompt(state)).toBe('/ # ');
    expect(run('exit')).toEqual({ out: '', exitCode: 0 });
    expect(consolePrompt(state)).toBeUndefined();
    // (A kubectl result keeps no interleaving: the console prints its stderr first.)
    expect(run('exec -it shell -- bash')).toEqual({
      out: '!command terminated with exit code 126\nOCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\n',
      exitCode: 126,
    });
    expect(consolePrompt(state)).toBeUndefined();
    // In a pipe there is no terminal: kubectl says so and the shell reads an empty stdin.
    expect(run('kubectl exec -it shell -- sh | cat')).toEqual({ out: '!Unable to use a TTY - input is not a terminal or the right kind of file\n', exitCode: 0 });
    expect(consolePrompt(state)).toBeUndefined();
  });
});
