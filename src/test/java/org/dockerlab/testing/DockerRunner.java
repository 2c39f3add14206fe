package org.dockerlab.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.commands.DockerCli;
import org.dockerlab.docker.commands.DockerContext;
import org.dockerlab.docker.commands.DockerIo;
import org.dockerlab.docker.commands.DockerOutcome;
import org.dockerlab.io.CancelToken;
import org.dockerlab.io.Prompter;

/**
 * Runs docker subcommands natively, as the shell does, against the real engine (or a {@link FakeGateway}),
 * capturing the output. Close it to release the engine connection.
 */
public final class DockerRunner implements AutoCloseable {
  private final DockerGateway engine;
  private final Path dockerConfig;
  private final Path workdir;
  private final Prompter prompter;

  public DockerRunner(Path workdir, Path dockerConfig) {
    this(workdir, dockerConfig, null);
  }

  /** A runner whose commands can ask questions, as in the shell on a terminal; {@code null}: no terminal. */
  public DockerRunner(Path workdir, Path dockerConfig, Prompter prompter) {
    this(TestEngine.connect(dockerConfig), workdir, dockerConfig, prompter);
  }

  /** A runner on the given engine: a fake one in unit tests. */
  public DockerRunner(DockerGateway engine, Path workdir, Path dockerConfig, Prompter prompter) {
    this.engine = engine;
    this.dockerConfig = dockerConfig;
    this.workdir = workdir;
    this.prompter = prompter;
  }

  public DockerGateway engine() {
    return engine;
  }

  /** Runs {@code docker ARGS} with empty stdin and stdout captured. */
  public Result run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), args);
  }

  /** Runs {@code docker ARGS} with the given text as stdin, as {@code echo ... | docker ...} would. */
  public Result runWithStdin(String stdin, String... args) {
    return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), args);
  }

  /** Runs with the given stdin and stdout (a file stream for {@code >}, say). */
  public Result run(InputStream stdin, OutputStream stdout, String... args) {
    StringWriter err = new StringWriter();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    DockerIo io = new DockerIo(stdin, stdout, out, new PrintWriter(err, true), false, false, workdir, CancelToken.none());
    DockerOutcome outcome = new DockerCli(new DockerContext(engine, dockerConfig, prompter), false).run(Arrays.asList(args), io);
    out.flush();
    String text = stdout instanceof ByteArrayOutputStream b ? b.toString(StandardCharsets.UTF_8) : "";
    return new Result(outcome.exitCode(), text, err.toString(), outcome.error());
  }

  @Override
  public void close() {
    engine.close();
  }

  /** What a docker command printed, and how it ended. */
  public record Result(int exitCode, String out, String err, String error) {}
}
