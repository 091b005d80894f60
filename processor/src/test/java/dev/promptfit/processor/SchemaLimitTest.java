package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.promptfit.internal.PromptMethod;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * OpenAI's strict-mode limits (FEATURES.md section 1: 5,000 properties, 10 levels of nesting,
 * 120,000 characters, 1,000 enum values, 15,000 characters for one enum of more than 250 values)
 * are checked at compile time: one over is an error naming the limit and by how much; at the limit
 * compiles. The sources are generated, since the cases are large.
 */
class SchemaLimitTest {
  private static final String HEADER =
      "package limits;\n\n"
          + "import dev.promptfit.annotation.Model;\n"
          + "import dev.promptfit.annotation.Prompt;\n\n"
          + "@Model(\"gpt-5-mini\")\n"
          + "interface Extractor {\n"
          + "  @Prompt(\"Extract from: {text}\")\n"
          + "  Root extract(String text);\n"
          + "}\n\n";

  @Test
  void moreThan5000PropertiesSaysByHowMany() {
    // 50 records of 100 components, and the root's 50: 5,050 properties.
    String source =
        HEADER
            + record("Root", 50, i -> "Part" + i + " p" + i)
            + IntStream.range(0, 50)
                .mapToObj(i -> record("Part" + i, 100, j -> "int c" + j))
                .collect(Collectors.joining());
    assertOnlyError(
        source,
        "Extractor.extract: the answer's JSON schema has 5,050 object properties, 50 more than"
            + " OpenAI's strict-mode limit of 5,000; answer with fewer or smaller records");
  }

  @Test
  void exactly5000PropertiesCompile() {
    String source =
        HEADER
            + record("Root", 50, i -> "Part" + i + " p" + i)
            + IntStream.range(0, 50)
                .mapToObj(i -> record("Part" + i, i == 0 ? 50 : 100, j -> "int c" + j))
                .collect(Collectors.joining());
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void elevenLevelsOfNestingSayWhere() {
    assertOnlyError(
        HEADER + chain(11),
        "Extractor.extract: the answer's JSON schema nests objects 11 levels deep (at"
            + " next.next.next.next.next.next.next.next.next.next), 1 more than OpenAI's"
            + " strict-mode limit of 10; flatten the records");
  }

  @Test
  void tenLevelsOfNestingCompile() {
    assertThat(compile(HEADER + chain(10))).succeededWithoutWarnings();
  }

  @Test
  void nestingCountsListsAndWrappersAndFollowsReferences() {
    // The root record's list of records is a second level; the shared record at the bottom is
    // referenced twice, so it is a $def, counted where it is referenced.
    String source =
        "package limits;\n\n"
            + "import dev.promptfit.annotation.Model;\n"
            + "import dev.promptfit.annotation.Prompt;\n"
            + "import java.util.List;\n"
            + "import java.util.Optional;\n\n"
            + "@Model(\"gpt-5-mini\")\n"
            + "interface Extractor {\n"
            + "  @Prompt(\"Extract from: {text}\")\n"
            + "  Optional<Root> extract(String text);\n"
            + "}\n\n"
            + "record Root(List<L2> items) {}\n"
            + chain(2, 9).replace("record L9(String value) {}", "record L9(Leaf a, Leaf b) {}")
            + "record Leaf(String v) {}\n";
    // value wrapper 1, Root 2, L2..L9 3..10, Leaf 11.
    assertOnlyError(
        source,
        "Extractor.extract: the answer's JSON schema nests objects 11 levels deep (at"
            + " value.items[].next.next.next.next.next.next.next.a), 1 more than OpenAI's"
            + " strict-mode limit of 10; flatten the records");
  }

  @Test
  void moreThan120000CharactersOfNames() {
    // 7 records of two components named with 8,600 characters, and the root's p0 ... p6: 120,414.
    String source = HEADER + parts(7, 8_600);
    assertOnlyError(
        source,
        "Extractor.extract: the answer's JSON schema has 120,414 characters of property names,"
            + " definition names, enum values and const values, 414 more than OpenAI's"
            + " strict-mode limit of 120,000; use shorter names, or fewer records and enums");
  }

  @Test
  void schemaTooLongForOneClassFileConstantIsJoinedAtRunTime() throws Exception {
    // 118,812 characters of names, under the limit, make a schema of about 240,000 characters,
    // over the 65,535 bytes a class-file constant holds.
    String source = HEADER + parts(6, 9_900);
    Compilation c = compile(source);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .generatedSourceFile("limits.Promptfit_Extractor")
        .contentsAsUtf8String()
        .contains("private static final String EXTRACT_SCHEMA =\n      String.join(\"\",\n");
    ClassLoader loader = new CompiledClassLoader(c);
    Field field = loader.loadClass("limits.Promptfit_Extractor").getDeclaredField("EXTRACT");
    field.setAccessible(true);
    String schema = ((PromptMethod<?>) field.get(null)).outputSchema();
    assertThat(schema.length()).isGreaterThan(200_000);
    JsonNode parsed = new ObjectMapper().readTree(schema);
    List<String> names = new ArrayList<>();
    parsed.get("properties").get("p5").get("properties").fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly(longName(10, 9_900), longName(11, 9_900)).inOrder();
    assertThat(StrictSchemaRules.violations(parsed)).isEmpty();
  }

  /**
   * {@code record Root(Part0 p0, ...)} and each {@code PartN} with two {@code int} components
   * named with {@code length} characters: javac allows a record about 65,000 characters of
   * component names in all, so long names are spread over records.
   */
  private static String parts(int count, int length) {
    return record("Root", count, i -> "Part" + i + " p" + i)
        + IntStream.range(0, count)
            .mapToObj(
                i ->
                    record(
                        "Part" + i, 2, j -> "int " + longName(2 * i + j, length)))
            .collect(Collectors.joining());
  }

  @Test
  void moreThan1000EnumValues() {
    String source =
        HEADER.replace("Root extract", "Level extract")
            + "enum Level { "
            + IntStream.range(0, 1_001).mapToObj(i -> "V" + i).collect(Collectors.joining(", "))
            + " }\n";
    assertOnlyError(
        source,
        "Extractor.extract: the answer's JSON schema has 1,001 enum values, 1 more than OpenAI's"
            + " strict-mode limit of 1,000; use fewer or smaller enums");
  }

  @Test
  void oneEnumOfMoreThan250ValuesIsLimitedTo15000Characters() {
    // 251 values of 60 characters: 15,060.
    String source =
        HEADER
            + "record Root(String name, Code code) {}\n"
            + "enum Code { "
            + IntStream.range(0, 251).mapToObj(i -> longName(i, 60)).collect(Collectors.joining(", "))
            + " }\n";
    assertOnlyError(
        source,
        "Extractor.extract: Root.code: enum Code has 251 values of 15,060 characters in all, 60"
            + " more than OpenAI's strict-mode limit of 15,000 characters for one enum of more"
            + " than 250 values; shorten the values, or split the enum");
  }

  @Test
  void anEnumOf250LongValuesHasNoSuchLimit() {
    String source =
        HEADER
            + "record Root(String name, Code code) {}\n"
            + "enum Code { "
            + IntStream.range(0, 250).mapToObj(i -> longName(i, 100)).collect(Collectors.joining(", "))
            + " }\n";
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  /** {@code record Name(c0, c1, ...) {}} with {@code count} components made by {@code component}. */
  private static String record(String name, int count, IntFunction<String> component) {
    return "record " + name + "("
        + IntStream.range(0, count).mapToObj(component).collect(Collectors.joining(", "))
        + ") {}\n";
  }

  /** {@code Root}, then records {@code L2} ... down to a string: {@code levels} objects deep. */
  private static String chain(int levels) {
    return "record Root(L2 next) {}\n" + chain(2, levels);
  }

  private static String chain(int from, int levels) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < levels; i++) {
      out.append("record L").append(i).append("(L").append(i + 1).append(" next) {}\n");
    }
    out.append("record L").append(levels).append("(String value) {}\n");
    return out.toString();
  }

