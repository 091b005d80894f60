package dev.promptfit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's build set-up, as a user would copy it: a fresh project made only of the README's
 * snippets marked {@code <!-- readme-project: PATH -->} (each on the line before a code fence),
 * built by the machine's Maven against the jars of this very build, with its test run.
 *
 * <p>Those jars go into a local repository of the test's own under {@code target/}, so nothing
 * reaches {@code ~/.m2}; everything else comes from {@code ~/.m2} as a read-only remote (and from
 * Maven Central, unless this build is offline). Maven's settings, Java home and the paths come from
 * the surefire configuration in this module's pom.
 */
class ReadmeProjectTest {
  private static final Pattern MARKER = Pattern.compile("^<!-- readme-project: (\\S+) -->$");
  private static final Pattern PROMPTFIT_VERSION =
      Pattern.compile(
          "dev\\.promptfit:promptfit-[a-z]+:([^\"\\s)]+)"
              + "|<artifactId>promptfit-[a-z]+</artifactId>\\s*<version>([^<]+)</version>");
  /** The published modules: directory and artifactId, in the order they depend on each other. */
  private static final Map<String, String> MODULES = new LinkedHashMap<>();

  static {
    MODULES.put("annotations", "promptfit-annotations");
    MODULES.put("processor", "promptfit-processor");
    MODULES.put("runtime", "promptfit-runtime");
    MODULES.put("testing", "promptfit-testing");
  }

  private Path root;
  private String version;
  private Path target;

  @BeforeEach
  void fromTheBuild() {
    root = Paths.get(property("promptfit.root")).toAbsolutePath().normalize();
    version = property("promptfit.version");
    target = Paths.get(property("promptfit.target")).toAbsolutePath();
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    assumeTrue(
        value != null && !value.isBlank() && !value.startsWith("${"),
        name + " is unset: run this test with Maven (the example-app pom passes it to surefire)");
    return value;
  }

  @Test
  void everyPromptfitVersionInTheReadmeIsThisBuilds() throws IOException {
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher m = PROMPTFIT_VERSION.matcher(readme);
    int found = 0;
    while (m.find()) {
      String shown = m.group(1) != null ? m.group(1) : m.group(2);
      assertEquals(
          version, shown, "README.md shows " + m.group() + ", but this build is " + version);
      found++;
    }
    // The Maven set-up names three artifacts, the Gradle one three.
    assertTrue(found >= 6, "only " + found + " Promptfit coordinates found in README.md");
  }

  @Test
  void theReadmeProjectBuildsAndPassesItsTest() throws Exception {
    Path project = target.resolve("readme-project");
    deleteRecursively(project);
    Map<String, String> files = snippets(Files.readString(root.resolve("README.md")));
    assertTrue(files.containsKey("pom.xml"), "no snippet marked as pom.xml in README.md");
    assertTrue(
        files.keySet().stream().anyMatch(p -> p.startsWith("src/test/java/")),
        "no snippet marked as a test under src/test/java/ in README.md: " + files.keySet());
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = project.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }

    Path repository = target.resolve("readme-m2");
    installThisBuild(repository);
    Path settings = target.resolve("readme-settings.xml");
    Files.writeString(settings, settings(repository), StandardCharsets.UTF_8);

    Path log = target.resolve("readme-project.log");
    List<String> command =
        new ArrayList<>(List.of(maven(), "-B", "-V", "-ntp", "-s", settings.toString()));
    if ("offline=true".equals(System.getProperty("promptfit.offline"))) {
      // Offline, Maven would refuse even a file:// remote; that one needs no network.
      command.addAll(List.of("-o", "-Daether.offline.protocols=file"));
    }
    command.add("test");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // The JDK this test runs on builds the project too, so CI tries both ends of the range.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process maven = builder.start();
    boolean exited = maven.waitFor(5, TimeUnit.MINUTES);
    if (!exited) {
      maven.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(exited, "mvn test on the README project took over 5 minutes:\n" + tail(output));
    assertEquals(
        0,
        maven.exitValue(),
        "mvn test failed on the README project " + project + ":\n" + tail(output));

    // A stock Surefire 2.12 "passes" by running no JUnit 5 test: count them.
    Path reports = project.resolve("target/surefire-reports");
    assertTrue(Files.isDirectory(reports), "no test ran:\n" + tail(output));
    try (Stream<Path> xml = Files.list(reports)) {
      List<String> summaries =
          xml.filter(p -> p.getFileName().toString().startsWith("TEST-"))
              .map(ReadmeProjectTest::readUnchecked)
              .toList();
      assertFalse(summaries.isEmpty(), "no test report:\n" + tail(output));
      for (String summary : summaries) {
        assertFalse(summary.contains("tests=\"0\""), "a test class ran no test:\n" + tail(output));
        assertTrue(
            summary.contains("failures=\"0\"") && summary.contains("errors=\"0\""),
            "a README test failed:\n" + tail(output));
      }
    }
    // The processor ran: the class create() looks for is there.
    if (files.containsKey("src/main/java/com/example/Assistant.java")) {
      Path generated = project.resolve("target/classes/com/example/Promptfit_Assistant.class");
      assertTrue(Files.isRegularFile(generated), "the processor wrote no " + generated);
    }
  }

