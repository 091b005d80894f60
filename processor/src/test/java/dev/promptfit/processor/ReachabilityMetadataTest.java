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
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import retrofit2.http.Body;

/**
 * The GraalVM reachability metadata written for an interface is valid and complete: parsed as
 * JSON, it registers the generated class's constructor under the name the runtime looks up, the
 * Retrofit service proxy, and every request body Jackson serializes, as found by reflecting over
 * the runtime itself, so a new DTO or a renamed one fails here rather than in a native image.
 */
class ReachabilityMetadataTest {
  private static final String SERVICE = "dev.promptfit.internal.http.LlmService";

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
  void registersTheServiceAsAProxyAndItsMethods() {
    assertThat(byType).containsKey("proxy:[\"" + SERVICE + "\"]");
    assertThat(byType.get(SERVICE).get("allPublicMethods").asBoolean()).isTrue();
  }

  @Test
  void registersEveryRequestBodyAndWhatItContains() throws Exception {
    Set<Class<?>> bodies = new LinkedHashSet<>();
    for (Method method : Class.forName(SERVICE).getDeclaredMethods()) {
      for (Parameter parameter : method.getParameters()) {
        if (parameter.isAnnotationPresent(Body.class)) {
          bodies.add(parameter.getType());
        }
      }
    }
    assertThat(bodies).isNotEmpty();
    for (Class<?> body : bodies) {
      assertReadable(body, false);
      for (Class<?> nested : nestedRecursively(body)) {
        assertReadable(nested, nested.isRecord());
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

  private static void assertReadable(Class<?> type, boolean record) {
    JsonNode entry = byType.get(type.getName());
    assertWithMessage("no metadata entry for %s in %s", type.getName(), assistant)
        .that(entry)
        .isNotNull();
    assertWithMessage(type.getName()).that(flag(entry, "allDeclaredFields")).isTrue();
    assertWithMessage(type.getName()).that(flag(entry, "allDeclaredMethods")).isTrue();
    if (record) {
      assertWithMessage(type.getName()).that(flag(entry, "allDeclaredConstructors")).isTrue();
    }
  }

  private static boolean flag(JsonNode entry, String name) {
    return entry.has(name) && entry.get(name).asBoolean();
  }

  private static List<Class<?>> nestedRecursively(Class<?> type) {
    List<Class<?>> all = new ArrayList<>();
    for (Class<?> nested : type.getDeclaredClasses()) {
      all.add(nested);
      all.addAll(nestedRecursively(nested));
    }
    return all;
  }

  private static JsonNode metadata(String interfaceBinaryName) throws IOException {
    String path =
        "META-INF/native-image/promptfit/" + interfaceBinaryName + "/reachability-metadata.json";
    JavaFileObject file =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, path)
            .orElseThrow(() -> new AssertionError("not written: " + path));
    return new ObjectMapper().readTree(file.getCharContent(true).toString());
  }
}
