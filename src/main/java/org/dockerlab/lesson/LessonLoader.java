package org.dockerlab.lesson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.dockerlab.check.Check;
import org.dockerlab.check.CheckTypes;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.setup.SetupTypes;

/**
 * Reads lesson files ({@code *.yaml}, in file-name order) into {@link Lesson} records. Reading is pure:
 * nothing in a lesson file runs when it is loaded. Every error becomes one {@link Problem} line naming
 * the file, the line and the field.
 */
public final class LessonLoader {
  /** Where the jar carries the repository's {@code lessons/} directory. */
  static final String BUNDLED = "lessons";
  /** Exams live beside the lessons, in {@code lessons/exams/}; the lesson list skips the directory. */
  public static final String EXAMS = "exams";
  private static final String PROBLEMS = "dockerlab.problems";

  /**
   * A reader for one file. Not shared between files: Jackson remembers an unknown type id once it has
   * been handled, and each file should report its own.
   */
  private static ObjectReader reader() {
    YAMLMapper mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    CheckTypes.register(mapper);
    SetupTypes.register(mapper);
    mapper.addHandler(new UnknownCheckTypes());
    return mapper.readerFor(Lesson.class);
  }

  /**
   * The lessons shipped in the jar (the repository's {@code lessons/}); fails if any has a problem. Read
   * from their compiled form when it matches the YAML (see {@link CompiledLessons}), else from the YAML.
   */
  public static List<Lesson> bundled() {
    return compiled(BUNDLED).orElseGet(() -> usable(new LessonLoader().readBundled(), "lessons"));
  }

  /** The lessons of a directory; fails with every problem, one per line, if any file has one. */
  public static List<Lesson> load(Path dir) {
    return usable(new LessonLoader().read(dir, dir.toString()), "lessons");
  }

  /** The exams shipped in the jar (the repository's {@code lessons/exams/}); fails if any has a problem. */
  public static List<Lesson> bundledExams() {
    return compiled(BUNDLED + "/" + EXAMS).orElseGet(() -> usable(new LessonLoader().readBundledExams(), "exams"));
  }

  /** The exam files of a directory ({@code NN-ID.yaml} with an {@code exam:} section). */
  public static List<Lesson> loadExams(Path dir) {
    return usable(new LessonLoader().read(dir, dir.toString()), "exams");
  }

  private static List<Lesson> usable(Curriculum curriculum, String what) {
    List<Problem> problems = curriculum.problems();
    if (!problems.isEmpty()) {
      StringBuilder message = new StringBuilder("the " + what + " have problems (dockerlab lint shows them all):");
      problems.forEach(p -> message.append('\n').append(p));
      throw new LabException(ExitCode.INTERNAL, message.toString());
    }
    return curriculum.lessons();
  }

