package org.dockerlab.check;

import java.nio.file.Path;
import java.util.Map;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.evidence.Evidence;

/**
 * Everything a check may look at.
 *
 * @param workdir where relative paths in checks are resolved (the learner's workspace)
 * @param dockerConfig the DOCKER_CONFIG directory the shell uses (the lab's, or the learner's own)
 * @param evidence what happened in the attempt: pinned identities, engine events, the shell's journal
 * @param answers quiz answers given with the shell's {@code answer} command, by quiz id
 */
public record CheckContext(DockerGateway engine, Path workdir, Path dockerConfig, Evidence evidence, Map<String, String> answers) {
  public CheckContext {
    evidence = evidence == null ? Evidence.NONE : evidence;
    answers = answers == null ? Map.of() : Map.copyOf(answers);
  }
}
