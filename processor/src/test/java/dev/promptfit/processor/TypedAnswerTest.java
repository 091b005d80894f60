package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Typed answers (API.md section 7) from {@code good/com/example/typed}: every return shape and
 * every family of types. The generated class matches {@code expected/Promptfit_Extractor.java};
 * each schema matches {@code expected/Promptfit_Extractor.schemas.json} property order included,
 * follows OpenAI's strict rules, and goes with a name the services accept; each descriptor's
 * return type equals what reflection says of the method.
 */
class TypedAnswerTest {
  private static final String PACKAGE = "good/com/example/typed/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Compilation compilation;
  private static ClassLoader loader;
  private static Class<?> extractor;
  private static Class<?> generated;

  /** The typed interface and every type its answers use. */
  static List<JavaFileObject> typedSources() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String name :
        List.of(
            "Extractor", "Invoice", "Line", "Sentiment", "Person", "Address", "Everything",
            "Customer", "Shape", "Drawing", "TreeNode", "Organisation", "Page",
            "nullness/Nullable")) {
      sources.add(Compilations.resource(PACKAGE + name + ".java"));
    }
    return sources;
  }

  static Compilation compileTypedSources() {
    return Compilations.compile(typedSources().toArray(new JavaFileObject[0]));
  }

  @BeforeAll
  static void compile() throws ClassNotFoundException {
    compilation = compileTypedSources();
    loader = new CompiledClassLoader(compilation);
    extractor = loader.loadClass("com.example.typed.Extractor");
    generated = loader.loadClass("com.example.typed.Promptfit_Extractor");
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void implementationMatchesGoldenFile() throws IOException {
    assertThat(compilation)
        .generatedSourceFile("com.example.typed.Promptfit_Extractor")
        .contentsAsUtf8String()
        .isEqualTo(resource("/expected/Promptfit_Extractor.java"));
  }

  @Test
  void schemasMatchGoldenFileInPropertyOrder() throws Exception {
    JsonNode golden = JSON.readTree(resource("/expected/Promptfit_Extractor.schemas.json"));
    Map<String, String> schemas = schemasByName();
    List<String> goldenNames = new ArrayList<>();
    golden.fieldNames().forEachRemaining(goldenNames::add);
    assertThat(schemas.keySet()).containsExactlyElementsIn(goldenNames).inOrder();
    for (Map.Entry<String, String> schema : schemas.entrySet()) {
      // Both through Jackson, which keeps the order of properties as written.
      assertWithMessage(schema.getKey())
          .that(JSON.writeValueAsString(JSON.readTree(schema.getValue())))
          .isEqualTo(JSON.writeValueAsString(golden.get(schema.getKey())));
    }
  }

  @Test
  void everySchemaFollowsOpenAisStrictRules() throws Exception {
    for (Map.Entry<String, String> schema : schemasByName().entrySet()) {
      assertWithMessage(schema.getKey())
          .that(StrictSchemaRules.violations(JSON.readTree(schema.getValue())))
          .isEmpty();
    }
  }

  @Test
  void everySchemaNameIsOneTheServicesAcceptAndUniqueInTheInterface() throws Exception {
    Map<String, String> schemas = schemasByName();
    for (String name : schemas.keySet()) {
      assertThat(name).matches("[a-zA-Z0-9_-]{1,64}");
    }
    assertThat(schemas).containsKey("Extractor_invoice");
    assertThat(schemas).containsKey("Extractor_invoice_2");
  }

  @Test
  void textMethodsCarryNoSchema() throws Exception {
    PromptMethod<?> summary = constant("SUMMARY");
    assertThat(summary.outputSchema()).isNull();
    assertThat(summary.outputSchemaName()).isNull();
  }

  @Test
  void everyDescriptorCarriesTheGenericReturnTypeAsReflectionSeesIt() throws Exception {
    RecordingInvoker invoker = new RecordingInvoker();
    Object impl = generated.getConstructor(PromptInvoker.class).newInstance(invoker);
    for (Method method : extractor.getMethods()) {
      Object[] args = new Object[method.getParameterCount()];
      java.util.Arrays.fill(args, "x");
      method.invoke(impl, args);
      PromptMethod<?> descriptor = invoker.last().method();
      assertWithMessage(method.toGenericString())
          .that(descriptor.returnType())
          .isEqualTo(method.getGenericReturnType());
      assertWithMessage(method.toGenericString())
          .that(method.getGenericReturnType())
          .isEqualTo(descriptor.returnType());
      assertThat(descriptor.returnType().hashCode())
          .isEqualTo(method.getGenericReturnType().hashCode());
    }
  }

  @Test
  void schemaConstantsArePrivateStaticFinalStrings() {
    int schemas = 0;
    for (Field field : generated.getDeclaredFields()) {
      if (field.getName().endsWith("_SCHEMA")) {
        schemas++;
        assertThat(field.getType()).isEqualTo(String.class);
        assertThat(Modifier.isPrivate(field.getModifiers())).isTrue();
        assertThat(Modifier.isStatic(field.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(field.getModifiers())).isTrue();
      }
    }
    assertThat(schemas).isEqualTo(extractor.getMethods().length - 1);
  }

  @Test
  void generatedSourceIsPureAscii() throws IOException {
    String source =
        compilation
            .generatedSourceFile("com.example.typed.Promptfit_Extractor")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(source.chars().allMatch(c -> c < 0x80)).isTrue();
  }

  @Test
  void answersThatFitTheSchemasBindWithPlainJackson() throws Exception {
    // Names as the schemas say: @JsonProperty on a component and on an enum constant; a record
    // from the $defs; the value wrapper holding an enum.
    Class<?> line = loader.loadClass("com.example.typed.Line");
    Object bound =
        JSON.readValue("{\"item\":\"tea\",\"quantity\":2,\"unit_price\":1.25}", line);
    assertThat(bound.toString()).isEqualTo("Line[item=tea, quantity=2, unitPrice=1.25]");
    Class<?> customer = loader.loadClass("com.example.typed.Customer");
    String address = "{\"street\":\"Main St\",\"city\":\"Bern\",\"country\":\"CH\"}";
    assertThat(
            JSON.readValue(
                    "{\"name\":\"Ada\",\"billing\":" + address + ",\"shipping\":" + address + "}",
                    customer)
                .toString())
        .isEqualTo(
            "Customer[name=Ada, billing=Address[street=Main St, city=Bern, country=CH],"
                + " shipping=Address[street=Main St, city=Bern, country=CH]]");
    Class<?> sentiment = loader.loadClass("com.example.typed.Sentiment");
    JsonNode wrapped = JSON.readTree("{\"value\":\"mixed\"}");
    assertThat(JSON.treeToValue(wrapped.get("value"), sentiment).toString()).isEqualTo("NEUTRAL");
  }

  /** Every schema of the generated class by its name, in declaration order. */
  private static Map<String, String> schemasByName() throws Exception {
    Map<String, String> schemas = new LinkedHashMap<>();
    for (Field field : generated.getDeclaredFields()) {
      if (field.getType() == PromptMethod.class) {
        field.setAccessible(true);
        PromptMethod<?> method = (PromptMethod<?>) field.get(null);
        if (method.outputSchema() != null) {
          schemas.put(method.outputSchemaName(), method.outputSchema());
        }
      }
    }
    return schemas;
  }

  private static PromptMethod<?> constant(String name) throws Exception {
    Field field = generated.getDeclaredField(name);
    field.setAccessible(true);
    return (PromptMethod<?>) field.get(null);
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = TypedAnswerTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing golden file " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
