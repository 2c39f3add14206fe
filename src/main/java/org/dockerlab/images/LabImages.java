package org.dockerlab.images;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The images the lessons use, each with its offline recipe. */
public final class LabImages {
  /**
   * Label on every image the lab builds: the diff ID of the image's own (top) layer. An image built
   * {@code FROM} a stand-in inherits the label, but not the layer on top: see {@link #isStandIn}.
   */
  public static final String LABEL_STAND_IN = "org.dockerlab.stand-in";
  public static final String LABEL_SOURCE = "org.dockerlab.source";

  static final Path BUSYBOX = Path.of("/bin/busybox");
  static final Path REGISTRY = Path.of("/usr/bin/docker-registry");
  private static final String RES = "/org/dockerlab/images/";

  private LabImages() {}

  /**
   * Whether the lab built this image as a stand-in: its stand-in label names its own top layer. An image a
   * learner built on a stand-in carries the label too (labels are inherited) but has layers of its own on top:
   * it is theirs. (One that only changed settings, ENV or CMD, has no layer of its own and still counts: its
   * content is the stand-in's.)
   */
  public static boolean isStandIn(org.dockerlab.docker.ImageDetails image) {
    List<String> layers = image.diffIds();
    return !layers.isEmpty() && layers.get(layers.size() - 1).equals(image.labels().get(LABEL_STAND_IN))
        && image.labels().containsKey(LABEL_SOURCE);
  }

  public static List<LabImage> all() {
    return List.of(busybox(), registry(), myapp(), myimage());
  }

  public static Optional<LabImage> find(String reference) {
    return all().stream().filter(i -> i.reference().equals(reference)).findFirst();
  }

  static LabImage busybox() {
    return new LabImage("busybox:latest", "a tiny Linux userland (sh, ls, httpd, ...)", true, LabImages::busyboxRecipe);
  }

  /** What {@code busybox --install /bin} and the real image's /etc files make, written out, with no RUN step. */
  private static Recipe busyboxRecipe() {
    List<ContextFile> files = new ArrayList<>();
    files.add(ContextFile.fromHost("/bin/busybox", BUSYBOX));
    for (String applet : busyboxApplets()) {
      files.add(ContextFile.hardLink("/bin/" + applet, "/bin/busybox"));
    }
    files.add(ContextFile.directory("/tmp", 01777));
    for (String dir : List.of("/root", "/home", "/var/www", "/etc")) {
      files.add(ContextFile.directory(dir, 0755));
    }
    files.add(ContextFile.text("/etc/passwd", "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n"));
    files.add(ContextFile.text("/etc/group", "root:x:0:\nnogroup:x:65534:\n"));
    return new Recipe(
        files,
        Recipe.ImageSettings.cmd("sh"),
        Optional.empty(),
        "a static /bin/busybox (Debian/Ubuntu: apt-get install busybox-static)");
  }

  static LabImage registry() {
    return new LabImage("registry:2", "the Docker distribution registry, 2.x", true, LabImages::registryRecipe);
  }

  private static Recipe registryRecipe() {
    List<ContextFile> files = new ArrayList<>();
    // Shared libraries keep their exec bit: the kernel refuses to load an interpreter without it.
    for (Path lib : registryLibraries()) {
      files.add(ContextFile.fromHost(lib.toString(), lib));
    }
    files.add(ContextFile.fromHost("/bin/registry", REGISTRY));
    files.add(ContextFile.fromResource("/etc/docker/registry/config.yml", RES + "registry-config.yml", false));
    files.add(ContextFile.fromResource("/entrypoint.sh", RES + "registry-entrypoint.sh", true));
    files.add(ContextFile.directory("/var/lib/registry", 0755));
    return new Recipe(
        files,
        new Recipe.ImageSettings(List.of("/entrypoint.sh"), List.of("/etc/docker/registry/config.yml"), List.of("5000/tcp"), List.of("/var/lib/registry")),
        Optional.of("busybox:latest"),
        "/usr/bin/docker-registry (Debian/Ubuntu: apt-get install docker-registry)");
  }

  static LabImage myapp() {
    return new LabImage(
        "myapp:latest",
        "the lab's sample web app (busybox httpd on port 8080)",
        false,
        () -> new Recipe(
            List.of(ContextFile.fromResource("/www/index.html", RES + "myapp-index.html", false)),
            new Recipe.ImageSettings(List.of(), List.of("httpd", "-f", "-v", "-p", "8080", "-h", "/www"), List.of("8080/tcp"), List.of()),
            Optional.of("busybox:latest"),
            "the busybox image"));
  }

  static LabImage myimage() {
    return new LabImage(
        "myimage:latest",
        "a small image to save and compress",
        false,
        () -> new Recipe(
            List.of(ContextFile.fromResource("/hello.txt", RES + "myimage-hello.txt", false)),
            Recipe.ImageSettings.cmd("cat", "/hello.txt"),
            Optional.of("busybox:latest"),
            "the busybox image"));
  }

  /** The applets the host's busybox has, which {@code --install} links; none when it is missing. */
  private static List<String> busyboxApplets() {
    if (!HostBinaries.executable(BUSYBOX)) {
      return List.of();
    }
    try {
      return HostBinaries.busyboxApplets(BUSYBOX);
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The registry binary's libraries; an empty list when it is missing (the recipe then fails clearly). */
  private static List<Path> registryLibraries() {
    if (!HostBinaries.executable(REGISTRY)) {
      return List.of();
    }
    try {
      return HostBinaries.sharedLibraries(REGISTRY);
    } catch (IOException e) {
      return List.of();
    }
  }
}
