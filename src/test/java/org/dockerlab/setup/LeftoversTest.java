package org.dockerlab.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dockerlab.docker.ContainerSpec;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.docker.ImageSummary;
import org.dockerlab.docker.LabLabels;
import org.dockerlab.images.LabImages;
import org.dockerlab.testing.FakeGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a cleanup removes and what it keeps, on an engine in memory: the names the lab made (recorded from
 * the engine's events during a lesson) go, with the untagged images they leave; names and images someone
 * else made stay, even under the lesson's names.
 */
class LeftoversTest {
  private static final String MYAPP = "sha256:" + "a".repeat(64);
  private static final String BUSYBOX = "sha256:" + "b".repeat(64);
  private static final String THEIRS = "sha256:" + "c".repeat(64);
  private static final String BUILT = "sha256:" + "d".repeat(64);
  private static final Set<String> LESSON_NAMES = Set.of("localhost:5000/myapp");
  private static final Map<String, String> STAND_IN = Map.of(LabImages.LABEL_STAND_IN, "true");

  @TempDir Path dir;
  private final List<String> report = new ArrayList<>();
  private final FakeGateway engine = new FakeGateway()
      .withImage(new ImageDetails(MYAPP, List.of("myapp:latest"), List.of(), STAND_IN, 1))
      .withImage(new ImageDetails(BUSYBOX, List.of("busybox:latest"), List.of(), STAND_IN, 1))
      // made with the docker CLI before the lesson, under the lesson's name
      .withImage(new ImageDetails(THEIRS, List.of("localhost:5000/myapp:mine"), List.of(), Map.of(), 1));

  private SetupRunner runner() {
    return new SetupRunner(engine, null, new LabDirs(dir.resolve("ws"), dir.resolve("cfg"), dir.resolve("state")), report::add);
  }

  private LabMade made() {
    return LabMade.in(dir.resolve("state"), report::add);
  }

  /** The learner's commands in the lesson: the engine's events, as the lab catches up with them. */
  private void learner(Runnable commands) {
    int before = engine.engineEvents().size();
    commands.run();
    List<org.dockerlab.docker.EngineEvent> events = engine.engineEvents();
    made().noteEvents(events.subList(before, events.size()), LESSON_NAMES, engine);
  }

  private List<String> names() {
    List<String> all = new ArrayList<>();
    for (ImageSummary i : engine.images(false, Map.of())) {
      all.addAll(i.repoTags());
      all.addAll(i.repoDigests());
      if (i.repoTags().isEmpty() && i.repoDigests().isEmpty()) {
        all.add("<none> " + i.id());
      }
    }
    return all;
  }

  @Test
  void removeImage_removesEveryTagTheLabMadeInTheRepository_keepsSomeoneElses() {
    learner(() -> {
      engine.tag("myapp", "localhost:5000/myapp");
      engine.tag("busybox", "localhost:5000/myapp:v2");
      engine.tag("busybox", "elsewhere/busybox:mine"); // not a lesson's name: not recorded
    });

    runner().run(new RemoveImage("localhost:5000/myapp"));

    assertThat(names()).containsExactlyInAnyOrder("myapp:latest", "busybox:latest", "elsewhere/busybox:mine", "localhost:5000/myapp:mine");
    assertThat(report).contains("localhost:5000/myapp:latest: removed", "localhost:5000/myapp:v2: removed",
        "localhost:5000/myapp:mine: kept, the lab did not make this name (docker rmi localhost:5000/myapp:mine removes it)");
    assertThat(made().madeName("localhost:5000/myapp:v2")).as("forgotten once removed").isFalse();
  }

  @Test
  void theRegistrysOtherLoopbackSpelling_isTheLessonsToo_itsNamesGoAndSomeoneElsesStay() {
    RemoveImage cleanup = new RemoveImage("localhost:5000/myapp");
    assertThat(cleanup.names()).containsExactly("localhost:5000/myapp", "127.0.0.1:5000/myapp");
    engine.tag("busybox", "127.0.0.1:5000/myapp:theirs"); // the docker CLI, before the lesson
    int before = engine.engineEvents().size();
    engine.tag("myapp", "127.0.0.1:5000/myapp"); // the learner pushes to the registry's other name
    made().noteEvents(engine.engineEvents().subList(before, engine.engineEvents().size()), Set.copyOf(cleanup.names()), engine);

    runner().run(cleanup);

    assertThat(names()).doesNotContain("127.0.0.1:5000/myapp:latest").contains("127.0.0.1:5000/myapp:theirs");
    assertThat(report).contains("127.0.0.1:5000/myapp:latest: removed",
        "127.0.0.1:5000/myapp:theirs: kept, the lab did not make this name (docker rmi 127.0.0.1:5000/myapp:theirs removes it)");
  }

  @Test
  void aTagOutsideTheRegistry_builtInTheLesson_goes_theSameNameMadeBeforeItStays() {
    RemoveImage cleanup = new RemoveImage("myapp:1.1");
    int before = engine.engineEvents().size();
    engine.tag("busybox", "myapp:1.1"); // the learner's build in the lesson
    engine.tag("busybox", "myapp:1.2");
    made().noteEvents(engine.engineEvents().subList(before, engine.engineEvents().size()), Set.copyOf(cleanup.names()), engine);

    runner().run(cleanup);

    assertThat(names()).doesNotContain("myapp:1.1").contains("myapp:latest", "myapp:1.2");
    assertThat(report).contains("myapp:1.1: removed");

    engine.tag("busybox", "myapp:1.1"); // the docker CLI, outside any lesson
    runner().run(cleanup);
    assertThat(names()).contains("myapp:1.1");
  }

  @Test
  void aNameSomeoneElseMadeBeforeTheLesson_isKeptEvenWhenTheLessonNamesItExactly() {
    engine.tag("busybox", "localhost:5000/myapp"); // the docker CLI, before the lab looked

    runner().run(new RemoveImage("localhost:5000/myapp"));

    assertThat(names()).contains("localhost:5000/myapp:latest", "localhost:5000/myapp:mine");
    assertThat(report).contains("localhost:5000/myapp:latest: kept, the lab did not make this name (docker rmi localhost:5000/myapp:latest removes it)");
  }

  @Test
  void anImageUntaggedUnderARunningContainer_goesWhenTheCleanupRemovesTheContainer() {
    engine.withImage(new ImageDetails(BUILT, List.of(), List.of(), Map.of(), 1));
    learner(() -> {
      engine.tag(BUILT, "localhost:5000/myapp"); // as docker build -t does
      engine.startContainer(engine.createContainer(new ContainerSpec("myapp", "localhost:5000/myapp", List.of(), Map.of(), List.of(),
          Map.of(LabLabels.CREATED_BY, LabLabels.BY_SHELL))));
      engine.removeImage("localhost:5000/myapp", true, false); // docker rmi -f under the running container
    });
    assertThat(names()).contains("<none> " + BUILT);

    SetupRunner cleanup = runner();
    cleanup.run(new RemoveImage("localhost:5000/myapp"));
    assertThat(names()).as("a container still uses it").contains("<none> " + BUILT);
    assertThat(cleanup.leftovers()).as("not a leftover while it is used").isEmpty();

    cleanup.run(new RemoveContainer("myapp"));
    assertThat(cleanup.leftovers()).containsExactly("untagged image dddddddddddd");
    cleanup.sweep();

    assertThat(names()).doesNotContain("<none> " + BUILT).contains("localhost:5000/myapp:mine", "myapp:latest", "busybox:latest");
    assertThat(report).contains("untagged image dddddddddddd: removed");
    assertThat(cleanup.leftovers()).isEmpty();
  }

  @Test
  void anUntaggedImageSomeoneElsesContainerUses_staysAfterTheCleanup() {
    engine.withImage(new ImageDetails(BUILT, List.of(), List.of(), Map.of(), 1));
    learner(() -> engine.tag(BUILT, "localhost:5000/myapp"));
    engine.startContainer(engine.createContainer(new ContainerSpec("theirs", BUILT, List.of(), Map.of(), List.of(), Map.of())));
    engine.removeImage("localhost:5000/myapp", true, false);

    SetupRunner cleanup = runner();
    cleanup.run(new RemoveImage("localhost:5000/myapp"));
    cleanup.sweep();

    assertThat(names()).contains("<none> " + BUILT);
    assertThat(engine.containers(true)).extracting(c -> c.name()).containsExactly("theirs");
  }

  @Test
  void digestNames_theLabsGo_someoneElsesStayWithTheirImage() {
    String ours = "localhost:5000/myapp@sha256:" + "1".repeat(64);
    String theirs = "localhost:32776/other@sha256:" + "2".repeat(64);
    String oldStandIn = "sha256:" + "e".repeat(64);
    String oldPulled = "sha256:" + "f".repeat(64);
    String lostStandIn = "sha256:" + "9".repeat(64);
    String foreignDangling = "sha256:" + "8".repeat(64);
    engine
        // a stand-in whose tag moved on: only the digest of the lab's push is left, as after docker tag busybox localhost:5000/myapp
        .withImage(new ImageDetails(oldStandIn, List.of(), List.of(ours), STAND_IN, 1))
        // pulled by digest in the lesson, and named by someone else in their registry too
        .withImage(new ImageDetails(oldPulled, List.of(), List.of("localhost:5000/myapp@sha256:" + "3".repeat(64), theirs), Map.of(), 1))
        // a stand-in the lab provisioned, left dangling
        .withImage(new ImageDetails(lostStandIn, List.of("<none>:<none>"), List.of("<none>@<none>"), STAND_IN, 1)) // as the engine lists it
        // someone else's dangling image
        .withImage(new ImageDetails(foreignDangling, List.of(), List.of(), Map.of(), 1));
    made().named(ours, engine);
    made().named("localhost:5000/myapp@sha256:" + "3".repeat(64), engine);
    made().image(lostStandIn); // the lab provisioned it, before its name went to a newer build
    engine.withImage(new ImageDetails("sha256:" + "7".repeat(64), List.of(), List.of(), STAND_IN, 1)); // built FROM a stand-in by someone else: the label is inherited

    runner().sweep();

    assertThat(names()).doesNotContain(ours, "localhost:5000/myapp@sha256:" + "3".repeat(64), "<none> " + oldStandIn, "<none> " + lostStandIn)
        .contains(theirs, "<none> " + foreignDangling, "<none> sha256:" + "7".repeat(64), "localhost:5000/myapp:mine");
    assertThat(engine.inspectImage(lostStandIn)).isEmpty();
    assertThat(report).contains(ours + ": removed", "untagged image eeeeeeeeeeee (localhost:5000/myapp): removed", "untagged image 999999999999: removed");
  }

  @Test
  void eventsOutsideTheLessonsNames_areNotRecorded_andTheRecordOutlivesTheProcess() {
    learner(() -> {
      engine.tag("busybox", "dlt-speed-big:300");
      engine.tag("busybox", "localhost:5001/student/myapp");
      engine.tag("myapp", "localhost:5000/myapp:v1");
    });

    LabMade again = LabMade.in(dir.resolve("state"), report::add);
    assertThat(again.madeName("localhost:5000/myapp:v1")).isTrue();
    assertThat(again.madeImage(MYAPP)).isTrue();
    assertThat(again.madeName("dlt-speed-big:300")).isFalse();
    assertThat(again.madeName("localhost:5001/student/myapp:latest")).isFalse();
    assertThat(again.madeImage(BUSYBOX)).isFalse();
  }
}
