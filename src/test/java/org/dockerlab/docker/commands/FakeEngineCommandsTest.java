package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.ContainerSpec;
import org.dockerlab.docker.ContainerSummary.PublishedPort;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.docker.LabLabels;
import org.dockerlab.docker.RegistryEvent;
import org.dockerlab.docker.config.DockerConfigFile;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.testing.DockerRunner.Result;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.FakeGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docker subcommands against an engine in memory: what they print and what they ask the engine for. */
class FakeEngineCommandsTest {
  private static final String BUSYBOX = "sha256:3002921e3d54fb735ea7b0e089dcce2d8c534f3bf808bda72da3a0ad545f814c";
  private static final String REGISTRY = "sha256:7311c62a816f31e7d2d2a0ba9e8b1c9f1e4b9a0c7e41a8b1e0a7f2d61c6d2b11";

  @TempDir Path dir;
  private final FakeGateway engine = new FakeGateway().withImage(BUSYBOX, "busybox:latest").withImage(REGISTRY, "registry:2");

  private Result docker(String... args) {
    return new DockerRunner(engine, dir, dir.resolve("config"), null).run(args);
  }

  @Test
  void everyCommand_atAnyDepth_answersDashDashHelp_withItsUsage_andNothingElse() {
    List<List<String>> paths = new java.util.ArrayList<>();
    collect(DockerCli.model(), List.of(), paths);
    assertThat(paths).extracting(p -> String.join(" ", p)).contains("volume prune", "volume ls", "system df", "image-prune", "run");
    for (List<String> path : paths) {
      List<String> args = new java.util.ArrayList<>(path);
      args.add("--help");
      Result r = docker(args.toArray(String[]::new));
      assertThat(r.exitCode()).as(args.toString()).isZero();
      assertThat(r.err()).as(args.toString()).isEmpty();
      assertThat(r.out()).as(args.toString()).startsWith("Usage: docker ").contains("--help");
    }
    assertThat(engine.created()).isEmpty();
  }

  private static void collect(picocli.CommandLine command, List<String> path, List<List<String>> paths) {
    command.getSubcommands().forEach((name, sub) -> {
      if (sub.getCommandName().equals(name)) {
        List<String> here = new java.util.ArrayList<>(path);
        here.add(name);
        paths.add(here);
        collect(sub, here, paths);
      }
    });
  }

  @Test
  void flagsAsTheCliReadsThem_dashAllIsDashADashLDashL_andAFlagTwiceTakesTheLast() {
    Result r = docker("ps", "-all");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("CONTAINER ID");
    assertThat(docker("images", "--format", "x", "--format", "{{.Repository}}", "busybox").out()).isEqualTo("busybox\n");
  }

