package dev.promptfit.processor.generate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The GraalVM Native Image reachability metadata written beside each generated class, so that a
 * native image of an application using Promptfit needs no hand-written configuration. It is the
 * single-file {@code reachability-metadata.json} format (schema 1.x) that GraalVM for JDK 23 and
 * later read, as do recent updates of GraalVM for JDK 17 and 21; the older per-feature files
 * ({@code reflect-config.json}, {@code proxy-config.json}) are deprecated there.
 *
 * <p>It registers what is reached reflectively on the way from {@code Promptfit.create} to an
 * HTTP request:
 *
 * <ul>
 *   <li>the generated class and its public {@code (PromptInvoker)} constructor, which the runtime
 *       finds with {@code Class.forName} from a computed name and calls through {@code
 *       getConstructor}: the only reflection in generated code's path;
 *   <li>the runtime's Retrofit service {@code LlmService}: a JDK dynamic proxy, whose methods
 *       Retrofit reads (annotations, generic parameter and return types);
 *   <li>the runtime's request DTOs, which Jackson serializes through their public fields, their
 *       package-private {@code @JsonAnyGetter} method, and for the nested records their
 *       accessors and canonical constructors.
 * </ul>
 *
 * <p>Responses are read as Jackson trees and event streams with Jackson's streaming parser, which
 * need no metadata; OkHttp ships its own.
 *
 * <p>The runtime entries describe runtime internals, and belong in the runtime jar, shipped once.
 * They are written here, per interface, so that they reach every application today; an
 * application with many interfaces gets the same entries several times, which Native Image
 * merges. Each file lives in a directory of its own ({@code
 * META-INF/native-image/promptfit/<interface binary name>/}), which keeps one generated file per
 * originating interface, as Gradle's isolating processors require.
 */
public final class ReachabilityMetadata {
  /** The constructor parameter of every generated class. */
  public static final String PROMPT_INVOKER = "dev.promptfit.internal.PromptInvoker";

  /** The Retrofit service interface the runtime creates a proxy of. */
  public static final String SERVICE = "dev.promptfit.internal.http.LlmService";

  /** Request bodies Jackson serializes through public fields and a {@code @JsonAnyGetter}. */
  public static final List<String> REQUEST_BODIES =
      List.of(
          "dev.promptfit.internal.json.ResponsesRequest",
          "dev.promptfit.internal.json.ChatRequest");

  /** Records nested in the request bodies, serialized through their accessors. */
  public static final List<String> REQUEST_RECORDS =
      List.of(
          "dev.promptfit.internal.json.ResponsesRequest$InputMessage",
          "dev.promptfit.internal.json.ResponsesRequest$Reasoning",
          "dev.promptfit.internal.json.ChatRequest$Message",
          "dev.promptfit.internal.json.ChatRequest$StreamOptions");

  private ReachabilityMetadata() {}

  /** Where the file for the interface with this binary name goes in the class output. */
  public static String path(String interfaceBinaryName) {
    return "META-INF/native-image/promptfit/" + interfaceBinaryName
        + "/reachability-metadata.json";
  }

  /**
   * The file for the class {@code generatedClass} (a binary name) that implements {@code
   * interfaceBinaryName}; {@code generator} names the processor in the file's comment.
   */
  public static String json(String interfaceBinaryName, String generatedClass, String generator) {
    StringBuilder entries = new StringBuilder();
    entries.append(
        entry(
            string(generatedClass),
            "\"methods\": [{\"name\": \"<init>\", \"parameterTypes\": ["
                + string(PROMPT_INVOKER) + "]}]"));
    entries.append(",\n").append(entry("{\"proxy\": [" + string(SERVICE) + "]}"));
    entries.append(",\n").append(entry(string(SERVICE), "\"allPublicMethods\": true"));
    for (String body : REQUEST_BODIES) {
      entries.append(",\n")
          .append(
              entry(string(body), "\"allDeclaredFields\": true", "\"allDeclaredMethods\": true"));
    }
    for (String record : REQUEST_RECORDS) {
      entries.append(",\n")
          .append(
              entry(
                  string(record),
                  "\"allDeclaredFields\": true",
                  "\"allDeclaredMethods\": true",
                  "\"allDeclaredConstructors\": true"));
    }
    String comment =
        "Written by " + generator + " for " + interfaceBinaryName
            + ": what Promptfit reaches reflectively to create and call its implementation.";
    return "{\n"
        + "  \"comment\": " + string(comment) + ",\n"
        + "  \"reflection\": [\n"
        + entries
        + "\n  ]\n"
        + "}\n";
  }

  /** One element of {@code reflection}: the type, then its other members, one per line. */
  private static String entry(String type, String... members) {
    String rest =
        List.of(members).stream().map(m -> ",\n      " + m).collect(Collectors.joining());
    return "    {\n      \"type\": " + type + rest + "\n    }";
  }

  /** A JSON string literal, in ASCII whatever the names contain. */
  static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }
}
