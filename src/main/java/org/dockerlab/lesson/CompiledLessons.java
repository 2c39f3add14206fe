package org.dockerlab.lesson;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The bundled lessons as the build read them, in a form that loads without YAML: reading the lesson files
 * cold (Jackson's YAML and data binding) took 0.4 s of every {@code grade}, this takes a few milliseconds.
 * The YAML in {@code lessons/} stays the source of truth: the build writes this file beside it only when
 * every file loaded without a problem, and it is used only while it matches, file for file, the YAML
 * beside it (by CRC-32) and the record classes it was made with (their components' names and types).
 * Anything else, and the loader reads the YAML as before, with its {@code FILE:LINE} messages.
 *
 * <p>The records are rebuilt through their canonical constructors, so their validation runs as when
 * read from YAML.
 */
public final class CompiledLessons {
  /** The file's name, in each directory of lesson files it was made from. */
  public static final String FILE = "compiled-lessons.bin";

  private static final int MAGIC = 0x444c4c43; // DLLC
  private static final int VERSION = 1;
  private static final byte NULL = 0, STRING = 1, INT = 2, LONG = 3, TRUE = 4, FALSE = 5, LIST = 6, MAP = 7, RECORD = 8, ENUM = 9, DOUBLE = 10;

  private CompiledLessons() {}

  /**
   * The compiled form of lessons read from YAML files.
   *
   * @param sources each lesson file's name (without its directory) and the CRC-32 of its bytes, in order
   */
  public static byte[] write(Map<String, Long> sources, List<Lesson> lessons) throws IOException {
    Writer w = new Writer();
    w.value(lessons);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(sources.size());
    for (Map.Entry<String, Long> source : sources.entrySet()) {
      out.writeUTF(source.getKey());
      out.writeLong(source.getValue());
    }
    out.writeInt(w.classes.size());
    for (Class<?> type : w.classes) {
      out.writeUTF(type.getName());
      out.writeUTF(signature(type));
    }
    out.write(w.body.toByteArray());
    out.flush();
    return bytes.toByteArray();
  }

  /**
   * The lessons, when the compiled form was made from exactly these files by these classes; empty when
   * it is stale or unreadable (then the YAML is read instead).
   *
   * @param sources each lesson file's name (without its directory) and the CRC-32 of its bytes, in order
   */
  static Optional<List<Lesson>> read(InputStream in, Map<String, Long> sources) {
    return read(in, sources, name -> sources.getOrDefault(name, -1L));
  }

  /**
   * The same, for files that can be looked up by name but not listed cheaply (a jar's entries).
   *
   * @param crc the CRC-32 of a lesson file by its name, -1 when there is none
   */
  static Optional<List<Lesson>> read(InputStream in, ToLongFunction<String> crc) {
    return read(in, null, crc);
  }

  private static Optional<List<Lesson>> read(InputStream in, Map<String, Long> sources, ToLongFunction<String> crc) {
    try {
      DataInputStream data = new DataInputStream(in);
      if (data.readInt() != MAGIC || data.readInt() != VERSION) {
        return Optional.empty();
      }
      int count = data.readInt();
      List<String> madeFrom = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String name = data.readUTF();
        madeFrom.add(name);
        if (data.readLong() != crc.applyAsLong(name)) {
          return Optional.empty(); // changed or gone since the build
        }
      }
      if (sources != null && !madeFrom.equals(List.copyOf(sources.keySet()))) {
        return Optional.empty(); // a file was added (or the order changed)
      }
      Reader r = new Reader(data);
      int types = data.readInt();
      for (int i = 0; i < types; i++) {
        Class<?> type = Class.forName(data.readUTF(), false, CompiledLessons.class.getClassLoader());
        if (!data.readUTF().equals(signature(type))) {
          return Optional.empty(); // the classes changed since the build
        }
        r.add(type);
      }
      List<Lesson> lessons = new ArrayList<>();
      for (Object lesson : (List<?>) r.value()) {
        lessons.add((Lesson) lesson);
      }
      return Optional.of(List.copyOf(lessons));
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A record's components (name and generic type), or an enum's constants: what the file's values fit. */
  private static String signature(Class<?> type) {
    if (type.isEnum()) {
      return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(","));
    }
    return Arrays.stream(type.getRecordComponents()).map(c -> c.getName() + ":" + c.getGenericType().getTypeName()).collect(Collectors.joining(","));
  }

  private static final class Writer {
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    final DataOutputStream out = new DataOutputStream(body);
    final List<Class<?>> classes = new ArrayList<>();

    void value(Object v) throws IOException {
      if (v == null) {
        out.writeByte(NULL);
      } else if (v instanceof String s) {
        out.writeByte(STRING);
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
      } else if (v instanceof Integer i) {
        out.writeByte(INT);
        out.writeInt(i);
      } else if (v instanceof Long l) {
        out.writeByte(LONG);
        out.writeLong(l);
      } else if (v instanceof Double d) {
        out.writeByte(DOUBLE);
        out.writeDouble(d);
      } else if (v instanceof Boolean b) {
        out.writeByte(b ? TRUE : FALSE);
      } else if (v instanceof List<?> list) {
        out.writeByte(LIST);
        out.writeInt(list.size());
        for (Object e : list) {
          value(e);
        }
      } else if (v instanceof Map<?, ?> map) {
        out.writeByte(MAP);
        out.writeInt(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
          value(e.getKey());
          value(e.getValue());
        }
      } else if (v instanceof Enum<?> e) {
        out.writeByte(ENUM);
        out.writeInt(index(e.getDeclaringClass()));
        out.writeInt(e.ordinal());
      } else if (v instanceof Record r) {
        out.writeByte(RECORD);
        out.writeInt(index(r.getClass()));
        for (RecordComponent c : r.getClass().getRecordComponents()) {
          try {
            c.getAccessor().setAccessible(true);
            value(c.getAccessor().invoke(r));
          } catch (ReflectiveOperationException ex) {
            throw new IOException("cannot read " + r.getClass().getName() + "." + c.getName(), ex);
          }
        }
      } else {
        // a new kind of value in a lesson record: teach this class, or the lessons load from YAML
        throw new IOException("cannot compile a " + v.getClass().getName() + " in a lesson");
      }
    }

    private int index(Class<?> type) {
      int i = classes.indexOf(type);
      if (i < 0) {
        classes.add(type);
        i = classes.size() - 1;
      }
      return i;
    }
  }

  private static final class Reader {
    private final DataInputStream in;
    private final List<Class<?>> classes = new ArrayList<>();
    private final List<Constructor<?>> constructors = new ArrayList<>();
    private final List<Integer> arity = new ArrayList<>();

    Reader(DataInputStream in) {
      this.in = in;
    }

    void add(Class<?> type) throws NoSuchMethodException {
      classes.add(type);
      if (type.isRecord()) {
        RecordComponent[] components = type.getRecordComponents();
        Constructor<?> canonical = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        canonical.setAccessible(true);
        constructors.add(canonical);
        arity.add(components.length);
      } else {
        constructors.add(null);
        arity.add(0);
      }
    }

    Object value() throws IOException, ReflectiveOperationException {
      byte tag = in.readByte();
      switch (tag) {
        case NULL:
          return null;
        case STRING:
          byte[] utf8 = new byte[in.readInt()];
          in.readFully(utf8);
          return new String(utf8, StandardCharsets.UTF_8);
        case INT:
          return in.readInt();
        case LONG:
          return in.readLong();
        case DOUBLE:
          return in.readDouble();
        case TRUE:
          return Boolean.TRUE;
        case FALSE:
          return Boolean.FALSE;
        case LIST: {
          int n = in.readInt();
          List<Object> list = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            list.add(value());
          }
          return Collections.unmodifiableList(list);
        }
        case MAP: {
          int n = in.readInt();
          Map<Object, Object> map = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) {
            map.put(value(), value());
          }
          return Collections.unmodifiableMap(map);
        }
        case ENUM:
          return classes.get(in.readInt()).getEnumConstants()[in.readInt()];
        case RECORD: {
          int type = in.readInt();
          Object[] args = new Object[arity.get(type)];
          for (int i = 0; i < args.length; i++) {
            args[i] = value();
          }
          try {
            return constructors.get(type).newInstance(args);
          } catch (InvocationTargetException e) {
            throw new IOException("a compiled " + classes.get(type).getSimpleName() + " no longer validates", e);
          }
        }
        default:
          throw new IOException("unknown value tag " + tag);
      }
    }
  }
}
