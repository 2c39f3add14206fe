package org.dockerlab.lesson;

import java.util.List;
import org.dockerlab.setup.Fields;

/**
 * What a lesson builds on.
 *
 * @param images lab images the lesson uses (each one in {@link org.dockerlab.images.LabImages})
 * @param lessons ids of lessons that teach what this one assumes; informational, since every lesson's
 *     setup makes it startable alone
 */
public record Requires(List<String> images, List<String> lessons) {
  public static final Requires NONE = new Requires(List.of(), List.of());

  public Requires {
    images = Fields.list("images", images);
    lessons = Fields.list("lessons", lessons);
    for (int i = 0; i < images.size(); i++) {
      Fields.labImage("images[" + i + "]", images.get(i));
    }
    for (int i = 0; i < lessons.size(); i++) {
      Fields.id("lessons[" + i + "]", lessons.get(i));
    }
  }
}
