package org.dockerlab;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Set;
import java.util.TreeSet;
import org.dockerlab.shell.Guide;
import org.dockerlab.shell.LineExecutor;
import org.dockerlab.shell.RanLine;

/**
 * The package rules of the code layout (STYLE.md's table, the README's "Code layout"), stated over the
 * main classes so that a change which breaks one fails the build. Where the code departs from the table
 * for a reason, the rule says so beside it.
 */
@AnalyzeClasses(packages = "org.dockerlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String DOCKER_JAVA = "com.github.dockerjava..";
  private static final String PICOCLI = "picocli..";
  private static final String JLINE = "org.jline..";
  private static final String DOCKER_JAVA_GATEWAY = "org.dockerlab.docker.DockerJavaGateway";

  /** Every package of ours, one slice each: no package reaches itself through others (what jdeps shows). */
  @ArchTest
  static final ArchRule packages_haveNoCycles = slices().matching("org.dockerlab.(**)").should().beFreeOfCycles();

  /** The rooms (a package with its sub-packages, such as docker with docker.commands) have none either. */
  @ArchTest
  static final ArchRule rooms_haveNoCycles = slices().matching("org.dockerlab.(*)..").should().beFreeOfCycles();

  /**
   * One door to the engine: docker-java only in {@code org.dockerlab.docker} itself. Even the docker
   * subcommands ({@code docker.commands}) go through the gateway, so they run on a fake one in tests.
   */
  @ArchTest
  static final ArchRule dockerJava_onlyInTheDockerPackage =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.dockerlab.docker")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(DOCKER_JAVA)
          .because("the engine is reached through DockerGateway, the only door to it");

  @ArchTest
  static final ArchRule concreteGateway_namedOnlyInTheDockerPackage =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.dockerlab.docker")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(DOCKER_JAVA_GATEWAY)
          .because("everything talks to the DockerGateway interface, so a fake gateway can stand in");

  /**
   * picocli only where commands are declared: {@code cli}, the shell, the docker subcommands and the
   * tutor's commands. So never in lesson, check, evidence, progress, report, setup, archive, images, the
   * tutor's logic, the docker gateway or the ground floor (written as "only in" so that a new package is
   * covered without a change here).
   */
  @ArchTest
  static final ArchRule picocli_onlyInCommandPackages =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "org.dockerlab.cli..", "org.dockerlab.shell..", "org.dockerlab.docker.commands..", "org.dockerlab.tutor.commands..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(PICOCLI)
          .because("commands are picocli commands; what they call works without a command line");

  /** JLine only at the terminal: {@code cli} (the terminal adapters) and the shell (reading a line). */
  @ArchTest
  static final ArchRule jline_onlyAtTheTerminal =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.dockerlab.cli..", "org.dockerlab.shell..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(JLINE)
          .because("only the shell reads lines from a terminal");

  /**
   * The tutor's commands meet the shell only through the interface the shell owns ({@link Guide}) and
   * what the shell hands it ({@link RanLine}, and the {@link LineExecutor} a solution runs through); the shell itself knows nothing of the tutor (see
   * {@link #layers()}).
   */
  @ArchTest
  static final ArchRule tutorCommands_meetTheShellOnlyThroughGuide =
      noClasses()
          .that()
          .resideInAPackage("org.dockerlab.tutor.commands..")
          .should()
          .dependOnClassesThat(resideInAPackage("org.dockerlab.shell..").and(not(belongToAnyOf(Guide.class, RanLine.class, LineExecutor.class))))
          .because("the shell owns the Guide interface and the tutor implements it");

  private static final DescribedPredicate<JavaClass> TUTOR_LOGIC =
      resideInAPackage("org.dockerlab.tutor..").and(not(resideInAPackage("org.dockerlab.tutor.commands.."))).as("the tutor's logic");

  /**
   * What each package may import, as STYLE.md's table has it. A layer here is a package, or a room with
   * its sub-packages; a layer may always use itself. Every main class must be in a layer, so a new
   * package needs a line here (and in the README's table). Where the code and the table differ for a
   * reason, the line says why.
   */
  private static LayeredArchitecture layers() {
    return layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .ensureAllClassesAreContainedInArchitecture()
          .layer("cli").definedBy("org.dockerlab.cli..")
          .layer("shell").definedBy("org.dockerlab.shell..")
          .layer("tutor.commands").definedBy("org.dockerlab.tutor.commands..")
          .layer("tutor").definedBy(TUTOR_LOGIC)
          .optionalLayer("evidence").definedBy("org.dockerlab.evidence..")
          .layer("lesson").definedBy("org.dockerlab.lesson..")
          .layer("setup").definedBy("org.dockerlab.setup..")
          .layer("check").definedBy("org.dockerlab.check..")
          .layer("progress").definedBy("org.dockerlab.progress..")
          .layer("report").definedBy("org.dockerlab.report..")
          .layer("images").definedBy("org.dockerlab.images..")
          .layer("archive").definedBy("org.dockerlab.archive..")
          // The docker room in four: the gateway with its value types, which others may use; config.json;
          // the output formats; the subcommands, which only the shell and cli run.
          .layer("docker").definedBy("org.dockerlab.docker")
          .layer("docker.config").definedBy("org.dockerlab.docker.config..")
          .layer("docker.format").definedBy("org.dockerlab.docker.format..")
          .layer("docker.commands").definedBy("org.dockerlab.docker.commands..")
          .layer("ground floor")
          .definedBy("org.dockerlab.errors..", "org.dockerlab.files..", "org.dockerlab.host..", "org.dockerlab.state..", "org.dockerlab.io..")
          // cli wires everything: no rule.
          // The shell runs docker lines (the gateway and the subcommands) and nothing of lessons, exams,
          // progress, reports or images. archive: its native gunzip stage reads concatenated gzip members
          // as gunzip does, with the archive room's reader rather than a second one. evidence: it writes
          // what it ran as the journal's records (JournalEntry, Invocation), which the tutor keeps.
          .whereLayer("shell").mayOnlyAccessLayers("docker", "docker.commands", "archive", "evidence", "ground floor")
          // The tutor's commands are the Guide the shell asks for (see tutorCommands_meetTheShellOnlyThroughGuide).
          .whereLayer("tutor.commands")
          .mayOnlyAccessLayers("tutor", "shell", "lesson", "setup", "check", "evidence", "progress", "report", "ground floor")
          // The tutor: the gateway interface and its value types (a step's workbench), never the subcommands;
          // images: a lesson's start provisions the lab images it needs.
          .whereLayer("tutor")
          .mayOnlyAccessLayers("lesson", "setup", "check", "evidence", "progress", "report", "images", "docker", "ground floor")
          .whereLayer("evidence").mayOnlyAccessLayers("docker", "ground floor")
          // A lesson's records hold its steps' checks and setup actions, read from the same YAML.
          .whereLayer("lesson").mayOnlyAccessLayers("check", "setup", "ground floor")
          // docker.config: the setup action `logout` edits config.json as `docker logout` does.
          .whereLayer("setup").mayOnlyAccessLayers("docker", "docker.config", "images", "ground floor")
          // docker.config: the config.json check reads it as docker does.
          .whereLayer("check").mayOnlyAccessLayers("docker", "docker.config", "evidence", "archive", "ground floor")
          .whereLayer("progress").mayOnlyAccessLayers("ground floor")
          // lesson: a report names each lesson's title and steps.
          .whereLayer("report").mayOnlyAccessLayers("check", "progress", "lesson", "ground floor")
          .whereLayer("images").mayOnlyAccessLayers("docker", "archive", "ground floor")
          .whereLayer("archive").mayOnlyAccessLayers("ground floor")
          .whereLayer("docker").mayOnlyAccessLayers("ground floor")
          .whereLayer("docker.config").mayOnlyAccessLayers("docker", "docker.format", "ground floor")
          .whereLayer("docker.format").mayOnlyAccessLayers("docker", "ground floor")
          .whereLayer("docker.commands").mayOnlyAccessLayers("docker", "docker.config", "docker.format", "archive", "ground floor")
          .whereLayer("ground floor").mayNotAccessAnyLayer();
  }

  @ArchTest static final ArchRule packages_importOnlyWhatTheTableAllows = layers();

  // The rules above would pass on nothing; these show that each one looks at real imports.

  @ArchTest
  static void dockerJavaRule_seesTheGatewaysImports(JavaClasses classes) {
    assertThat(dependers(classes, resideInAPackage(DOCKER_JAVA))).containsExactly("org.dockerlab.docker");
  }

  @ArchTest
  static void concreteGatewayRule_seesTheDockerPackageNameIt(JavaClasses classes) {
    assertThat(dependers(classes, HasName.Predicates.name(DOCKER_JAVA_GATEWAY))).containsExactly("org.dockerlab.docker");
  }

  @ArchTest
  static void picocliRule_seesTheCommandsImports(JavaClasses classes) {
    assertThat(dependers(classes, resideInAPackage(PICOCLI)))
        .contains("org.dockerlab.cli", "org.dockerlab.shell", "org.dockerlab.docker.commands", "org.dockerlab.tutor.commands");
  }

  @ArchTest
  static void jlineRule_seesTheShellsImports(JavaClasses classes) {
    assertThat(dependers(classes, resideInAPackage(JLINE))).containsExactlyInAnyOrder("org.dockerlab.cli", "org.dockerlab.shell");
  }

  @ArchTest
  static void guideRule_seesTheTutorCommandsUseTheShell(JavaClasses classes) {
    assertThat(dependers(classes, resideInAPackage("org.dockerlab.shell.."))).contains("org.dockerlab.tutor.commands");
  }

  /** Taking one permission the code uses away from the table makes the layer rule fail. */
  @ArchTest
  static void layerRule_failsWhenTheCodeImportsWhatTheTableForbids(JavaClasses classes) {
    assertThat(layers().whereLayer("shell").mayOnlyAccessLayers("docker", "archive", "ground floor").evaluate(classes).hasViolation())
        .as("the shell runs the docker subcommands, so forbidding docker.commands must fail")
        .isTrue();
    assertThat(layers().whereLayer("lesson").mayOnlyAccessLayers("setup", "ground floor").evaluate(classes).hasViolation())
        .as("lesson records hold checks, so forbidding check must fail")
        .isTrue();
  }

  /** The packages of ours whose classes depend on a class the predicate accepts (a class naming itself aside). */
  private static Set<String> dependers(JavaClasses classes, DescribedPredicate<? super JavaClass> target) {
    Set<String> packages = new TreeSet<>();
    for (JavaClass c : classes) {
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass to = d.getTargetClass();
        if (target.test(to) && !outermost(to).equals(outermost(c))) {
          packages.add(c.getPackageName());
        }
      }
    }
    return packages;
  }

  private static JavaClass outermost(JavaClass c) {
    return c.getEnclosingClass().map(ArchitectureTest::outermost).orElse(c);
  }
}
