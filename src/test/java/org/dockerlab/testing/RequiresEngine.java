package org.dockerlab.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that needs a Docker engine. Without one it is skipped with a visible reason on a laptop,
 * and fails under {@code CI=true}, where the integration tests must really run.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EngineCondition.class)
public @interface RequiresEngine {}
