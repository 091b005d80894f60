package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.promptfit.internal.GeneratedClasses;
import dev.promptfit.internal.PromptInvoker;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import retrofit2.http.Body;

/**
 * The GraalVM reachability metadata written for an interface is valid and complete: parsed as
 * JSON, it registers the generated class's constructor under the name the runtime looks up, and
 * every record, enum and sealed interface its typed answers bind, and nothing else; the runtime's
 * own entries (its Retrofit service proxy) ship once in the runtime jar, checked here by
 * reflecting over the runtime itself.
 */
class ReachabilityMetadataTest {
  private static final String SERVICE = "dev.promptfit.internal.http.LlmService";
  private static final String RUNTIME_METADATA =
      "META-INF/native-image/dev.promptfit/promptfit-runtime/reachability-metadata.json";

  /** Top-level and per-entry keys of reachability-metadata schema 1.2.0 that this file may use. */
  private static final Set<String> TOP_LEVEL = Set.of("comment", "reflection");

  private static final Set<String> ENTRY_KEYS =
      Set.of(
          "condition", "type", "methods", "fields", "allDeclaredMethods", "allDeclaredFields",
          "allDeclaredConstructors", "allPublicMethods", "allPublicFields",
          "allPublicConstructors");

  private static Compilation compilation;
  private static JsonNode assistant;
  private static Map<String, JsonNode> byType;

  @BeforeAll
  static void compile() throws IOException {
    compilation = GeneratedSourceTest.compileGoodSources();
    assistant = metadata("com.example.Assistant");
    byType = new HashMap<>();
    for (JsonNode entry : assistant.get("reflection")) {
      JsonNode type = entry.get("type");
      byType.put(type.isTextual() ? type.asText() : "proxy:" + type.get("proxy"), entry);
    }
  }

  @Test
  void usesOnlyTheSchemasKeys() {
    assistant.fieldNames().forEachRemaining(name -> assertThat(TOP_LEVEL).contains(name));
    for (JsonNode entry : assistant.get("reflection")) {
      entry.fieldNames().forEachRemaining(name -> assertThat(ENTRY_KEYS).contains(name));
    }
    assertThat(assistant.get("comment").asText())
        .isEqualTo(
            "Written by dev.promptfit.processor.PromptfitProcessor for com.example.Assistant:"
                + " what Promptfit reaches reflectively to create and call its implementation.");
  }

  @Test
  void registersTheConstructorTheRuntimeCalls() throws Exception {
    ClassLoader loader = new CompiledClassLoader(compilation);
    Class<?> api = loader.loadClass("com.example.Assistant");
    String name = GeneratedClasses.implementationName(api);
    JsonNode entry = byType.get(name);
    assertWithMessage("entry for %s in %s", name, assistant).that(entry).isNotNull();
    assertThat(entry.get("methods").toString())
        .isEqualTo(
            "[{\"name\":\"<init>\",\"parameterTypes\":[\"" + PromptInvoker.class.getName()
                + "\"]}]");
    assertThat(Modifier.isPublic(
            loader.loadClass(name).getConstructor(PromptInvoker.class).getModifiers()))
        .isTrue();
  }

  @Test
  void perInterfaceFileHoldsOnlyWhatIsParticularToTheInterface() {
    assertThat(byType.keySet()).containsExactly("com.example.Promptfit_Assistant");
  }

  @Test
  void theRuntimeShipsItsServiceProxyOnceInItsOwnJar() throws Exception {
    JsonNode runtime;
    try (InputStream in =
        ReachabilityMetadataTest.class
            .getClassLoader()
            .getResourceAsStream(RUNTIME_METADATA)) {
      assertWithMessage("runtime jar lacks %s", RUNTIME_METADATA).that(in).isNotNull();
      runtime = new ObjectMapper().readTree(in);
    }
    Map<String, JsonNode> entries = new HashMap<>();
    for (JsonNode entry : runtime.get("reflection")) {
      entry.fieldNames().forEachRemaining(name -> assertThat(ENTRY_KEYS).contains(name));
      JsonNode type = entry.get("type");
      entries.put(type.isTextual() ? type.asText() : "proxy:" + type.get("proxy"), entry);
    }
    assertThat(entries).containsKey("proxy:[\"" + SERVICE + "\"]");
    assertThat(entries.get(SERVICE).get("allPublicMethods").asBoolean()).isTrue();
    // Request bodies arrive as written bytes, so no body class needs reflection.
    for (Method method : Class.forName(SERVICE).getDeclaredMethods()) {
      for (Parameter parameter : method.getParameters()) {
        if (parameter.isAnnotationPresent(Body.class)) {
          assertThat(parameter.getType()).isEqualTo(okhttp3.RequestBody.class);
        }
      }
    }
    for (String type : entries.keySet()) {
      if (!type.startsWith("proxy:")) {
        assertWithMessage(type).that(Class.forName(type)).isNotNull();
      }
    }
  }

