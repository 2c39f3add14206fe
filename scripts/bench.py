#!/usr/bin/env python3
"""The benchmarks behind scripts/bench (run that, not this): every figure is the median of RUNS runs after
a warm-up, comparisons are measured side by side (interleaved) in the same run, and the report goes to
target/bench/report.md and report.json. Exits 0 when it measured everything, targets met or not; 2 when it
could not measure."""
import fcntl
import json
import os
import pty
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import termios
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, 'target', 'dockerlab.jar')
LAUNCHER = os.path.join(ROOT, 'scripts', 'dockerlab')
CLASSPATH = JAR + os.pathsep + os.path.join(ROOT, 'target', 'test-classes')
# The launcher's JVM flags, for the in-process figures run with java directly.
JVM = ['java', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xms16m', '-Xmx256m']
ANSI = re.compile(rb'\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[=>]')
PROMPT = b'dockerlab workspace $'


class CannotMeasure(Exception):
    """Something needed for a figure is missing or broke: the bench exits non-zero."""


def median(xs):
    return statistics.median(xs)


def timed(cmd, **kw):
    t = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
    elapsed = time.perf_counter() - t
    if r.returncode != 0:
        raise CannotMeasure('%s exited %d: %s' % (' '.join(cmd), r.returncode, r.stderr.decode(errors='replace').strip()[-400:]))
    return elapsed


def interleaved(runs, **commands):
    """Runs each command once as a warm-up, then RUNS rounds of all of them, alternating their order."""
    names = list(commands)
    samples = {n: [] for n in names}
    for n in names:
        commands[n]()
    for i in range(runs):
        for n in (names if i % 2 == 0 else reversed(names)):
            samples[n].append(commands[n]())
    return samples


def prompt_time(cmd, env, timeout=60):
    """Seconds from starting the shell in a pty (120x40) until the prompt text appears."""
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execvpe(cmd[0], cmd, env)
        finally:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 120, 0, 0))
    seen = b''
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                raise CannotMeasure('no prompt within %d s; the shell printed: %r' % (timeout, ANSI.sub(b'', seen)[-300:]))
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b''
            if not chunk:
                raise CannotMeasure('the shell exited before its prompt: %r' % ANSI.sub(b'', seen)[-300:])
            seen += chunk
            if PROMPT in ANSI.sub(b'', seen):
                return time.perf_counter() - t0
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)


