package org.dockerlab.docker.commands;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.BuildSpec;
import org.dockerlab.docker.EngineError;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.HumanUnits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code docker build}: sends the directory (less what {@code .dockerignore} leaves out) to the engine's
 * classic builder, which every engine has, and shows its steps as the CLI does ({@code Step 1/3 : FROM
 * busybox}). Nothing is pulled: FROM names an image the engine has, such as the lab's busybox. The lab adds
 * no labels (the classic builder would show each as a step of its own).
 */
@Command(name = "build", description = "Build an image from a Dockerfile.")
final class BuildCommand extends DockerSubcommand {
  @Option(names = {"-t", "--tag"}, paramLabel = "NAME[:TAG]", description = "Name and optionally a tag (several allowed)")
  List<String> tags = new ArrayList<>();

  @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Name of the Dockerfile (default: PATH/Dockerfile)")
  String file;

  @Option(names = "--build-arg", paramLabel = "KEY=VALUE", description = "Set build-time variables")
  List<String> buildArgs = new ArrayList<>();

  @Option(names = "--label", paramLabel = "KEY=VALUE", description = "Set metadata for an image")
  List<String> labels = new ArrayList<>();

  @Option(names = "--no-cache", description = "Do not use cache when building the image")
  boolean noCache;

  @Option(names = {"-q", "--quiet"}, description = "Suppress the build output and print image ID on success")
  boolean quiet;

  @Parameters(paramLabel = "PATH", description = "The build context: a directory with the Dockerfile")
  String path;

  @Override
  public Integer call() throws IOException {
    for (String tag : tags) {
      ImageRef ref = ImageRef.parse(tag);
      if (ref.digest() != null) {
        throw LabException.badInput("invalid tag \"" + tag + "\": a tag cannot name a digest");
      }
    }
    if (path.equals("-") || path.contains("://")) {
      throw LabException.badInput("the lab builds from a directory only (docker build -t NAME DIR), not from " + path);
    }
    DockerIo io = io();
    Path dir = io.resolve(path);
    Path dockerfile = file == null ? null : io.resolve(file);
    Map<String, String> args = pairs(buildArgs, "--build-arg");
    // the classic builder writes each label as a step of its own, so the lab adds none of its own
    Map<String, String> imageLabels = pairs(labels, "--label");
    PrintWriter out = io.out();
    String id;
    try (BuildContext context = BuildContext.of(dir, dockerfile, path, file); InputStream in = context.open()) {
      if (!quiet) {
        out.println("Sending build context to Docker daemon  " + HumanUnits.size(context.size(), 4));
        out.flush();
      }
      BuildSpec spec = new BuildSpec(tags.stream().map(t -> ImageRef.parse(t).withDefaultTag()).toList(), context.dockerfile(), args, imageLabels, noCache, quiet);
      id = engine().buildImage(in, spec, text -> {
        if (!quiet) {
          out.print(text);
          out.flush();
        }
      }, io.cancel());
    } catch (EngineError e) {
      out.flush();
      throw new EngineError(e.httpStatus(), BuildErrors.explain(e.getMessage()), e);
    }
    if (quiet) {
      out.println(id);
    }
    out.flush();
    return 0;
  }

  /** {@code KEY=VALUE} options; a bare {@code KEY} takes its value from the environment, as in the CLI. */
  private static Map<String, String> pairs(List<String> values, String option) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String v : values) {
      int eq = v.indexOf('=');
      if (eq == 0) {
        throw LabException.badInput("invalid " + option + " \"" + v + "\": the key is missing (KEY=VALUE)");
      }
      if (eq < 0) {
        String env = System.getenv(v);
        if (env != null) {
          map.put(v, env);
        }
      } else {
        map.put(v.substring(0, eq), v.substring(eq + 1));
      }
    }
    return map;
  }
}