  @Test
  void namesOnlyClassesThatExist() throws Exception {
    ClassLoader loader = new CompiledClassLoader(compilation);
    for (String type : byType.keySet()) {
      if (!type.startsWith("proxy:")) {
        assertWithMessage(type).that(Class.forName(type, false, loader)).isNotNull();
      }
    }
  }

  @Test
  void nestedInterfaceFileIsNamedByItsBinaryName() throws IOException {
    JsonNode inner = metadata("com.example.Outer$Inner");
    assertThat(inner.get("reflection").get(0).get("type").asText())
        .isEqualTo("com.example.Promptfit_Outer_Inner");
  }

  @Test
  void typedAnswersRegisterEveryTypeJacksonBinds() throws Exception {
    Compilation typed = TypedAnswerTest.compileTypedSources();
    JsonNode file = metadata(typed, "com.example.typed.Extractor");
    assertThat(file.get("comment").asText())
        .isEqualTo(
            "Written by dev.promptfit.processor.PromptfitProcessor for com.example.typed.Extractor:"
                + " what Promptfit reaches reflectively to create and call its implementation,"
                + " and the types Jackson binds from its typed answers.");
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    for (JsonNode entry : file.get("reflection")) {
      entry.fieldNames().forEachRemaining(name -> assertThat(ENTRY_KEYS).contains(name));
      entries.put(entry.get("type").asText(), entry);
    }
    String p = "com.example.typed.";
    assertThat(entries.keySet())
        .containsExactly(
            p + "Promptfit_Extractor", p + "Invoice", p + "Line", p + "Sentiment",
            p + "Person", p + "Address", p + "Customer", p + "Drawing", p + "Shape",
            p + "Shape$Circle", p + "Shape$Square", p + "Shape$Triangle", p + "Shape$Point",
            p + "TreeNode", p + "Organisation", p + "Organisation$Department", p + "Page",
            p + "Everything", "java.time.DayOfWeek")
        .inOrder();
    ClassLoader loader = new CompiledClassLoader(typed);
    for (Map.Entry<String, JsonNode> entry : entries.entrySet()) {
      Class<?> type = Class.forName(entry.getKey(), false, loader);
      Set<String> flags = new HashSet<>();
      entry.getValue().fieldNames().forEachRemaining(flags::add);
      flags.remove("type");
      if (type.isRecord()) {
        assertWithMessage(type.getName())
            .that(flags)
            .containsExactly("allDeclaredConstructors", "allDeclaredMethods", "allDeclaredFields");
      } else if (type.isEnum()) {
        assertWithMessage(type.getName())
            .that(flags)
            .containsExactly("allDeclaredMethods", "allDeclaredFields");
      } else if (type.isSealed()) {
        assertWithMessage(type.getName()).that(flags).isEmpty();
      } else {
        assertThat(type.getName()).isEqualTo(p + "Promptfit_Extractor");
        continue;
      }
      for (String flag : flags) {
        assertThat(entry.getValue().get(flag).asBoolean()).isTrue();
      }
    }
  }

  @Test
  void writtenOnlyWhereTheClassIsWritten() {
    Compilations.Outcome outcome =
        Compilations.compileRecording(
            Compilations.resource("bad/MultipleErrors.java"),
            Compilations.resource("bad/AlsoValid.java"));
    assertThat(outcome.compilation()).failed();
    assertThat(outcome.generated()).containsExactly("bad.Promptfit_Fine");
    assertThat(outcome.resources())
        .containsExactly("META-INF/native-image/promptfit/bad.Fine/reachability-metadata.json");
  }

  private static JsonNode metadata(String interfaceBinaryName) throws IOException {
    return metadata(compilation, interfaceBinaryName);
  }

  private static JsonNode metadata(Compilation compilation, String interfaceBinaryName)
      throws IOException {
    String path =
        "META-INF/native-image/promptfit/" + interfaceBinaryName + "/reachability-metadata.json";
    JavaFileObject file =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, path)
            .orElseThrow(() -> new AssertionError("not written: " + path));
    return new ObjectMapper().readTree(file.getCharContent(true).toString());
  }
}
