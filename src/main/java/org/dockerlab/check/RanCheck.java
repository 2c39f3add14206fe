package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dockerlab.evidence.Invocation;
import org.dockerlab.evidence.JournalEntry;
import org.dockerlab.files.WorkspacePath;
import org.dockerlab.host.LocalHosts;

/**
 * {@code type: ran}: the learner ran a command in this attempt, and it succeeded. Only for what nothing
 * else can see (a flag, a look at a file, a request with an HTTP client): the shell's journal is matched
 * by structure, not by text, so {@code docker image save --output=x} is {@code docker save -o x}, a
 * command in any stage of a pipeline or {@code &&} chain counts, and {@code echo docker save -o x} or a
 * command that failed never does.
 *
 * <pre>
 * - type: ran
 *   command: docker load          # a program, or docker and its subcommand; or a list of them
 *   file: busybox.tar.gz          # optional: it read or named this file (-i, <, cat f |, gunzip -c f |)
 *   option: --output              # optional: a docker option, by its long name, in any of its forms
 *   url: http://localhost:5000/v2/_catalog   # optional: it asked for this URL (any local host name)
 *   describe: load busybox.tar.gz with docker load
 * </pre>
 */
public record RanCheck(
    @JsonProperty(value = "command", required = true) @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> command,
    @JsonProperty("file") String file,
    @JsonProperty("option") String option,
    @JsonProperty("url") String url,
    @JsonProperty(value = "describe", required = true) String describe) implements Check {
  /** Programs that hand a file to the next stage as it is or unpacked: {@code cat f | docker load}. */
  private static final Set<String> FEEDERS = Set.of("cat", "gunzip", "zcat", "gzip", "pigz", "bzcat", "bzip2", "xzcat", "xz", "zstdcat", "pv");

  public RanCheck {
    if (command == null || command.isEmpty() || command.stream().anyMatch(c -> c == null || !c.matches("[a-z0-9][a-z0-9._-]*( [a-z][a-z-]*)?"))) {
      throw new IllegalArgumentException("command: a program (ls) or docker and its subcommand (docker save), or a list of them");
    }
    command = List.copyOf(command);
    if (file != null) {
      WorkspacePath.require("file", file);
    }
    if (option != null && !option.matches("--[a-z][a-z-]*")) {
      throw new IllegalArgumentException("option: a docker option by its long name, like --output, not '" + option + "'");
    }
    if (option != null && command.stream().noneMatch(c -> c.startsWith("docker "))) {
      throw new IllegalArgumentException("option: only for docker commands (command: docker save)");
    }
    if (url != null) {
      LocalHosts.requireLocalUrl("url", url);
    }
    Tries.requireDescribe(describe, "what the learner should run");
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    List<JournalEntry> journal = ctx.evidence().journal();
    return Tries.newestFirst(journal.size(), i -> judge(journal.get(i)), describe, "no such command since the lesson began");
  }

  /** What a line of the journal says: it ran the command asked for, or another use of the same program. */
  private Tries.Try judge(JournalEntry e) {
    if (matching(e).isPresent()) {
      if (e.succeeded()) {
        return Tries.Try.done("you ran: " + e.line(), Map.of("line", e.line()));
      }
      String how = e.status() == JournalEntry.UNKNOWN ? "its success is not known (run it on a line of its own)" : "it failed (exit status " + e.status() + ")";
      return Tries.Try.failed("you ran " + e.line() + ", but " + how, e.line() + " (exit " + e.status() + ")");
    }
    if (e.stages().stream().anyMatch(s -> command.contains(s.command()))) {
      return Tries.Try.near("you ran " + e.line(), e.line());
    }
    return null;
  }

  /** The stage of this pipeline that does what the check asks, if any. */
  private Optional<Invocation> matching(JournalEntry e) {
    List<Invocation> stages = e.stages();
    for (int i = 0; i < stages.size(); i++) {
      Invocation s = stages.get(i);
      if (command.contains(s.command())
          && (option == null || s.hasOption(option))
          && (file == null || namesFile(e, i))
          && (url == null || s.words().stream().anyMatch(this::sameUrl))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The stage names the file, reads it with {@code <}, or is fed it by {@code cat f |} and the like. */
  private boolean namesFile(JournalEntry e, int index) {
    Invocation stage = e.stages().get(index);
    if (stage.words().stream().anyMatch(w -> sameFile(e, w))) {
      return true;
    }
    if (e.stdin() != null && sameFile(e, e.stdin())) {
      return true;
    }
    for (int i = 0; i < index; i++) {
      Invocation upstream = e.stages().get(i);
      if (FEEDERS.contains(upstream.program()) && upstream.words().stream().anyMatch(w -> sameFile(e, w))) {
        return true;
      }
    }
    return false;
  }

  private boolean sameFile(JournalEntry e, String word) {
    if (word.isEmpty() || word.startsWith("-")) {
      return false;
    }
    try {
      Path typed = Path.of(e.cwd()).resolve(word).normalize();
      return typed.equals(Path.of(file).normalize());
    } catch (RuntimeException invalid) {
      return false;
    }
  }

  /** A word is the check's URL: any local host name, with or without {@code http://}, the query aside. */
  private boolean sameUrl(String word) {
    URI want = URI.create(url);
    URI got;
    try {
      got = URI.create(word.matches("(?i)https?://.*") ? word : "http://" + word);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (got.getHost() == null || !(LocalHosts.isLocalHost(got.getHost()) || "0.0.0.0".equals(got.getHost()))) {
      return false;
    }
    return port(got) == port(want) && path(got).equals(path(want));
  }

  private static int port(URI u) {
    return u.getPort() > 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  private static String path(URI u) {
    String p = u.getPath() == null || u.getPath().isEmpty() ? "/" : u.getPath();
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
