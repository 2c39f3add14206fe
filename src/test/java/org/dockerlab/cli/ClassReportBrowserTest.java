package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.testing.Cli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class report's page in a real browser: Debian's chromium, headless. The page renders, every learner
 * is on it as text (a learner named {@code <script>...} too), it prints to PDF, and a screenshot is left in
 * {@code target/class-report/} for a person to look at. Without chromium it is skipped with the reason on
 * a laptop, and fails under {@code CI=true} (scripts/test installs chromium as root on Debian).
 */
class ClassReportBrowserTest {
  private static final Path OUT = Path.of("target/class-report");
  private static final Pattern ROW_HEADER = Pattern.compile("<th scope=\"row\"[^>]*>(.*?)</th>");

  @TempDir static Path state;
  static Path page;
  static String chromium;

  @BeforeAll
  static void page() throws Exception {
    chromium = find().orElse(null);
    if (chromium == null) {
      if ("true".equals(System.getenv("CI"))) {
        fail("chromium is not installed and CI=true: the class report's page must be rendered in a browser (scripts/test installs chromium as root on Debian)");
      }
      Assumptions.abort("chromium is not installed: the class report's page was not rendered in a browser (apt-get install chromium)");
    }
    Path reports = ClassReportCommandTest.threeLearners(state.resolve("reports"));
    Files.createDirectories(OUT);
    page = OUT.resolve("class-report.html").toAbsolutePath();
    Cli.Result r = new Cli(state).run("class", "report", reports.toString(), "--format", "html", "--output", page.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
  }

  @Test
  void dumpDom_everyLearnerIsARowOfTheMatrix_asText_andNoScriptRan() throws Exception {
    String dom = chromium("--dump-dom", page.toUri().toString());

    String matrix = dom.substring(dom.indexOf("<table class=\"matrix\">"), dom.indexOf("</table>", dom.indexOf("<table class=\"matrix\">")));
    List<String> rows = new ArrayList<>();
    Matcher m = ROW_HEADER.matcher(matrix);
    while (m.find()) {
      rows.add(unescape(m.group(1)));
    }
    assertThat(rows).containsExactlyInAnyOrder("Complete Learner", ClassReportCommandTest.ODD_NAME, "<script>alert('x')</script>");
    assertThat(dom).doesNotContain("<script").contains("<svg").contains("Pass rate per step").contains("Steps most failed");
  }

  @Test
  void screenshot_andPrintToPdf_bothRender() throws Exception {
    Path png = OUT.resolve("class-report.png").toAbsolutePath();
    Path pdf = OUT.resolve("class-report.pdf").toAbsolutePath();
    Files.deleteIfExists(png);
    Files.deleteIfExists(pdf);

    chromium("--window-size=1400,1100", "--screenshot=" + png, page.toUri().toString());
    chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());

    byte[] image = Files.readAllBytes(png);
    assertThat(new String(image, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    assertThat(readInt(image, 16)).as("width").isEqualTo(1400);
    assertThat(image.length).as("a page with content, not a blank one").isGreaterThan(50_000);
    assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-").contains("/Type /Page");
  }

  private static String chromium(String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(state, "chromium-");
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Path log = state.resolve("chromium.log");
    Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
    byte[] out;
    try (InputStream in = p.getInputStream()) {
      out = in.readAllBytes();
    }
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium took more than 90 s: " + String.join(" ", cmd));
    }
    assertThat(p.exitValue()).as("chromium " + String.join(" ", args) + ": " + Files.readString(log)).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }

  private static Optional<String> find() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of("chromium", "chromium-browser", "google-chrome")
        .flatMap(name -> Stream.of(path.split(java.io.File.pathSeparator)).map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .map(Path::toString)
        .findFirst();
  }

  private static int readInt(byte[] b, int at) {
    return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }
}
