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
      Map.ofEntries(
          Map.entry("file", FileCheck.class),
          Map.entry("docker-archive", DockerArchiveCheck.class),
          Map.entry("image", ImageCheck.class),
          Map.entry("container", ContainerCheck.class),
          Map.entry("http", HttpCheck.class),
          Map.entry("registry", RegistryCheck.class),
          Map.entry("docker-config", DockerConfigCheck.class),
          Map.entry("ran", RanCheck.class),
          Map.entry("loaded", LoadedCheck.class),
          Map.entry("event", EventCheck.class),
          Map.entry("exec", ExecCheck.class),
          Map.entry("registry-request", RegistryRequestCheck.class),
          Map.entry("quiz", QuizCheck.class));

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
