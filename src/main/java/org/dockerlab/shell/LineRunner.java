package org.dockerlab.shell;

import java.io.IOError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dockerlab.docker.ApiCall;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.commands.DockerCli;
import org.dockerlab.docker.commands.DockerContext;
import org.dockerlab.docker.commands.DockerIo;
import org.dockerlab.docker.commands.DockerOutcome;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.errors.Printable;
import org.dockerlab.evidence.JournalEntry;
import org.dockerlab.io.CancelToken;
import org.dockerlab.io.Prompter;
import org.dockerlab.io.RawTerminal;

/**
 * Runs one line of the lab shell: parses it into a plan, then runs docker natively, builtins itself and
 * everything else in the system shell, wiring files, gzip and pipes as the line says.
 */
public final class LineRunner {
  private final ShellSession session;
  private final Prompter prompter;
  private final Guide guide;
  private ShellCommands commands;
  private ShellParser parser;
  private final JournalLines journal = new JournalLines();
  private List<String> lastRequests = List.of();
  /** The exit status of the last pipeline that ran, for {@code $?} as a shell keeps it. */
  private int lastStatus;
  private volatile CancelToken current;
  private boolean promptNoteShown;
  private boolean sudoNoteShown;

  /**
   * @param prompter asks for a username or password at the terminal; null in scripted use
   * @param guide the lessons or an exam, or null for a shell without them
   */
  public LineRunner(ShellSession session, Prompter prompter, Guide guide) {
    this.session = session;
    this.prompter = prompter;
    this.guide = guide;
    if (guide != null) {
      guide.bind(line -> run(line).exitCode());
    }
  }

  /** The shell's own commands and the guide's, as one model (made on first use, then kept). */
  public synchronized ShellCommands commands() {
    if (commands == null) {
      commands = new ShellCommands(session, guide);
    }
    return commands;
  }

  private synchronized ShellParser parser() {
    if (parser == null) {
      parser = new ShellParser(commands().names(), commands().textNames());
    }
    return parser;
  }

  public ShellSession session() {
    return session;
  }

  /** After {@code exit}, or when the guide stops the shell (an exam whose time is over). */
  public boolean exitRequested() {
    return (commands != null && commands.exitRequested()) || (guide != null && guide.stopReason().isPresent());
  }

  /** Ctrl-C: stops the command that is running, if any. */
  public void cancel() {
    CancelToken token = current;
    if (token != null) {
      token.cancel();
    }
  }

  /** Runs a line; returns its exit status (that of the last pipeline that ran). */
  public LineResult run(String line) {
    Optional<String> stop = guide == null ? Optional.empty() : guide.stopReason();
    if (stop.isPresent()) {
      session.err().println("dockerlab: " + stop.get() + "; this line was not run");
      session.err().flush();
      return new LineResult(ExitCode.FAILED);
    }
    Plan plan = parser().parse(line, environment(), session.shellHome());
    try {
      if (plan instanceof Plan.Empty) {
        return new LineResult(ExitCode.OK);
      }
      if (plan instanceof Plan.Invalid invalid) {
        session.err().println("dockerlab: " + Printable.line(invalid.message()));
        lastStatus = ExitCode.BAD_INPUT;
        return new LineResult(ExitCode.BAD_INPUT);
      }
      Plan.Sequence sequence = (Plan.Sequence) plan;
      if (sequence.promptStripped() && !promptNoteShown) {
        promptNoteShown = true;
        note("the leading '$ ' was dropped: type commands without the prompt sign");
      }
      int status = 0;
      boolean guideWord = false;
      List<Step> steps = sequence.steps();
      List<Integer> statuses = new ArrayList<>();
      List<List<String>> requests = new ArrayList<>();
      for (int i = 0; i < steps.size(); i++) {
        Pipeline p = steps.get(i).pipeline();
        guideWord |= p instanceof Pipeline.Builtin b && commands().isGuides(b.name());
        lastRequests = List.of();
        if (sequence.runs(i, status)) {
          status = runPipeline(p);
          lastStatus = status;
          statuses.add(status);
        } else {
          statuses.add(null);
        }
        requests.add(lastRequests);
      }
      if (guide != null && !guideWord) {
        String masked = SecretMasker.mask(line);
        boolean wholeLineToSh = steps.size() == 1 && steps.get(0).pipeline() instanceof Pipeline.System;
        List<JournalEntry> entries =
            journal.entries(masked, environment(), session.shellHome(), statuses, requests, wholeLineToSh, place(), Instant.now());
        guide.afterLine(new RanLine(masked, status, entries), session.out());
      }
      return new LineResult(status);
    } finally {
      session.out().flush();
      session.err().flush();
    }
  }

