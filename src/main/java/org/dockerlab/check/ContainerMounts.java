package org.dockerlab.check;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dockerlab.docker.ContainerDetails;
import org.dockerlab.docker.ContainerDetails.MountPoint;
import org.dockerlab.docker.EngineEvent;

/**
 * The parts of {@link ContainerCheck} about where a container keeps its data: the volumes it mounts, and
 * whether it was started after the last push, so that what it holds outlived the container that received it.
 */
final class ContainerMounts {
  private ContainerMounts() {}

  /** The first wanted mount the container lacks, said with what it has there instead. */
  static Optional<CheckResult> problem(ContainerCheck check, ContainerDetails c) {
    for (String wanted : check.mounts()) {
      int colon = wanted.indexOf(':');
      String volume = colon < 0 ? null : wanted.substring(0, colon);
      String target = wanted.substring(colon + 1);
      Optional<MountPoint> there = c.mounts().stream().filter(m -> target.equals(m.destination())).findFirst();
      String redo = ": volumes are set when a container is created: docker rm -f " + check.name() + ", then " + check.runCommand();
      if (there.isEmpty()) {
        return Optional.of(CheckResult.failed(
            check.name() + " has nothing mounted on " + target + " (found: " + describe(c.mounts()) + "), so what it writes there goes with the container" + redo,
            wanted, describe(c.mounts())).withHint("mounts"));
      }
      MountPoint m = there.get();
      if (m.anonymous()) {
        return Optional.of(CheckResult.failed(
            check.name() + " has an anonymous volume on " + target + " (" + m.name().substring(0, 12) + "...): a new one, unnamed, for each container, so a new container would not find this data;"
                + " give it a name" + redo,
            wanted, "anonymous volume on " + target).withHint("mounts"));
      }
      if (volume != null && !volume.equals(m.name())) {
        String found = describe(List.of(m));
        return Optional.of(CheckResult.failed(
            check.name() + " mounts " + found + ", not the volume " + volume + redo, wanted, found).withHint("mounts"));
      }
    }
    return Optional.empty();
  }

  /**
   * The container existed before the step began or before the image was last pushed: then it may hold the
   * image because it received it, which proves nothing about keeping data.
   */
  static Optional<CheckResult> tooOld(ContainerCheck check, ContainerDetails c, CheckContext ctx) {
    Instant created = c.created();
    String repository = ImageNames.repositoryOf(check.createdAfterPush());
    Optional<Instant> lastPush = ctx.evidence().events("image", "push")
        .filter(e -> repository.equals(ImageNames.repositoryOf(pushed(e))))
        .map(EngineEvent::time)
        .filter(t -> t != null)
        .reduce((a, b) -> b);
    String redo = "remove it and start a new one on the same volume (docker rm -f " + check.name() + ", then " + check.runCommand() + ")";
    if (created == null) {
      return Optional.empty();
    }
    if (lastPush.isPresent() && !created.isAfter(lastPush.get())) {
      return Optional.of(CheckResult.failed(
          check.name() + " was started before " + check.createdAfterPush() + " was last pushed, so it holds the image because it received it;"
              + " to see the data outlive a container, " + redo + " and do not push again",
          "a container started after the last push", "started before the push").withHint("not-replaced"));
    }
    if (!created.isAfter(ctx.evidence().since())) {
      return Optional.of(CheckResult.failed(
          check.name() + " is the container that was there when this step began: " + redo,
          "a container started in this step", "the same container as before").withHint("not-replaced"));
    }
    return Optional.empty();
  }

  /** The name of the image a push event is about ({@code localhost:5000/myapp:latest}). */
  private static String pushed(EngineEvent e) {
    String name = e.attributes().get("name");
    return name == null || name.isEmpty() ? e.id() : name;
  }

  private static String describe(List<MountPoint> mounts) {
    if (mounts.isEmpty()) {
      return "no mounts";
    }
    return String.join(", ", mounts.stream()
        .map(m -> (m.type().equals("bind") ? "the host directory " + m.source() : m.anonymous() ? "an anonymous volume" : "the volume " + m.name()) + " on " + m.destination())
        .toList());
  }
}