class ScriptedShell:
    """One lab shell reading lines from a pipe: each line is timed until an echoed marker comes back."""

    def __init__(self, env, workdir):
        self.proc = subprocess.Popen([LAUNCHER, '--workdir', workdir, 'shell'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=env, cwd=workdir)
        self.errors = []
        threading.Thread(target=lambda: self.errors.extend(self.proc.stderr), daemon=True).start()
        self.count = 0
        self.run('echo ready')

    def run(self, line):
        self.count += 1
        marker = b'__dlt_bench_%d__' % self.count
        t = time.perf_counter()
        self.proc.stdin.write(line.encode() + b'\necho ' + marker + b'\n')
        self.proc.stdin.flush()
        out = []
        while True:
            got = self.proc.stdout.readline()
            if not got:
                raise CannotMeasure('the lab shell ended during %r: %s' % (line, b''.join(self.errors[-5:]).decode(errors='replace')))
            if got.strip() == marker:
                break
            out.append(got)
        elapsed = time.perf_counter() - t
        text = b''.join(out + self.errors).decode(errors='replace')
        if 'Error' in text or 'dockerlab:' in text:
            raise CannotMeasure('%r in the lab shell failed: %s' % (line, text.strip()[-400:]))
        return elapsed

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def peak_rss(cmd, env, cwd):
    """Seconds and the peak RSS in MiB (VmHWM of the java process, read until it exits) of a whole run."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    hwm = 0
    status = '/proc/%d/status' % proc.pid
    while proc.poll() is None:
        try:
            with open(status) as f:
                for line in f:
                    if line.startswith('VmHWM:'):
                        hwm = max(hwm, int(line.split()[1]))
        except (FileNotFoundError, ProcessLookupError):
            pass
        time.sleep(0.01)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0 or hwm == 0:
        raise CannotMeasure('%s exited %d: %s' % (' '.join(cmd), proc.returncode, proc.stderr.read().decode(errors='replace')[-400:]))
    return elapsed, hwm / 1024


def background_processes():
    """The pids of processes running this checkout's jar (the launcher must leave none behind)."""
    pids = set()
    for pid in os.listdir('/proc'):
        if pid.isdigit():
            try:
                with open('/proc/%s/cmdline' % pid, 'rb') as f:
                    if JAR.encode() in f.read():
                        pids.add(int(pid))
            except OSError:
                pass
    return pids


def java_bench(*args, jvm=JVM):
    r = subprocess.run(jvm + ['-cp', CLASSPATH, 'org.dockerlab.bench.CheckBench'] + [str(a) for a in args], capture_output=True)
    if r.returncode != 0:
        raise CannotMeasure('CheckBench %s failed: %s' % (args[0], ' | '.join(r.stderr.decode(errors='replace').splitlines()[:3])))
    return json.loads(r.stdout.decode().strip().splitlines()[-1])


class Bench:
    def __init__(self, work, runs, images):
        self.work = work
        self.runs = runs
        self.images = images  # {'300': 'dlt-bench-big:300', '600': ...}
        self.figures = []
        self.cds_tried = False
        self.env = dict(os.environ, DOCKERLAB_HOME=os.path.join(work, 'home'), TERM='xterm-256color')

    def figure(self, key, name, value, unit, target, op, detail, samples=None):
        met = value <= target if op == '<=' else value >= target
        self.figures.append(dict(key=key, figure=name, median=round(value, 4), unit=unit, target=target, op=op, met=met,
                                 detail=detail, samples=[round(s, 4) for s in (samples or [])]))
        print('bench: %-58s %10.3f %-3s target %s %g  %s' % (name, value, unit, op, target, 'ok' if met else 'MISSED'), flush=True)

    def cds_archive(self):
        """Whether the launcher will use its class-data sharing archive (made by `mvn package`, never by the launcher)."""
        jsa = os.path.join(ROOT, 'target', 'dockerlab.jsa')
        return os.path.exists(jsa) and os.path.getmtime(jsa) > os.path.getmtime(JAR)

    def hello(self):
        """A Java hello-world that prints the shell's prompt text, compiled once: the JVM's own floor."""
        classes = os.path.join(self.work, 'hello')
        if not os.path.exists(os.path.join(classes, 'Hello.class')):
            os.makedirs(classes, exist_ok=True)
            with open(os.path.join(classes, 'Hello.java'), 'w') as f:
                f.write('public class Hello { public static void main(String[] a) { System.out.print("%s "); } }\n' % PROMPT.decode())
            r = subprocess.run(['javac', '-d', classes, os.path.join(classes, 'Hello.java')], capture_output=True)
            if r.returncode != 0:
                raise CannotMeasure('javac Hello.java: %s' % r.stderr.decode(errors='replace')[-300:])
        return JVM + ['-Xshare:auto', '-cp', classes, 'Hello']

    def version(self):
        s = interleaved(self.runs, dockerlab=lambda: timed([LAUNCHER, 'version'], env=self.env),
                        java=lambda: timed(JVM + ['-version'], env=self.env))
        self.figure('version', '`dockerlab version`, whole process', median(s['dockerlab']), 's', 0.25, '<=',
                    'scripts/dockerlab version (printed without building the command model, no AppCDS: it is slower here); '
                    'a bare `java -version` takes %.3f s (the JVM floor)' % median(s['java']), s['dockerlab'])

    def prompt(self):
        cds = self.cds_archive()
        no_cds = dict(self.env, DOCKERLAB_CDS='0')
        hello = self.hello()
        before = background_processes()
        s = interleaved(self.runs, shell=lambda: prompt_time([LAUNCHER, 'shell'], self.env),
                        hello=lambda: prompt_time(hello, self.env),
                        plain=lambda: prompt_time([LAUNCHER, 'shell'], no_cds))
        left = background_processes() - before
        self.figure('prompt', 'shell start to first prompt (pty, launcher included)', median(s['shell']), 's', 0.2, '<=',
                    'scripts/dockerlab shell in a 120x40 pty, until `dockerlab workspace $` is printed (%s); without the archive %.3f s; '
                    'processes left behind by the launcher: %s' % ('AppCDS archive in use' if cds else 'NO AppCDS archive: run mvn package',
                                                                   median(s['plain']), len(left) or 'none'), s['shell'])
        self.figure('prompt_ratio', 'first prompt / Java hello-world, same flags', median(s['shell']) / median(s['hello']), 'x', 6, '<=',
                    'a hello-world printing the same text, started with the launcher\'s JVM flags, %.3f s (median, interleaved)'
                    % median(s['hello']), [a / b for a, b in zip(s['shell'], s['hello'])])

    def checks(self):
        r = java_bench('step', os.path.join(self.work, 'step'), 20, max(self.runs, 15))
        self.figure('step_checks', 'all checks of one step, warm', median(r['samples']), 'ms', 1, '<=',
                    'in-process through CheckRunner: %s (%d check(s), result %s), after 20 warm-up runs' % (r['step'], r['checks'], r['statuses']),
                    r['samples'])
        r = java_bench('step', os.path.join(self.work, 'step'), 20, max(self.runs, 15), 10000)
        self.figure('step_checks_history', 'the same, journal of 10,000 commands and 10,000 engine events', median(r['samples']), 'ms', 2, '<=',
                    'as above, the evidence made before each run as Attempt.evidence makes it (filtered since the step began, copied) '
                    'from %d journal entries and %d engine events; result %s' % (r['journal'], r['events'], r['statuses']), r['samples'])

    def grade(self):
        workdir = os.path.join(self.work, 'step')  # holds busybox.tar from the step figure
        # as the launcher runs it: with its AppCDS archive (the class path starts with the same jar)
        cds = self.cds_archive()
        jsa = os.path.join(ROOT, 'target', 'dockerlab.jsa')
        with_cds = JVM + (['-Xlog:cds=off', '-Xlog:cds+dynamic=off', '-XX:SharedArchiveFile=' + jsa] if cds else [])
        results = {'cds': [], 'plain': []}
        s = interleaved(self.runs, cds=lambda: results['cds'].append(java_bench('grade', workdir, 3, jvm=with_cds)) or results['cds'][-1]['cold'],
                        plain=lambda: results['plain'].append(java_bench('grade', workdir, 3)) or results['plain'][-1]['cold'])
        last = results['cds'][-1]
        warm = [w for r in results['cds'][1:] for w in r['warm']]
        phases = {k: median([r['phases'][k] for r in results['cds'][1:]]) for k in last['phases']}
        slow = ', '.join('%s %.0f' % kv for kv in sorted(phases.items(), key=lambda kv: -kv[1])[:3])
        self.figure('grade', '`dockerlab grade` over every lesson, beyond start-up', median(s['cds']), 'ms', 1000, '<=',
                    'in-process: load the %d bundled lessons, connect, run all %d checks of %d steps '
                    'live through CheckRunner, timed from main() in a fresh JVM each run, %s; without the archive %.0f ms; '
                    'the largest parts (ms): %s; warm passes in one JVM take %.0f ms'
                    % (last['lessons'], last['checks'], last['steps'], 'with the AppCDS archive' if cds else 'no AppCDS archive',
                       median(s['plain']), slow, median(warm)), s['cds'])

    def grade_command(self):
        """The real command, as a teacher runs it: whole process, minus a `version` process for the start-up."""
        home = os.path.join(self.work, 'grade-home')
        os.makedirs(home, exist_ok=True)
        env = dict(self.env, DOCKERLAB_HOME=home)

        def run(cmd):
            t = time.perf_counter()
            r = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
            elapsed = time.perf_counter() - t
            if r.returncode not in (0, 1):  # 1: some checks fail, as nothing was done in this fresh state
                raise CannotMeasure('%s exited %d: %s' % (' '.join(cmd), r.returncode, r.stderr.decode(errors='replace').strip()[-400:]))
            return elapsed

        s = interleaved(self.runs, grade=lambda: run([LAUNCHER, 'grade', '--live']), version=lambda: run([LAUNCHER, 'version']))
        beyond = [(g - v) * 1000 for g, v in zip(s['grade'], s['version'])]
        self.figure('grade_command', '`dockerlab grade --live`, every lesson, beyond start-up', median(beyond), 'ms', 400, '<=',
                    'scripts/dockerlab grade --live in a fresh state (every check runs, most fail fast): whole process %.3f s minus '
                    '`dockerlab version` %.3f s (medians, interleaved)' % (median(s['grade']), median(s['version'])), beyond)

    def class_report(self):
        """`dockerlab class report` as a teacher runs it, whole process, over 100, 300 and 900 learners' reports."""
        home = os.path.join(self.work, 'class-home')
        os.makedirs(home, exist_ok=True)
        env = dict(self.env, DOCKERLAB_HOME=home)
        r = subprocess.run([LAUNCHER, 'grade', '--format', 'json', '--learner', 'template'], env=env, capture_output=True, stdin=subprocess.DEVNULL)
        if r.returncode not in (0, 1) or not r.stdout.strip():
            raise CannotMeasure('dockerlab grade --format json exited %d: %s' % (r.returncode, r.stderr.decode(errors='replace')[-400:]))
        template = r.stdout.decode()
        sizes = (100, 300, 900)
        dirs = {n: os.path.join(self.work, 'class-%d' % n) for n in sizes}
        for n in sizes:
            class_reports(template, n, dirs[n])
        megabytes = sum(os.path.getsize(os.path.join(dirs[300], f)) for f in os.listdir(dirs[300])) / 1e6

        def report(n, fmt):
            return lambda: timed([LAUNCHER, 'class', 'report', dirs[n], '--format', fmt, '--output', os.path.join(self.work, 'class-%d.%s' % (n, fmt))], env=env)

        s = interleaved(self.runs, **{'html%d' % n: report(n, 'html') for n in sizes}, csv300=report(300, 'csv'))
        t = {n: median(s['html%d' % n]) for n in sizes}
        self.figure('class_report', '`dockerlab class report`, 300 learners, whole process', t[300], 's', 1.5, '<=',
                    'scripts/dockerlab class report DIR --format html --output FILE over 300 reports of every lesson (%.1f MB of JSON, '
                    'made from a real `grade --format json`); 100 learners %.3f s, 900 learners %.3f s; --format csv at 300 %.3f s'
                    % (megabytes, t[100], t[900], median(s['csv300'])), s['html300'])
        growth = (t[900] - t[300]) / 600 / ((t[300] - t[100]) / 200) if t[300] > t[100] else float('inf')
        self.figure('class_report_growth', '`class report` time per learner, 300->900 / 100->300', growth, 'x', 1.5, '<=',
                    'linear growth is 1.0 (above 1: each learner costs more as the class grows): %.2f ms per learner from 100 to 300, '
                    '%.2f ms from 300 to 900' % ((t[300] - t[100]) / 200 * 1000, (t[900] - t[300]) / 600 * 1000))

    def save_load(self):
        image = self.images['300']
        cli_tar = os.path.join(self.work, 'cli.tar')
        shell = ScriptedShell(self.env, self.work)
        try:
            s = interleaved(self.runs, shell=lambda: shell.run('docker save %s -o shell.tar' % image),
                            cli=lambda: timed(['docker', 'save', '-o', cli_tar, image]))
            ratio = median(s['shell']) / median(s['cli'])
            self.figure('save_ratio', '`docker save` 300 MB: shell / docker CLI', ratio, 'x', 1.02, '<=',
                        'in a running lab shell %.2f s, `docker save -o` %.2f s (medians)'
                        % (median(s['shell']), median(s['cli'])), [a / b for a, b in zip(s['shell'], s['cli'])])
            l = interleaved(self.runs, shell=lambda: shell.run('docker load -i cli.tar'),
                            cli=lambda: timed(['docker', 'load', '-i', cli_tar]))
            ratio = median(l['shell']) / median(l['cli'])
            self.figure('load_ratio', '`docker load` 300 MB: shell / docker CLI', ratio, 'x', 1.02, '<=',
                        'the same archive; in a running lab shell %.2f s, `docker load -i` %.2f s (medians)' % (median(l['shell']), median(l['cli'])),
                        [a / b for a, b in zip(l['shell'], l['cli'])])
        finally:
            shell.close()
            os.remove(os.path.join(self.work, 'shell.tar'))

    def memory(self):
        peaks = {}
        for size, image in sorted(self.images.items()):
            tar = 'rss-%s.tar' % size
            save = [self.launch('docker save %s -o %s' % (image, tar)) for _ in range(self.runs + 1)][1:]
            load = [self.launch('docker load -i %s' % tar) for _ in range(self.runs + 1)][1:]
            os.remove(os.path.join(self.work, tar))
            peaks[size] = max(median([m for _, m in save]), median([m for _, m in load]))
            self.figure('rss_%s' % size, 'peak RSS of the shell, save+load of %s MB' % size, peaks[size], 'MiB', 100, '<=',
                        'scripts/dockerlab shell -c LINE (its JVM flags), VmHWM: save %.0f MiB in %.2f s, load %.0f MiB in %.2f s (medians, whole process)'
                        % (median([m for _, m in save]), median([t for t, _ in save]), median([m for _, m in load]), median([t for t, _ in load])),
                        [m for _, m in save] + [m for _, m in load])
        growth = peaks['600'] / peaks['300']
        self.figure('rss_growth', 'peak RSS at 600 MB / at 300 MB', growth, 'x', 1.05, '<=',
                    'memory must not grow with the image: 1.0 = the same peak (5 % allowed for noise)')

    def launch(self, line):
        return peak_rss([LAUNCHER, '--workdir', self.work, 'shell', '-c', line], self.env, self.work)

    def archive_check(self):
        r = java_bench('archive', os.path.join(self.work, 'cli.tar'), self.images['300'], 3, max(self.runs, 9))
        ratio = median(r['check']) / median(r['tar'])
        self.figure('archive_check_ratio', 'docker-archive check / `tar -tf`, 300 MB archive', ratio, 'x', 1.5, '<=',
                    'check in-process through CheckRunner %.1f ms (result %s), tar -tf as a process %.1f ms (medians, interleaved)'
                    % (median(r['check']), r['status'], median(r['tar'])), [a / b for a, b in zip(r['check'], r['tar'])])


def class_reports(template, count, out_dir):
    """COUNT learners' reports made from one real `dockerlab grade --format json` report (every lesson), as a
    class would hand them in: per lesson done, half done (the next step failed, with one of a few messages) or
    untouched, some hints and solutions; deterministic, so every run reads the same class."""
    os.makedirs(out_dir, exist_ok=True)
    failures = ['busybox.tar is missing', 'the archive holds busybox:1.36, not busybox:latest', 'port 5000 is not published (found: 80/tcp)']
    for i in range(count):
        report = json.loads(template)
        report['learner'] = 'Learner %04d, "class %d"' % (i, i % 7)
        for n, lesson in enumerate(report['lessons']):
            state = (i * 7 + n * 3) % 4  # 0, 1: done; 2: half done; 3: untouched
            steps = lesson['steps']
            for k, step in enumerate(steps):
                passed = state < 2 or (state == 2 and k < len(steps) // 2)
                failed = state == 2 and k == len(steps) // 2
                step['hintsUsed'] = (i + k) % 3 if state >= 2 else 0
                step['solutionRevealed'] = failed and i % 5 == 0
                for check in step['checks']:
                    if passed:
                        check.update(outcome='passed', kind='recorded', at='2026-11-%02dT10:%02d:00Z' % (1 + i % 28, k), message='ok')
                    elif failed:
                        check.update(outcome='failed', kind='recorded', at='2026-11-%02dT11:00:00Z' % (1 + i % 28),
                                     message=failures[(i + n) % len(failures)], expected=check['check'], found=failures[(i + n) % len(failures)])
                step['pointsEarned'] = step['points'] if passed else 0
        with open(os.path.join(out_dir, 'learner-%04d.json' % i), 'w') as f:
            json.dump(report, f, indent=2)


def write_report(bench, out_dir, started, errors):
    os.makedirs(out_dir, exist_ok=True)
    meta = dict(date=time.strftime('%Y-%m-%d %H:%M:%S %Z', time.localtime(started)), seconds=round(time.time() - started, 1),
                runs=bench.runs, cpus=os.cpu_count(), load=os.getloadavg()[0], host=os.uname().nodename,
                java=subprocess.run(['java', '-version'], capture_output=True).stderr.decode().splitlines()[0])
    with open(os.path.join(out_dir, 'report.json'), 'w') as f:
        json.dump(dict(meta=meta, figures=bench.figures, errors=errors), f, indent=2)
    lines = ['# dockerlab benchmarks', '',
             '%s, %d CPUs, load %.1f at the end, %s; median of %d runs after a warm-up; took %.0f s.' %
             (meta['date'], meta['cpus'], meta['load'], meta['java'], bench.runs, meta['seconds']), '',
             '| figure | median | target | met | how |', '|---|---|---|---|---|']
    for fig in bench.figures:
        lines.append('| %s | %.3f %s | %s %g %s | %s | %s |' % (fig['figure'], fig['median'], fig['unit'], fig['op'], fig['target'], fig['unit'],
                                                              'yes' if fig['met'] else '**no**', fig['detail']))
    missed = [fig['figure'] for fig in bench.figures if not fig['met']]
    lines += ['', 'Targets missed: ' + (', '.join(missed) if missed else 'none') + '.']
    if missed:
        lines += ['', 'What limits them, with the profiles (class-loading timelines, JFR samples, strace counts): '
                      'README.md, section Benchmarks.']
    if errors:
        lines += ['', 'Could not measure:'] + ['- ' + e for e in errors]
    with open(os.path.join(out_dir, 'report.md'), 'w') as f:
        f.write('\n'.join(lines) + '\n')


def main():
    work, out_dir, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    images = {'300': sys.argv[4], '600': sys.argv[5]}
    only = sys.argv[6].split(',') if len(sys.argv) > 6 and sys.argv[6] else None
    started = time.time()
    bench = Bench(work, runs, images)
    errors = []
    steps = ['version', 'prompt', 'checks', 'grade', 'grade_command', 'class_report', 'save_load', 'archive_check', 'memory']
    for step in steps:
        if only and step not in only:
            continue
        try:
            getattr(bench, step)()
        except CannotMeasure as e:
            errors.append('%s: %s' % (step, e))
            print('bench: could not measure %s: %s' % (step, e), file=sys.stderr, flush=True)
    write_report(bench, out_dir, started, errors)
    print('bench: report in %s/report.md and report.json' % os.path.relpath(out_dir, ROOT))
    return 2 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