  private int runPipeline(Pipeline pipeline) {
    try {
      if (pipeline instanceof Pipeline.Builtin b) {
        return builtin(b);
      }
      if (pipeline instanceof Pipeline.Docker d) {
        return docker(d);
      }
      return system(((Pipeline.System) pipeline).text());
    } catch (LabException e) {
      session.err().println("dockerlab: " + Printable.line(e.getMessage()));
      ErrorCoach.explain(e.getMessage()).ifPresent(this::hint);
      if (session.debug()) {
        e.printStackTrace(session.err());
      }
      return e.exitCode();
    } catch (IOError e) {
      // the terminal failed under the command (JLine wraps its I/O errors so): say so, and keep the shell
      session.err().println("dockerlab: the terminal failed: " + Printable.line(String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
      if (session.debug()) {
        e.printStackTrace(session.err());
      }
      return ExitCode.ENVIRONMENT;
    }
  }

  private int builtin(Pipeline.Builtin b) {
    Redirects r = b.redirects();
    if (r.stdout().isEmpty()) {
      return commands().run(b.name(), b.args(), session.out());
    }
    try (StreamFiles.Target target = new StreamFiles.Target(r.stdout().get(), resolve(r.stdout().get()), r.append(), false, -1)) {
      PrintWriter out = new PrintWriter(new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8));
      int status = commands().run(b.name(), b.args(), out);
      out.flush();
      target.finish(status == 0);
      return status;
    }
  }

  private static final Pattern DOT_DOCKER = Pattern.compile("(?<![\\w.-])\\.docker(?![\\w.-])");

  /** The line names a .docker directory (~/.docker, .docker/config.json), not a media type's vnd.docker. */
  static boolean mentionsDockerConfig(String text) {
    return DOT_DOCKER.matcher(text).find();
  }

  private int system(String text) {
    // ~/.docker or .docker/config.json, not the .docker inside application/vnd.docker.distribution...
    if (mentionsDockerConfig(text) && session.firstConfigNote()) {
      note("in the lab shell, ~/.docker is the lab's docker config (" + session.dockerConfig()
          + "): your own ~/.docker/config.json is never read or changed");
    }
    CancelToken token = begin();
    try {
      return SystemCommands.run(session, text, lastStatus);
    } catch (InterruptedException e) {
      session.err().println("^C cancelled");
      return ExitCode.CANCELLED;
    } catch (IOException e) {
      throw new LabException(ExitCode.ENVIRONMENT, "cannot run the system shell: " + e.getMessage(), e);
    } finally {
      end(token);
    }
  }

  private int docker(Pipeline.Docker d) {
    if (d.sudo() && !sudoNoteShown) {
      sudoNoteShown = true;
      note("no sudo is needed in the lab shell: docker commands run as you");
    }
    DockerGateway engine = session.engine();
    CancelToken token = begin();
    DockerWiring wiring = new DockerWiring(session, token);
    try {
      InputStream stdin = wiring.stdin(d.stdin(), this::resolve);
      OutputStream stdout = wiring.stdout(d.stdout(), this::resolve);
      PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
      PrintWriter err = d.stderrToStdout() ? out : session.err();
      boolean stdoutTerminal = session.interactive() && d.stdout() instanceof Sink.Terminal;
      // progress redrawn on the terminal would land amid what a downstream process prints there (`| head -c 10`)
      boolean progressShown = session.interactive() && !(d.stdout() instanceof Sink.Process);
      DockerIo io = new DockerIo(stdin, stdout, out, err, stdoutTerminal, progressShown, session.cwd(), token);
      engine.trace().drain();
      lastRequests = List.of();
      // the terminal is lent to -it sessions only when the line's input is the terminal itself
      RawTerminal terminal = prompter != null && d.stdin() instanceof Source.None ? prompter.terminal().orElse(null) : null;
      DockerContext context = new DockerContext(engine, session.dockerConfig(), prompter, terminal);
      DockerOutcome outcome = new DockerCli(context, session.debug()).run(d.args(), io);
      out.flush();
      boolean ok = outcome.succeeded() && !token.cancelled();
      ok = wiring.finish(ok);
      if (token.cancelled() && outcome.succeeded()) {
        session.err().println("cancelled");
      }
      ErrorCoach.explain(outcome.error(), context::loggedInUser).ifPresent(this::hint);
      List<ApiCall> calls = engine.trace().drain();
      lastRequests = calls.stream().map(c -> c.method() + " " + c.path() + " " + c.status()).toList();
      if (session.trace()) {
        printTrace(calls);
      }
      if (token.cancelled()) {
        return ExitCode.CANCELLED;
      }
      return outcome.succeeded() && !ok ? ExitCode.FAILED : outcome.exitCode();
    } finally {
      wiring.close();
      end(token);
    }
  }

  private void printTrace(List<ApiCall> calls) {
    PrintWriter err = session.err();
    err.println("Engine API calls (" + calls.size() + "):");
    for (ApiCall call : calls) {
      err.println("  " + call);
    }
  }

  private CancelToken begin() {
    CancelToken token = new CancelToken();
    token.bind(Thread.currentThread());
    current = token;
    return token;
  }

  private void end(CancelToken token) {
    current = null;
    Thread.interrupted(); // a Ctrl-C that arrived as the command ended must not hit the next one
  }

  /** The working directory as the journal keeps it: relative to the workspace, or absolute outside it. */
  private String place() {
    Path cwd = session.cwd();
    return cwd.startsWith(session.workspace()) ? session.workspace().relativize(cwd).toString() : cwd.toString();
  }

  private Path resolve(Path path) {
    return session.cwd().resolve(path).normalize();
  }

  private Map<String, String> environment() {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("HOME", session.shellHome().toString());
    env.put("DOCKER_CONFIG", session.dockerConfig().toString());
    env.put("PWD", session.cwd().toString());
    env.put("?", Integer.toString(lastStatus));
    return env;
  }

  private void note(String text) {
    session.err().println("note: " + text);
  }

  private void hint(String text) {
    session.err().println("hint: " + text);
  }

  /** How a line ended. */
  public record LineResult(int exitCode) {}
}