  /**
   * Reads every lesson file of the directory, keeping going after problems.
   *
   * @param shownAs how messages name the directory, e.g. {@code lessons}
   */
  public Curriculum read(Path dir, String shownAs) {
    List<LessonFile> files = new ArrayList<>();
    for (Path file : lessonFiles(dir)) {
      String name = shownAs.isEmpty() ? file.getFileName().toString() : shownAs.replaceFirst("/+$", "") + "/" + file.getFileName();
      try {
        files.add(parse(name, Files.readString(file, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        files.add(new LessonFile(name, Optional.empty(), List.of(new Problem(name, 1, "", "cannot read: " + e.getMessage())), YamlLines.of("")));
      }
    }
    return new Curriculum(files);
  }

  /** The {@code *.yaml} files of a directory, sorted by name; fails when it is not a readable directory. */
  public static List<Path> lessonFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw LabException.badInput(dir + " is not a directory of lesson files");
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".yaml")).filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw LabException.badInput("cannot list " + dir + ": " + e.getMessage());
    }
  }

  /** The lessons in the jar (or in target/classes when run from the build). */
  public Curriculum readBundled() {
    return readResource(BUNDLED);
  }

  /** The exams in the jar, {@code lessons/exams/}. */
  public Curriculum readBundledExams() {
    return readResource(BUNDLED + "/" + EXAMS);
  }

  private Curriculum readResource(String resource) {
    URL dir = LessonLoader.class.getResource("/" + resource);
    if (dir == null) {
      throw new LabException(ExitCode.INTERNAL, "this dockerlab build has no " + resource + " in it: rebuild it with mvn package");
    }
    try {
      URI uri = dir.toURI();
      if (!uri.getScheme().equals("jar")) {
        return read(Path.of(uri), resource);
      }
      // The jar's own index, not a zip file system: that reads the directory of the whole 26 MB jar
      // again (0.15 s, a sixth of a grade); a JarFile shares the one the class loader has open.
      Path jarPath = Path.of(((JarURLConnection) dir.openConnection()).getJarFileURL().toURI());
      try (JarFile jar = new JarFile(jarPath.toFile())) {
        List<LessonFile> files = new ArrayList<>();
        for (JarEntry entry : lessonEntries(jar, resource)) {
          try (InputStream in = jar.getInputStream(entry)) {
            files.add(parse(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
        }
        return new Curriculum(files);
      }
    } catch (IOException | URISyntaxException e) {
      throw new LabException(ExitCode.INTERNAL, "cannot read the lessons inside dockerlab: " + e.getMessage(), e);
    }
  }

  /** The compiled form of a bundled directory of lessons, when there is one and it matches the YAML beside it. */
  private static Optional<List<Lesson>> compiled(String resource) {
    URL dir = LessonLoader.class.getResource("/" + resource);
    if (dir == null) {
      return Optional.empty();
    }
    try {
      URI uri = dir.toURI();
      if (!uri.getScheme().equals("jar")) {
        Path path = Path.of(uri);
        Path bin = path.resolve(CompiledLessons.FILE);
        if (!Files.isRegularFile(bin)) {
          return Optional.empty();
        }
        Map<String, Long> sources = new LinkedHashMap<>();
        for (Path file : lessonFiles(path)) {
          sources.put(file.getFileName().toString(), crc(Files.readAllBytes(file)));
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(bin))) {
          return CompiledLessons.read(in, sources);
        }
      }
      Path jarPath = Path.of(((JarURLConnection) dir.openConnection()).getJarFileURL().toURI());
      try (JarFile jar = new JarFile(jarPath.toFile())) {
        JarEntry bin = jar.getJarEntry(resource + "/" + CompiledLessons.FILE);
        if (bin == null) {
          return Optional.empty();
        }
        // The files it names, looked up by name: listing the jar's 17,000 entries took 0.1 s. The jar was
        // packed by the build that compiled them, so it holds no lesson file the compiled form lacks.
        try (InputStream in = new BufferedInputStream(jar.getInputStream(bin))) {
          return CompiledLessons.read(in, name -> {
            JarEntry entry = jar.getJarEntry(resource + "/" + name);
            return entry == null ? -1 : entry.getCrc();
          });
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The CRC-32 of a lesson file, as its jar entry has it. */
  public static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  private static List<JarEntry> lessonEntries(JarFile jar, String resource) {
    return jar.stream()
        .filter(e -> !e.isDirectory() && e.getName().startsWith(resource + "/") && e.getName().endsWith(".yaml"))
        .filter(e -> e.getName().indexOf('/', resource.length() + 1) < 0)
        .sorted(Comparator.comparing(JarEntry::getName))
        .toList();
  }

  /** Parses one lesson file's text. */
  public LessonFile parse(String name, String text) {
    YamlLines lines = YamlLines.of(text);
    List<UnknownType> unknown = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Lesson lesson = null;
    try {
      lesson = reader().withAttribute(PROBLEMS, unknown).readValue(text);
      if (lesson == null) {
        problems.add(new Problem(name, 1, "", "the file is empty: a lesson needs id, title, summary and steps"));
      }
    } catch (JsonProcessingException e) {
      problems.add(MappingProblems.from(name, e, lines));
    }
    for (UnknownType u : unknown) {
      problems.add(new Problem(name, lines.lineOf(u.path(), u.line()), u.path(), MappingProblems.unknownCheckType(u.type())));
    }
    problems.sort(Comparator.comparingInt(Problem::line));
    return new LessonFile(name, Optional.ofNullable(lesson), problems, lines);
  }

  private record UnknownType(String path, int line, String type) {}

  /**
   * Notes an unknown check type and reads that check as an {@link UnknownCheck}, so that loading goes on.
   * Each unknown type is reported at its first use in a file.
   */
  private static final class UnknownCheckTypes extends DeserializationProblemHandler {
    @Override
    @SuppressWarnings("unchecked")
    public JavaType handleUnknownTypeId(
        DeserializationContext ctxt, JavaType baseType, String subTypeId, TypeIdResolver idResolver, String failureMsg) {
      Object sink = ctxt.getAttribute(PROBLEMS);
      if (!baseType.isTypeOrSuperTypeOf(Check.class) || !(sink instanceof List<?>)) {
        return null;
      }
      JsonParser p = ctxt.getParser();
      String path = YamlLines.path(p.getParsingContext().pathAsPointer());
      if (!path.endsWith(".type")) {
        path = YamlLines.child(path, "type");
      }
      ((List<UnknownType>) sink).add(new UnknownType(path, p.currentLocation().getLineNr(), subTypeId));
      return ctxt.constructType(UnknownCheck.class);
    }
  }
}
