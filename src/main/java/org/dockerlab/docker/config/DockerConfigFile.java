package org.dockerlab.docker.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dockerlab.docker.Credentials;
import org.dockerlab.docker.format.GoJson;
import org.dockerlab.errors.LabException;

/**
 * docker's {@code <DOCKER_CONFIG>/config.json}, in the docker CLI's own format. It is kept as a JSON tree,
 * not a POJO, so that fields the lab does not know ({@code HttpHeaders}, {@code credsStore},
 * {@code experimental}...) survive a login or logout untouched. Each change is written at once, atomically,
 * owner-only (0600).
 */
public final class DockerConfigFile {
  public static final String FILE_NAME = "config.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AUTHS = "auths";

  private final Path file;
  private final ObjectNode root;
  private final PrivateFileWriter writer;

  private DockerConfigFile(Path file, ObjectNode root, PrivateFileWriter writer) {
    this.file = file;
    this.root = root;
    this.writer = writer;
  }

  /** Reads {@code config.json} in the given DOCKER_CONFIG directory; a missing file is an empty config. */
  public static DockerConfigFile load(Path dockerConfigDir) {
    return load(dockerConfigDir, new PrivateFileWriter());
  }

  static DockerConfigFile load(Path dockerConfigDir, PrivateFileWriter writer) {
    Path file = dockerConfigDir.resolve(FILE_NAME);
    return new DockerConfigFile(file, read(file), writer);
  }

  private static ObjectNode read(Path file) {
    if (!Files.exists(file)) {
      return JSON.createObjectNode();
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.isBlank()) {
        return JSON.createObjectNode();
      }
      JsonNode node = JSON.readTree(text);
      if (node instanceof ObjectNode object && (!object.has(AUTHS) || object.get(AUTHS).isObject())) {
        return object;
      }
      throw malformed(file, "it is not a JSON object with an \"auths\" object", null);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw malformed(file, "it is not valid JSON" + where, e);
    } catch (IOException e) {
      throw LabException.environment("cannot read " + file + " (" + e.getMessage() + "): check its permissions", e);
    }
  }

  private static LabException malformed(Path file, String why, Throwable cause) {
    return LabException.environment(
        file + " cannot be used: " + why + "; fix it, or move it away to start with an empty one (the lab left it unchanged)",
        cause);
  }

  public Path path() {
    return file;
  }

  /**
   * The credentials stored for a registry key ({@code https://index.docker.io/v1/}, {@code localhost:5000}):
   * from {@code auth} (base64 of {@code user:password}), else from {@code username}/{@code password}. An
   * entry written as {@code http://localhost:5000} also counts for {@code localhost:5000}, as in the CLI.
   */
  public Optional<Credentials> auth(String key) {
    return entry(key).flatMap(e -> credentials(key, e.getValue()));
  }

  private Optional<Map.Entry<String, JsonNode>> entry(String key) {
    JsonNode auths = root.get(AUTHS);
    if (auths == null) {
      return Optional.empty();
    }
    if (auths.has(key)) {
      return Optional.of(Map.entry(key, auths.get(key)));
    }
    return auths.properties().stream().filter(e -> RegistryAddress.authKey(e.getKey()).equals(key)).findFirst();
  }

  private Optional<Credentials> credentials(String key, JsonNode entry) {
    String auth = entry.path("auth").asText("");
    if (!auth.isEmpty()) {
      byte[] decoded;
      try {
        decoded = Base64.getDecoder().decode(auth.trim());
      } catch (IllegalArgumentException e) {
        throw malformed(file, "the \"auth\" of " + key + " is not base64", null);
      }
      CharBuffer buffer = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(decoded));
      char[] chars = new char[buffer.remaining()];
      buffer.get(chars);
      Arrays.fill(buffer.array(), '\0');
      Arrays.fill(decoded, (byte) 0);
      int colon = indexOf(chars, ':');
      if (colon < 0) {
        throw malformed(file, "the \"auth\" of " + key + " is not base64 of user:password", null);
      }
      Credentials credentials = new Credentials(new String(chars, 0, colon), Arrays.copyOfRange(chars, colon + 1, chars.length));
      Arrays.fill(chars, '\0');
      return Optional.of(credentials);
    }
    String user = entry.path("username").asText("");
    String password = entry.path("password").asText("");
    return user.isEmpty() || password.isEmpty() ? Optional.empty() : Optional.of(new Credentials(user, password.toCharArray()));
  }

  /** The credential helper config.json names for a key ({@code credHelpers}, else {@code credsStore}), if any. */
  public Optional<String> credentialHelper(String key) {
    String helper = root.path("credHelpers").path(key).asText("");
    if (helper.isEmpty()) {
      helper = root.path("credsStore").asText("");
    }
    return helper.isEmpty() ? Optional.empty() : Optional.of(helper);
  }

  /** Stores credentials under the key, as {@code "auth": base64(user:password)}, and writes the file. */
  public void store(String key, String user, char[] password) {
    ObjectNode auths = root.has(AUTHS) ? (ObjectNode) root.get(AUTHS) : root.putObject(AUTHS);
    ObjectNode entry = auths.get(key) instanceof ObjectNode existing ? existing : auths.putObject(key);
    entry.remove(List.of("username", "password", "identitytoken", "registrytoken"));
    entry.put("auth", encode(user, password));
    save();
  }

  /** Removes the key (and its {@code http(s)://} spellings); false when there was nothing to remove. */
  public boolean remove(String key) {
    JsonNode auths = root.get(AUTHS);
    if (!(auths instanceof ObjectNode object)) {
      return false;
    }
    List<String> spellings =
        object.properties().stream().map(Map.Entry::getKey).filter(k -> k.equals(key) || RegistryAddress.authKey(k).equals(key)).toList();
    if (spellings.isEmpty()) {
      return false;
    }
    object.remove(spellings);
    save();
    return true;
  }

  private void save() {
    writer.write(file, render(root).getBytes(StandardCharsets.UTF_8));
  }

  /** Tabs, {@code "key": value} and {@code {}} for empty objects, as Go's json.MarshalIndent writes them. */
  static String render(JsonNode node) {
    return GoJson.indent(node, "\t");
  }

  private static String encode(String user, char[] password) {
    CharBuffer chars = CharBuffer.allocate(user.length() + 1 + password.length);
    chars.put(user).put(':').put(password).flip();
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(chars);
    byte[] raw = new byte[bytes.remaining()];
    bytes.get(raw);
    Arrays.fill(chars.array(), '\0');
    Arrays.fill(bytes.array(), (byte) 0);
    try {
      return Base64.getEncoder().encodeToString(raw);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  private static int indexOf(char[] chars, char c) {
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** Whether auths has an entry for the key (also an empty one, whose secret lives in a credential helper). */
  public boolean hasEntry(String key) {
    return entry(key).isPresent();
  }
}