  @Test
  void aFileGivenToLoad_isTheClisOneLine_thenTheUsage_andNothingIsLoaded() {
    Result r = docker("load", "busybox.tar");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).startsWith("docker: 'docker load' accepts no arguments\nUsage: docker load");
    assertThat(docker("volume", "ls", "extra").err()).startsWith("docker: 'docker volume ls' accepts no arguments\n");
    assertThat(docker("load", "--nope").err()).as("an unknown flag keeps picocli's words").startsWith("docker: Unknown option: '--nope'");
  }

  @Test
  void missingWords_areSaidInTheClisWords_thenTheUsage() {
    assertThat(docker("save").err()).startsWith("docker: 'docker save' requires at least 1 argument\nUsage: docker save");
    assertThat(docker("tag", "busybox").err()).startsWith("docker: 'docker tag' requires 2 arguments\n");
    assertThat(docker("exec", "registry").err()).startsWith("docker: 'docker exec' requires at least 2 arguments\n");
    assertThat(docker("push").err()).startsWith("docker: 'docker push' requires 1 argument\n");
    assertThat(docker("volume", "inspect").err()).startsWith("docker: 'docker volume inspect' requires at least 1 argument\n");
    assertThat(docker("run", "--name").err()).as("an option's missing value keeps picocli's words").startsWith("docker: Missing required parameter for option '--name'");
    assertThat(docker("save").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void imageAndContainer_runOnlyTheirOwnCommands_asTheCliDoes() {
    Result r = docker("image", "ps");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).startsWith("docker: unknown command: docker image ps\nUsage: docker image COMMAND, one of: build, history, import, inspect, list, load, ls,");
    assertThat(docker("container", "tag", "busybox", "x").err()).startsWith("docker: unknown command: docker container tag\n");
    assertThat(engine.inspectImage("x")).isEmpty();
    assertThat(docker("container", "ps", "-a").out()).startsWith("CONTAINER ID");
    assertThat(docker("image", "ls", "busybox").out()).contains("busybox");
    assertThat(docker("container", "commit").err()).startsWith("docker commit is not part of the lab shell");
    assertThat(DockerCli.managed("container")).contains("ls", "ps", "rm", "prune", "run").doesNotContain("commit", "cp", "top");
    Result group = docker("image");
    assertThat(group.exitCode()).isZero();
    assertThat(group.out()).startsWith("Usage: docker image COMMAND\n\nManage images. The commands the lab shell runs: build, history,");
    assertThat(docker("container", "--help").out()).startsWith("Usage: docker container COMMAND\n");
  }

  @Test
  void aGroupsUnknownCommand_isTheClisOneLine_andSystemInfoIsInfo() {
    assertThat(docker("volume", "foo").err()).startsWith("docker: unknown command: docker volume foo\nUsage: docker volume");
    assertThat(docker("system", "nope").err()).startsWith("docker: unknown command: docker system nope\n");
    assertThat(docker("system", "info", "--format", "{{.ServerVersion}}").out()).isEqualTo(docker("info", "--format", "{{.ServerVersion}}").out());
    assertThat(docker("system", "events").err()).startsWith("docker events is not part of the lab shell");
  }

  @Test
  void tag_addsTheName_andPrintsNothing() {
    Result r = docker("tag", "busybox", "localhost:5000/busybox");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out() + r.err()).isEmpty();
    assertThat(engine.inspectImage("localhost:5000/busybox:latest")).hasValueSatisfying(i -> assertThat(i.id()).isEqualTo(BUSYBOX));
  }

  @Test
  void tag_ofAMissingImage_isTheEnginesError_andADigestTargetIsRefusedFirst() {
    Result missing = docker("tag", "nope", "localhost:5000/nope");
    assertThat(missing.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(missing.err()).isEqualTo("Error response from daemon: No such image: nope\n");

    Result digest = docker("tag", "busybox", "busybox@sha256:" + "a".repeat(64));
    assertThat(digest.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(digest.err()).contains("refusing to create a tag with a digest reference");
  }

  @Test
  void rmi_printsTheEnginesReport_goesOnPastAFailure_andFailsAtTheEnd() {
    docker("tag", "busybox", "localhost:5000/busybox");

    Result r = docker("rmi", "localhost:5000/busybox", "nope", "registry:2", "gone");

    assertThat(r.out()).isEqualTo("Untagged: localhost:5000/busybox:latest\nUntagged: registry:2\nDeleted: " + REGISTRY + "\n");
    assertThat(r.err()).isEqualTo("Error response from daemon: No such image: nope\nError response from daemon: No such image: gone\n");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(engine.inspectImage("registry:2")).isEmpty();
    assertThat(engine.inspectImage("busybox")).isPresent();
  }

  @Test
  void images_isTheClisTable_newestAsTheEngineSorts_andQuietPrintsShortIds() {
    docker("tag", "busybox", "localhost:5000/busybox:1.0");

    assertThat(docker("images").out().lines())
        .containsExactly(
            "REPOSITORY               TAG       IMAGE ID       CREATED              SIZE",
            "busybox                  latest    3002921e3d54   About a minute ago   4.26MB",
            "localhost:5000/busybox   1.0       3002921e3d54   About a minute ago   4.26MB",
            "registry                 2         7311c62a816f   About a minute ago   4.26MB");
    assertThat(docker("images", "-q", "registry").out()).isEqualTo("7311c62a816f\n");
    assertThat(docker("image", "ls", "--no-trunc", "-q", "busybox").out()).isEqualTo(BUSYBOX + "\n");
  }

  @Test
  void ps_listsRunningContainers_withTheirPorts_andAllWithDashA() {
    long created = Instant.now().minusSeconds(180).getEpochSecond();
    String running = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    engine.withContainer(new ContainerSummary(running, List.of("/registry"), "registry:2", "/entrypoint.sh /etc/docker/registry/config.yml",
        created, "running", "Up 3 minutes",
        List.of(new PublishedPort("0.0.0.0", 5000, 5000, "tcp"), new PublishedPort("::", 5000, 5000, "tcp")), Map.of()));
    engine.withContainer(new ContainerSummary("1b4f0e9851971998e732078544c96b36c3d01cedf7caa332359d6f1d83567014", List.of("/old"), "busybox",
        "sh", created, "exited", "Exited (0) 2 minutes ago", List.of(), Map.of()));

    assertThat(docker("ps").out().lines())
        .containsExactly(
            "CONTAINER ID   IMAGE        COMMAND                  CREATED         STATUS         PORTS                                         NAMES",
            "9f86d081884c   registry:2   \"/entrypoint.sh /etc…\"   3 minutes ago   Up 3 minutes   0.0.0.0:5000->5000/tcp, [::]:5000->5000/tcp   registry");
    assertThat(docker("ps", "-a", "-q").out()).isEqualTo("9f86d081884c\n1b4f0e985197\n");
    assertThat(docker("container", "ls", "-aq", "--no-trunc").out()).startsWith(running + "\n");
  }

  @Test
  void push_showsEachLayersProgressOnce_andTheDigestLine_withTheStoredLogin() throws Exception {
    docker("tag", "busybox", "localhost:5000/busybox");
    DockerConfigFile.load(dir.resolve("config")).store("localhost:5000", "manu", "manu".toCharArray());
    engine.pushReplies("localhost:5000/busybox",
        new RegistryEvent.Progress(null, "The push refers to repository [localhost:5000/busybox]", 0, 0),
        new RegistryEvent.Progress("01fd6df81c8e", "Preparing", 0, 0),
        new RegistryEvent.Progress("01fd6df81c8e", "Pushing", 1000, 2000),
        new RegistryEvent.Progress("01fd6df81c8e", "Pushing", 2000, 2000),
        new RegistryEvent.Progress("01fd6df81c8e", "Pushed", 0, 0),
        new RegistryEvent.Progress(null, "latest: digest: sha256:" + "b".repeat(64) + " size: 528", 0, 0),
        new RegistryEvent.Progress(null, null, 0, 0));

    Result r = docker("push", "localhost:5000/busybox");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .isEqualTo(
            """
            Using default tag: latest
            The push refers to repository [localhost:5000/busybox]
            01fd6df81c8e: Preparing
            01fd6df81c8e: Pushing
            01fd6df81c8e: Pushed
            latest: digest: sha256:%s size: 528
            """.formatted("b".repeat(64)));
    assertThat(r.err()).isEmpty();
    assertThat(engine.pushes()).containsExactly("localhost:5000/busybox:latest as manu");
  }

  @Test
  void push_toARegistryStillStarting_saysOnceThatItWaits() {
    docker("tag", "busybox", "localhost:5000/busybox");
    engine.starting("localhost:5000");

    Result r = docker("push", "localhost:5000/busybox");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEqualTo("The registry at localhost:5000 is not answering yet (just started?); waiting up to 5 s for it...\n");
    assertThat(engine.pushes()).containsExactly("localhost:5000/busybox:latest as anonymous");
  }

  @Test
  void push_ofAnImageNotThere_isTheEnginesError() {
    Result r = docker("push", "localhost:5000/nope:1");

    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(r.error()).isEqualTo("Error response from daemon: An image does not exist locally with the tag: localhost:5000/nope");
  }

  @Test
  void failedPull_saysUsingDefaultTag_beforeTheEnginesError_asDockerDoes() {
    // the shell's stdout is buffered and its stderr is the terminal: both land on one screen, in the order flushed
    StringBuilder screen = new StringBuilder();
    java.io.OutputStream stdout = new java.io.OutputStream() {
      @Override
      public void write(int b) {
        screen.append((char) b);
      }
    };
    java.io.Writer terminal = new java.io.Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) {
        screen.append(cbuf, off, len);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    DockerIo io = new DockerIo(new java.io.ByteArrayInputStream(new byte[0]), stdout,
        new java.io.PrintWriter(new java.io.OutputStreamWriter(stdout, java.nio.charset.StandardCharsets.UTF_8)),
        new java.io.PrintWriter(terminal), false, false, dir, org.dockerlab.io.CancelToken.none());

    DockerOutcome outcome = new DockerCli(new DockerContext(engine, dir.resolve("config"), null), false).run(List.of("pull", "localhost:5001/student"), io);

    assertThat(outcome.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(screen.toString()).startsWith("Using default tag: latest\nError response from daemon: manifest for localhost:5001/student:latest not found");
  }

  @Test
  void pull_showsProgress_thenTheFullName_andAnUnknownImageFails() {
    engine.pullable("localhost:5000/myapp", "sha256:" + "c".repeat(64),
        new RegistryEvent.Progress("latest", "Pulling from myapp", 0, 0),
        new RegistryEvent.Progress("a3ed95caeb02", "Pull complete", 0, 0),
        new RegistryEvent.Progress(null, "Status: Downloaded newer image for localhost:5000/myapp:latest", 0, 0));

    Result r = docker("pull", "localhost:5000/myapp");

    assertThat(r.out())
        .isEqualTo(
            """
            Using default tag: latest
            latest: Pulling from myapp
            a3ed95caeb02: Pull complete
            Status: Downloaded newer image for localhost:5000/myapp:latest
            localhost:5000/myapp:latest
            """);
    assertThat(engine.inspectImage("localhost:5000/myapp")).isPresent();
    Result unknown = docker("pull", "localhost:5000/other:2");
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(unknown.err()).startsWith("Error response from daemon: manifest for localhost:5000/other:2 not found");
  }

  @Test
  void pull_endsWithTheFullyQualifiedReference_likeTheCli() {
    assertThat(PullCommand.fullyQualified(ImageRef.parse("busybox"))).isEqualTo("docker.io/library/busybox:latest");
    assertThat(PullCommand.fullyQualified(ImageRef.parse("localhost:5000/myapp:1.0"))).isEqualTo("localhost:5000/myapp:1.0");
  }

  @Test
  void runDetached_createsOneSpec_fromAllItsOptions_andPrintsTheId() throws Exception {
    Files.createDirectories(dir.resolve("auth"));

    Result r = docker("run", "-d", "-p", "127.0.0.1:5000:5000", "--name", "registry", "-e", "REGISTRY_AUTH=htpasswd",
        "-v", "./auth:/auth:ro", "-v", "registry-data:/var/lib/registry", "-l", "course=distribution", "--restart", "always",
        "-w", "/srv", "--entrypoint", "registry", "registry:2", "serve", "/etc/docker/registry/config.yml");

    assertThat(r.exitCode()).as(r.err()).isZero();
    ContainerSpec spec = engine.created().get(0);
    assertThat(r.out()).isEqualTo(engine.containers(false).get(0).id() + "\n");
    assertThat(spec.name()).isEqualTo("registry");
    assertThat(spec.image()).isEqualTo("registry:2");
    assertThat(spec.ports()).containsExactly(new ContainerSpec.Port("127.0.0.1", "5000", 5000, "tcp"));
    assertThat(spec.env()).containsExactly("REGISTRY_AUTH=htpasswd");
    assertThat(spec.mounts()).containsExactly(
        new ContainerSpec.Mount(dir.resolve("auth").toString(), "/auth", true),
        new ContainerSpec.Mount("registry-data", "/var/lib/registry", false));
    assertThat(spec.labels()).containsEntry(LabLabels.CREATED_BY, LabLabels.BY_SHELL).containsEntry("course", "distribution");
    assertThat(spec.restart()).isEqualTo("always");
    assertThat(spec.workdir()).isEqualTo("/srv");
    assertThat(spec.entrypoint()).isEqualTo("registry");
    assertThat(spec.command()).containsExactly("serve", "/etc/docker/registry/config.yml");
    assertThat(spec.streams()).isEqualTo(ContainerSpec.Streams.DETACHED);
    assertThat(spec.autoRemove()).isFalse();
    assertThat(engine.containers(false)).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("registry"));
  }

  @Test
  void save_toAPipeClosedEarly_endsQuietly_asTheCliDoes() {
    java.io.OutputStream closedPipe = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("Broken pipe");
      }
    };
    Result r = new DockerRunner(engine, dir, dir.resolve("config"), null)
        .run(new java.io.ByteArrayInputStream(new byte[0]), closedPipe, "save", "busybox");

    assertThat(r.err()).as("no 'Broken pipe' message").isEmpty();
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void save_toAMissingDirectory_namesItAsTyped_withTheFix() {
    Result r = docker("save", "-o", "out/busybox.tar", "busybox");

    assertThat(r.err()).isEqualTo("Error: invalid output path: directory \"out\" does not exist (mkdir -p out)\n");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
  }

  @Test
  void runIt_withoutATerminal_saysWhatDockerSays_andCreatesNothing() {
    Result r = docker("run", "--rm", "-it", "busybox", "sh");

    assertThat(r.err()).isEqualTo("the input device is not a TTY\n");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(engine.created()).isEmpty();
    assertThat(docker("exec", "-it", "web", "sh").err()).isEqualTo("the input device is not a TTY\n");
  }

  @Test
  void runAttached_streamsTheOutput_andFailsWhenTheContainerDoes_andPullsAMissingImageFirst() {
    engine.containerOutput("hello\n", 3);
    engine.pullable("alpine", "sha256:" + "d".repeat(64), new RegistryEvent.Progress(null, "Status: Downloaded newer image for alpine:latest", 0, 0));

    Result r = docker("run", "--rm", "-t", "alpine", "echo", "hello");

    assertThat(r.out()).isEqualTo("hello\n");
    assertThat(r.err()).isEqualTo("Unable to find image 'alpine:latest' locally\nStatus: Downloaded newer image for alpine:latest\n");
    assertThat(r.exitCode()).as("the container's exit code").isEqualTo(3);
    ContainerSpec spec = engine.created().get(0);
    assertThat(spec.streams()).isEqualTo(new ContainerSpec.Streams(true, false, true));
    assertThat(spec.autoRemove()).isTrue();
    assertThat(engine.containers(true)).as("--rm: removed when it exits").isEmpty();
  }

  @Test
  void run_withRestartAndRm_isRefusedBeforeAnythingIsCreated() {
    Result r = docker("run", "--rm", "--restart", "always", "busybox");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("Conflicting options: --restart and --rm");
    assertThat(engine.created()).isEmpty();
  }

  @Test
  void stopStartRm_printEachName_andRmOfARunningOneNeedsForce() {
    docker("run", "-d", "--name", "web", "busybox", "httpd", "-f");

    assertThat(docker("stop", "web").out()).isEqualTo("web\n");
    assertThat(docker("start", "web").out()).isEqualTo("web\n");
    Result refused = docker("rm", "web", "nope");
    assertThat(refused.err()).startsWith("Error response from daemon: You cannot remove a running container")
        .endsWith("Error response from daemon: No such container: nope\n");
    assertThat(refused.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(docker("rm", "-f", "web").out()).isEqualTo("web\n");
    assertThat(engine.containers(true)).isEmpty();
  }

  @Test
  void restart_stopsAndStartsEach_printingEachName_andSaysWhichWasMissing() {
    docker("run", "-d", "--name", "web", "busybox", "httpd", "-f");
    docker("stop", "web");
    int events = engine.engineEvents().size();

    Result r = docker("restart", "-t", "1", "web", "nope");

    assertThat(r.out()).isEqualTo("web\n");
    assertThat(r.err()).isEqualTo("Error response from daemon: No such container: nope\n");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(engine.containers(false)).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("web"));
    assertThat(engine.engineEvents().subList(events, engine.engineEvents().size())).extracting(e -> e.action()).containsExactly("stop", "start");
    assertThat(docker("container", "restart", "web").out()).as("the management form too").isEqualTo("web\n");
  }

  @Test
  void create_makesTheContainerRunWould_notStarted_printsItsId_andStartStartsIt() {
    Result r = docker("create", "--name", "web", "-p", "8080:8080", "busybox", "ls", "-l");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).matches("[0-9a-f]+\n");
    assertThat(engine.containers(true)).singleElement().satisfies(c -> {
      assertThat(c.name()).isEqualTo("web");
      assertThat(c.id()).isEqualTo(r.out().strip());
    });
    assertThat(engine.containers(false)).as("created, not started").isEmpty();
    assertThat(engine.created()).singleElement().satisfies(spec -> {
      assertThat(spec.command()).as("its options end at the image, as run's").containsExactly("ls", "-l");
      assertThat(spec.labels()).containsKey(org.dockerlab.docker.LabLabels.CREATED_BY);
    });
    assertThat(docker("start", "web").out()).isEqualTo("web\n");
    assertThat(engine.containers(false)).hasSize(1);
    assertThat(docker("create", "--rm", "--restart", "always", "busybox").err()).contains("Conflicting options: --restart and --rm");
  }

  @Test
  void noEngine_stopsAtTheFirstName_withOneLine() {
    Result r = new DockerRunner(FakeGateway.down(), dir, dir.resolve("config"), null).run("rm", "a", "b", "c");

    assertThat(r.exitCode()).isEqualTo(ExitCode.ENVIRONMENT);
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void login_checksWithTheRegistry_andStoresTheCredentials_orSaysWhyNot() throws Exception {
    engine.withAccount("localhost:5000", "manu", "manu");

    Result wrong = new DockerRunner(engine, dir, dir.resolve("config"), null).runWithStdin("nope\n", "login", "-u", "manu", "--password-stdin", "localhost:5000");
    assertThat(wrong.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(wrong.err()).contains("401 Unauthorized");
    assertThat(DockerConfigFile.load(dir.resolve("config")).auth("localhost:5000")).isEmpty();

    Result right = new DockerRunner(engine, dir, dir.resolve("config"), null).runWithStdin("manu\n", "login", "-u", "manu", "--password-stdin", "localhost:5000");
    assertThat(right.exitCode()).isZero();
    assertThat(right.out()).isEqualTo("Login Succeeded\n");
    assertThat(DockerConfigFile.load(dir.resolve("config")).auth("localhost:5000"))
        .hasValueSatisfying(c -> assertThat(c.username()).isEqualTo("manu"));
  }

  @Test
  void version_showsTheEnginesVersions_asTheCliLaysThemOut() {
    assertThat(docker("version").out())
        .contains("Server: Docker Engine\n Engine:\n  Version:          20.10.24\n  API version:      1.41 (minimum version 1.12)\n")
        .contains("  OS/Arch:          linux/amd64\n  Kernel version:   6.1.0\n");
  }

  @Test
  void export_writesLikeSave_wholeToTheFile_andNamesAMissingDirectoryTheSameWay() throws Exception {
    docker("run", "-d", "--name", "web", "busybox", "httpd", "-f");

    Result written = docker("export", "-o", "web.tar", "web");
    assertThat(written.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("web.tar"))).startsWith("filesystem of ");
    Result missing = docker("export", "--output", "out/web.tar", "web");
    assertThat(missing.err()).isEqualTo("Error: invalid output path: directory \"out\" does not exist (mkdir -p out)\n");
    assertThat(missing.exitCode()).isEqualTo(ExitCode.FAILED);
  }

  @Test
  void formatJson_isTheWholeObjectOnOneLine_forVersionInfoAndInspect_asTheCli() {
    assertThat(docker("version", "--format", "{{.Server.Version}}").out()).isEqualTo("20.10.24\n");
    assertThat(docker("version", "-f", "json").out()).startsWith("{\"Client\":").contains("\"Version\":\"20.10.24\"").endsWith("}\n");
    assertThat(docker("info", "--format", "json").out()).startsWith("{\"Containers\":0,").endsWith("}\n");
    assertThat(docker("info", "-f", "{{.ServerVersion}}").out()).isEqualTo("20.10.24\n");
    assertThat(docker("inspect", "--format", "json", "busybox").out()).isEqualTo("{\"Id\":\"" + BUSYBOX + "\",\"RepoTags\":[\"busybox:latest\"]}\n");
  }
}
