package org.dockerlab.images;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The images the lessons use, each with its offline recipe. */
public final class LabImages {
  /** Label on every image the lab builds, so that it is known to be the lab's. */
  public static final String LABEL_STAND_IN = "org.dockerlab.stand-in";
  public static final String LABEL_SOURCE = "org.dockerlab.source";

  static final Path BUSYBOX = Path.of("/bin/busybox");
  static final Path REGISTRY = Path.of("/usr/bin/docker-registry");
  private static final String RES = "/org/dockerlab/images/";

  private LabImages() {}

  public static List<LabImage> all() {
    return List.of(busybox(), registry(), myapp(), myimage());
  }

  public static Optional<LabImage> find(String reference) {
    return all().stream().filter(i -> i.reference().equals(reference)).findFirst();
  }

  static LabImage busybox() {
    String dockerfile =
        """
        FROM scratch
        COPY busybox /bin/busybox
        RUN ["/bin/busybox", "sh", "-c", "/bin/busybox --install /bin && mkdir -p /tmp /root /home /var/www /etc && chmod 1777 /tmp && echo 'root:x:0:0:root:/root:/bin/sh' > /etc/passwd && echo 'nobody:x:65534:65534:nobody:/home:/bin/false' >> /etc/passwd && echo 'root:x:0:' > /etc/group && echo 'nogroup:x:65534:' >> /etc/group"]
        CMD ["sh"]
        """;
    return new LabImage(
        "busybox:latest",
        "a tiny Linux userland (sh, ls, httpd, ...)",
        true,
        () -> new Recipe(
            dockerfile,
            List.of(ContextFile.fromHost("busybox", BUSYBOX)),
            Optional.empty(),
            "a static /bin/busybox (Debian/Ubuntu: apt-get install busybox-static)"));
  }

  static LabImage registry() {
    return new LabImage("registry:2", "the Docker distribution registry, 2.x", true, LabImages::registryRecipe);
  }

  private static Recipe registryRecipe() {
    List<ContextFile> files = new ArrayList<>();
    files.add(ContextFile.fromHost("registry", REGISTRY));
    files.add(ContextFile.fromResource("config.yml", RES + "registry-config.yml", false));
    files.add(ContextFile.fromResource("entrypoint.sh", RES + "registry-entrypoint.sh", true));
    StringBuilder copies = new StringBuilder();
    int n = 0;
    for (Path lib : registryLibraries()) {
      String name = "lib" + n++;
      // Shared libraries keep their exec bit: the kernel refuses to load an interpreter without it.
      files.add(ContextFile.fromHost(name, lib));
      copies.append("COPY ").append(name).append(' ').append(lib).append('\n');
    }
    String dockerfile =
        "FROM busybox:latest\n"
            + copies
            + """
            COPY registry /bin/registry
            COPY config.yml /etc/docker/registry/config.yml
            COPY entrypoint.sh /entrypoint.sh
            RUN ["/bin/mkdir", "-p", "/var/lib/registry"]
            VOLUME ["/var/lib/registry"]
            EXPOSE 5000
            ENTRYPOINT ["/entrypoint.sh"]
            CMD ["/etc/docker/registry/config.yml"]
            """;
    return new Recipe(
        dockerfile,
        files,
        Optional.of("busybox:latest"),
        "/usr/bin/docker-registry (Debian/Ubuntu: apt-get install docker-registry)");
  }

  static LabImage myapp() {
    String dockerfile =
        """
        FROM busybox:latest
        COPY index.html /www/index.html
        EXPOSE 8080
        CMD ["httpd", "-f", "-v", "-p", "8080", "-h", "/www"]
        """;
    return new LabImage(
        "myapp:latest",
        "the lab's sample web app (busybox httpd on port 8080)",
        false,
        () -> new Recipe(
            dockerfile,
            List.of(ContextFile.fromResource("index.html", RES + "myapp-index.html", false)),
            Optional.of("busybox:latest"),
            "the busybox image"));
  }

  static LabImage myimage() {
    String dockerfile =
        """
        FROM busybox:latest
        COPY hello.txt /hello.txt
        CMD ["cat", "/hello.txt"]
        """;
    return new LabImage(
        "myimage:latest",
        "a small image to save and compress",
        false,
        () -> new Recipe(
            dockerfile,
            List.of(ContextFile.fromResource("hello.txt", RES + "myimage-hello.txt", false)),
            Optional.of("busybox:latest"),
            "the busybox image"));
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
