package org.dockerlab.testing;

import java.nio.file.Path;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineLocator;
import org.dockerlab.errors.LabException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link RequiresEngine}. */
public final class EngineCondition implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String problem = engineProblem();
    if (problem == null) {
      return ConditionEvaluationResult.enabled("a Docker engine answers");
    }
    if ("true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true but no Docker engine answers (" + problem + "): integration tests must run in CI");
    }
    return ConditionEvaluationResult.disabled("no Docker engine answers (" + problem + "); start one with scripts/engine-up");
  }

  private static String engineProblem() {
    try (DockerGateway engine =
        DockerGateway.connect(
            EngineLocator.fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home"))),
            Path.of(System.getProperty("java.io.tmpdir")))) {
      engine.info();
      return null;
    } catch (LabException e) {
      return e.getMessage();
    }
  }
}
