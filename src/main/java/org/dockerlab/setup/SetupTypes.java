package org.dockerlab.setup;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.util.Map;

/**
 * The setup actions lesson files may use, by their YAML {@code action:} name: the one list that both binds
 * YAML and names the known actions in messages about an unknown one.
 */
public final class SetupTypes {
  private static final Map<String, Class<? extends SetupAction>> TYPES =
      Map.of(
          "ensure-image", EnsureImage.class,
          "remove-image", RemoveImage.class,
          "remove-container", RemoveContainer.class,
          "remove-volume", RemoveVolume.class,
          "start-registry", StartRegistry.class,
          "write-file", WriteFile.class,
          "remove-file", RemoveFile.class,
          "logout", Logout.class,
          "save-image", SaveImage.class,
          "push-image", PushImage.class);

  private SetupTypes() {}

  /** Makes the mapper read {@code SetupAction} values by their {@code action} field. */
  public static ObjectMapper register(ObjectMapper mapper) {
    mapper.addMixIn(SetupAction.class, ActionMixin.class);
    TYPES.forEach((name, type) -> mapper.registerSubtypes(new NamedType(type, name)));
    return mapper;
  }

  public static Map<String, Class<? extends SetupAction>> all() {
    return TYPES;
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "action")
  private interface ActionMixin {}
}
