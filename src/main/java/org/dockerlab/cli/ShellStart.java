package org.dockerlab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.Colour;
import org.dockerlab.images.LabImage;
import org.dockerlab.images.LabImages;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.shell.ShellHome;
import org.dockerlab.shell.ShellSession;
import org.dockerlab.tutor.Workbench;

/** What {@code shell} and {@code exam} both do to open a lab shell: its home, the engine ready, the session. */
final class ShellStart {
  private ShellStart() {}

  static Path shellHome(LabContext lab) {
    try {
      return ShellHome.prepare(lab.home().shellHome(), lab.dockerConfig(), lab.home().workspace());
    } catch (IOException e) {
      throw new LabException(ExitCode.ENVIRONMENT, "cannot prepare the shell's home under " + lab.home().root() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Checks the engine once at start and names any missing lab image with the command that brings it
   * back; it changes nothing (a learner may just have removed busybox on purpose: a lesson's setup
   * provisions what it needs, and says so). A missing engine is said in one line, and the shell opens
   * anyway (the engine may come later).
   */
  static void readyTheEngine(LabContext lab, Consumer<String> say) {
    try {
      DockerGateway engine = lab.gateway();
      engine.info();
      List<LabImage> missing = LabImages.all().stream().filter(i -> engine.inspectImage(i.reference()).isEmpty()).toList();
      if (!missing.isEmpty()) {
        say.accept("note: the lab's image" + (missing.size() == 1 ? " " : "s ") + missing.stream().map(LabImage::reference).collect(Collectors.joining(", "))
            + (missing.size() == 1 ? " is" : " are") + " not in the engine; a lesson that needs " + (missing.size() == 1 ? "it" : "them")
            + " brings " + (missing.size() == 1 ? "it" : "them") + " back, or now: dockerlab images prepare");
      }
    } catch (LabException e) {
      say.accept("dockerlab: " + e.getMessage());
    }
  }

  /**
   * At a terminal the prompt comes first (a second of engine round trips and lesson parsing must not
   * delay it): this runs once it is up, on a daemon thread, and prints above the prompt.
   */
  static Consumer<Consumer<String>> warmUp(LabContext lab, Runnable alsoWarm) {
    return say -> {
      Thread t =
          new Thread(
              () -> {
                readyTheEngine(lab, say);
                ProgressStore.warmUp(); // the first step recorded then writes without Jackson's start
                try {
                  alsoWarm.run();
                } catch (LabException e) {
                  say.accept("dockerlab: " + e.getMessage());
                }
              },
              "dockerlab-warm-up");
      t.setDaemon(true);
      t.start();
    };
  }

  static ProgressStore store(LabContext lab, PrintWriter err) {
    return new ProgressStore(lab.home().progressFile(), w -> err.println("dockerlab: " + w), Clock.systemUTC());
  }

  static ShellSession session(LabContext lab, Path shellHome, OutputStream bytes, PrintWriter out, PrintWriter err, boolean interactive, boolean debug, Colour colour) {
    return new ShellSession(
        lab.home().workspace().equals(lab.workdir()) ? lab.home().workspace() : lab.workdir(),
        lab.dockerConfig(),
        shellHome,
        lab::engine,
        bytes,
        out,
        err,
        interactive,
        debug,
        colour);
  }

  /** Where the tutor works: this shell's engine, workspace and docker config, and the lab's state directory. */
  static Workbench workbench(LabContext lab, ShellSession session) {
    return new Workbench(session::engine, session.workspace(), session.dockerConfig(), lab.home().root());
  }
}
