package org.dockerlab.tutor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.docker.ImageRef;

/**
 * Values a lesson's command lines take from the engine when they run, for what a learner would copy from a
 * command's output: {@code {repo-digest:localhost:5000/myapp:1.0}} is the repository digest that image got
 * when it was pushed ({@code localhost:5000/myapp@sha256:...}), as {@code docker images --digests} shows it.
 * A learner pastes it; a lesson's solution names it this way, so that {@code verify-lessons} can replay it
 * and {@code solution} shows the real value. The engine is asked only when a line has a template.
 */
public final class LineTemplates {
  private static final Pattern TEMPLATE = Pattern.compile("\\{repo-digest:([^{}\\s]+)}");

  private LineTemplates() {}

  /** The references a line's templates name, for lint; empty when it has none. */
  public static List<String> references(String line) {
    List<String> refs = new ArrayList<>();
    Matcher m = TEMPLATE.matcher(line);
    while (m.find()) {
      refs.add(m.group(1));
    }
    return refs;
  }

  /**
   * The line with each template replaced by the engine's value; a value the engine does not have yet (the
   * image was not pushed) becomes a placeholder a person understands, {@code REPOSITORY@sha256:<digest of
   * IMAGE from docker images --digests>}, which a shell cannot run as it stands.
   */
  public static String expand(String line, Supplier<DockerGateway> engine) {
    Matcher m = TEMPLATE.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String ref = m.group(1);
      m.appendReplacement(out, Matcher.quoteReplacement(repoDigest(ref, engine.get())
          .orElse(ImageRef.parse(ref).repository() + "@sha256:<digest of " + ref + " from docker images --digests>")));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Optional<String> repoDigest(String ref, DockerGateway engine) {
    String repository = ImageRef.parse(ref).repository();
    return engine.inspectImage(ref).map(ImageDetails::repoDigests).flatMap(digests -> digests.stream()
        .filter(d -> d.startsWith(repository + "@"))
        .findFirst());
  }
}
