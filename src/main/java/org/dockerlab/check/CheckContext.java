package org.dockerlab.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.DockerGateway;

/**
 * Everything a check may look at.
 *
 * @param workdir where relative paths in checks are resolved (the learner's workspace)
 * @param dockerConfig the DOCKER_CONFIG directory the shell uses (the lab's, or the learner's own)
 * @param history the lines the learner ran in this lesson, secrets already masked
 * @param answers quiz answers given with the shell's {@code answer} command, by quiz id
 */
public record CheckContext(
    DockerGateway engine, Path workdir, Path dockerConfig, List<String> history, Map<String, String> answers) {
  public CheckContext {
    history = history == null ? List.of() : List.copyOf(history);
    answers = answers == null ? Map.of() : Map.copyOf(answers);
  }
}