  /** The marked snippets of {@code readme}: path to content, in order. */
  static Map<String, String> snippets(String readme) {
    Map<String, String> files = new LinkedHashMap<>();
    List<String> lines = readme.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i).strip());
      if (!marker.matches()) {
        continue;
      }
      String path = marker.group(1);
      assertTrue(
          i + 1 < lines.size() && lines.get(i + 1).startsWith("```"),
          "README.md line " + (i + 1) + ": the marker for " + path + " must precede a ``` fence");
      StringBuilder content = new StringBuilder();
      int end = i + 2;
      while (end < lines.size() && !lines.get(end).startsWith("```")) {
        content.append(lines.get(end)).append('\n');
        end++;
      }
      assertTrue(end < lines.size(), "README.md: the snippet for " + path + " is never closed");
      assertFalse(files.containsKey(path), "README.md marks two snippets as " + path);
      files.put(path, content.toString());
      i = end;
    }
    return files;
  }

  /**
   * Lays the parent pom and each published module's jar and pom out in {@code repository}, as
   * {@code mvn install} would, but there only. A jar older than its module's classes (a build
   * that stopped before {@code package}) is rebuilt from the classes.
   */
  private void installThisBuild(Path repository) throws IOException {
    Path group = repository.resolve("dev/promptfit");
    installPom(root.resolve("pom.xml"), group, "promptfit-parent");
    for (Map.Entry<String, String> module : MODULES.entrySet()) {
      Path dir = root.resolve(module.getKey());
      String artifactId = module.getValue();
      installPom(dir.resolve("pom.xml"), group, artifactId);
      Path jar = dir.resolve("target/" + artifactId + "-" + version + ".jar");
      Path classes = dir.resolve("target/classes");
      assertTrue(
          Files.isDirectory(classes), classes + " is missing: build the modules before this test");
      Path installed =
          group.resolve(artifactId + "/" + version + "/" + artifactId + "-" + version + ".jar");
      if (Files.isRegularFile(jar)
          && Files.getLastModifiedTime(jar).compareTo(newest(classes)) >= 0) {
        Files.copy(jar, installed, StandardCopyOption.REPLACE_EXISTING);
      } else {
        jar(classes, installed);
      }
    }
  }

  private void installPom(Path pom, Path group, String artifactId) throws IOException {
    Path dir = group.resolve(artifactId + "/" + version);
    Files.createDirectories(dir);
    Files.copy(
        pom, dir.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static FileTime newest(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(ReadmeProjectTest::modified)
          .max(FileTime::compareTo)
          .orElse(FileTime.fromMillis(0));
    }
  }

  private static void jar(Path classes, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(classes)) {
      for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
        Files.copy(path, out);
        out.closeEntry();
      }
    }
  }

  /**
   * Settings whose only remotes are the caller's local repository, read-only and without
   * snapshots (so an old Promptfit snapshot there is never used), and Maven Central.
   */
  private static String settings(Path repository) {
    String m2 = Paths.get(property("promptfit.localRepository")).toUri().toString();
    String repositories =
        "<repository><id>promptfit-build-m2</id><url>" + m2 + "</url>"
            // A local repository keeps no checksums of what it downloaded.
            + "<releases><checksumPolicy>ignore</checksumPolicy></releases>"
            + "<snapshots><enabled>false</enabled></snapshots></repository>"
            + "<repository><id>central</id><url>https://repo.maven.apache.org/maven2</url>"
            + "<snapshots><enabled>false</enabled></snapshots></repository>";
    return "<settings><localRepository>" + repository.toAbsolutePath() + "</localRepository>"
        + "<profiles><profile><id>readme</id>"
        + "<repositories>" + repositories + "</repositories>"
        + "<pluginRepositories>" + repositories.replace("repository>", "pluginRepository>")
        + "</pluginRepositories>"
        + "</profile></profiles>"
        + "<activeProfiles><activeProfile>readme</activeProfile></activeProfiles>"
        + "</settings>\n";
  }

  /** The Maven running this build, else the one on the PATH. */
  private static String maven() {
    String home = System.getProperty("promptfit.mavenHome");
    if (home != null && !home.isBlank() && !home.startsWith("${")) {
      Path mvn = Paths.get(home, "bin", "mvn");
      if (Files.isExecutable(mvn)) {
        return mvn.toString();
      }
    }
    return "mvn";
  }

  private static String tail(String output) {
    List<String> lines = output.lines().toList();
    return lines.subList(Math.max(0, lines.size() - 80), lines.size()).stream()
        .collect(Collectors.joining("\n"));
  }

  private static String readUnchecked(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FileTime modified(Path path) {
    try {
      return Files.getLastModifiedTime(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(path);
      }
    }
  }
}