  /** A Java identifier of exactly {@code length} characters, distinct for each {@code i}. */
  private static String longName(int i, int length) {
    String prefix = String.format(Locale.ROOT, "n%04d", i);
    return prefix + "x".repeat(length - prefix.length());
  }

  private static Compilation compile(String source) {
    return Compilations.compile(files(source).toArray(new JavaFileObject[0]));
  }

  /**
   * The interface in {@code limits/Extractor.java} and each one-line record or enum in a file of
   * its own, as javac wants types that other files use.
   */
  private static List<JavaFileObject> files(String source) {
    String header = source.substring(0, source.indexOf("@Model"));
    StringBuilder main = new StringBuilder();
    List<JavaFileObject> files = new ArrayList<>();
    for (String line : source.split("\n", -1)) {
      if (line.startsWith("record ") || line.startsWith("enum ")) {
        String name = line.split("[ (<{]")[1];
        files.add(JavaFileObjects.forSourceString("limits." + name, header + line + "\n"));
      } else {
        main.append(line).append('\n');
      }
    }
    files.add(0, JavaFileObjects.forSourceString("limits.Extractor", main.toString()));
    return files;
  }

  private static void assertOnlyError(String source, String message) {
    List<JavaFileObject> files = files(source);
    JavaFileObject file = files.get(0);
    Compilations.Outcome outcome =
        Compilations.compileRecording(files.toArray(new JavaFileObject[0]));
    Compilation c = outcome.compilation();
    assertThat(c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList())
        .containsExactly(message);
    assertThat(c).hadErrorContaining(message).inFile(file).onLineContaining(" extract(String text)");
    assertThat(outcome.generated()).isEmpty();
  }
}
