package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineLocator;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.io.CancelToken;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Random and malformed argument lists for every docker subcommand, run against an engine address where
 * nothing listens: each ends in a normal result or one readable error line, never an escaped exception.
 */
class DockerCliFuzzTest {
  private static final long SEED = 20261129L;
  private static final int RUNS = 10_000;
  private static final List<String> VALUES = List.of(
      "busybox", "busybox:latest", "localhost:5000/myapp", "x.tar", "x.tar.gz", "sub/x.tar", "-", "--", "=", "",
      " ", "5000:5000", "0:0", "99999:5000", "a:b:c", "::", "/tmp:/x", "KEY=VALUE", "=x", "sha256:", "@", ":latest",
      "UPPER:Case", "localhost:5000", "https://index.docker.io/v1/", "docker.io", "{{.ID}}", "{{", "json", "table",
      "\u0000", "\u0001", "\u001b[2J", "\u001b]0;pwned\u0007", "\t", "\r", "\n", "\u007f", "\uD800", "\uFFFD", "é", "日本",
      "🐳", "\u202E", "%s%n", "${HOME}", "$(id)", "'", "\"", "\\", "|", ">", "<", "&&", ";", "*", "-1", "1e309",
      "9223372036854775808", "always", "no", "unless-stopped", "on-failure:x");

  @TempDir Path workdir;

  @Test
  void randomArguments_endInAResultOrOneReadableLine() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing answers there
    }
    EngineLocator nowhere = new EngineLocator(Map.of("DOCKER_HOST", "tcp://127.0.0.1:" + port), workdir, p -> false);
    Random random = new Random(SEED);
    List<String> words = vocabulary();
    int[] runs = {0};
    int[] failures = {0};
    try (DockerGateway engine = DockerGateway.connect(nowhere, workdir.resolve("docker-config"))) {
      DockerCli cli = new DockerCli(new DockerContext(engine, workdir.resolve("docker-config"), null), false);
      Assertions.assertTimeoutPreemptively(Duration.ofSeconds(600), () -> {
        for (int i = 0; i < RUNS; i++) {
          List<String> args = randomArgs(random, words);
          DockerOutcome outcome = runOnce(cli, args, random);
          runs[0]++;
          failures[0] += outcome.succeeded() ? 0 : 1;
        }
      });
    }
    assertThat(runs[0]).isEqualTo(RUNS);
    // Nothing answers, so nearly every run must be a rejection; the few successes are help texts.
    assertThat(failures[0]).isGreaterThan(RUNS * 9 / 10);
    try (var left = Files.list(workdir)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("files a failed command left behind")
          .allMatch(n -> n.equals("docker-config"));
    }
  }

  private DockerOutcome runOnce(DockerCli cli, List<String> args, Random random) {
    StringWriter err = new StringWriter();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(stdout, true, StandardCharsets.UTF_8);
    byte[] stdin = new byte[random.nextInt(64)];
    random.nextBytes(stdin);
    DockerIo io = new DockerIo(new ByteArrayInputStream(stdin), stdout, out, new PrintWriter(err, true), false, false,
        workdir, CancelToken.none());
    DockerOutcome outcome;
    try {
      outcome = cli.run(args, io);
    } catch (RuntimeException e) {
      throw new AssertionError("an exception escaped for docker " + shown(args), e);
    }
    String printed = stdout.toString(StandardCharsets.UTF_8) + err;
    assertThat(printed).as("docker " + shown(args)).doesNotContain("\tat ").doesNotContain("internal error");
    assertThat(outcome.exitCode()).as("docker " + shown(args)).isNotEqualTo(ExitCode.INTERNAL);
    if (!outcome.succeeded() && outcome.exitCode() != ExitCode.BAD_INPUT) {
      assertThat(outcome.error()).as("docker " + shown(args)).isNotBlank();
    }
    if (outcome.error() != null) {
      assertThat(outcome.error()).as("docker " + shown(args)).doesNotContain("\n", "\r")
          .matches(s -> s.chars().noneMatch(c -> c < 0x20 || c == 0x7f), "has no control characters");
      assertThat(err.toString()).as("docker " + shown(args))
          .matches(s -> s.chars().noneMatch(c -> (c < 0x20 && c != '\n' && c != '\r') || c == 0x7f), "has no control characters");
    }
    return outcome;
  }

  private static List<String> randomArgs(Random random, List<String> words) {
    List<String> args = new ArrayList<>();
    if (random.nextInt(10) > 0) {
      List<String> subcommands = List.copyOf(DockerCli.model().getSubcommands().keySet());
      args.add(random.nextInt(20) == 0 ? "image" : subcommands.get(random.nextInt(subcommands.size())));
    }
    int n = random.nextInt(8);
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(10);
      if (kind < 4) {
        args.add(words.get(random.nextInt(words.size())));
      } else if (kind < 7) {
        args.add(VALUES.get(random.nextInt(VALUES.size())));
      } else if (kind < 9) {
        args.add(randomText(random, 1 + random.nextInt(12)));
      } else {
        args.add(random.nextInt(5) == 0 ? "a".repeat(100_000) : randomText(random, 300));
      }
    }
    return args;
  }

  /** Every option name of every docker subcommand, plus unknown ones. */
  private static List<String> vocabulary() {
    Set<String> words = new TreeSet<>(List.of("--nope", "-Z", "--output=", "-qa", "-it", "--help", "---", "-"));
    CommandLine model = DockerCli.model();
    for (CommandLine sub : model.getSubcommands().values()) {
      sub.getCommandSpec().options().forEach(o -> words.addAll(List.of(o.names())));
    }
    return List.copyOf(words);
  }

  private static String randomText(Random random, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : (char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  private static String shown(List<String> args) {
    String s = org.dockerlab.errors.Printable.line(String.join(" ", args));
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
