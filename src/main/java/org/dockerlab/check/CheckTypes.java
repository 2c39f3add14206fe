package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.util.Map;

/**
 * The check types lesson files may use, by their YAML {@code type:} name. Lesson loading registers them
 * on its mapper, so a check's YAML fields bind straight to the record's components.
 */
public final class CheckTypes {
  private static final Map<String, Class<? extends Check>> TYPES =
      Map.of(
          "file", FileCheck.class,
          "docker-archive", DockerArchiveCheck.class,
          "image", ImageCheck.class,
          "container", ContainerCheck.class,
          "http", HttpCheck.class,
          "registry", RegistryCheck.class,
          "docker-config", DockerConfigCheck.class,
          "ran", RanCheck.class,
          "registry-request", RegistryRequestCheck.class,
          "quiz", QuizCheck.class);

  private CheckTypes() {}

  /** Makes the mapper read {@code Check} values by their {@code type} field. */
  public static ObjectMapper register(ObjectMapper mapper) {
    mapper.addMixIn(Check.class, CheckMixin.class);
    TYPES.forEach((name, type) -> mapper.registerSubtypes(new NamedType(type, name)));
    return mapper;
  }

  public static Map<String, Class<? extends Check>> all() {
    return TYPES;
  }

  @JsonTypeInfo(
      use = JsonTypeInfo.Id.NAME,
      include = JsonTypeInfo.As.PROPERTY,
      property = "type")
  private interface CheckMixin {}
}
