package dev.promptfit.processor.generate;

import dev.promptfit.processor.RuntimeNames;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The GraalVM Native Image reachability metadata written beside each generated class, so that a
 * native image of an application using Promptfit needs no hand-written configuration. It is the
 * single-file {@code reachability-metadata.json} format (schema 1.x) that GraalVM for JDK 23 and
 * later read, as do recent updates of GraalVM for JDK 17 and 21.
 *
 * <p>It registers only what is particular to the interface: the generated class and its public
 * {@code (PromptInvoker)} constructor, which the runtime finds with {@code Class.forName} from a
 * computed name and calls through {@code getConstructor}, the only reflection in generated code's
 * path. What the runtime itself reaches reflectively (its Retrofit service proxy) ships once, in
 * the runtime jar's own {@code META-INF/native-image/dev.promptfit/promptfit-runtime/}.
 *
 * <p>Each file lives in a directory of its own ({@code
 * META-INF/native-image/promptfit/<interface binary name>/}), which keeps one generated file per
 * originating interface, as Gradle's isolating processors require.
 */
public final class ReachabilityMetadata {
  /** The constructor parameter of every generated class. */
  public static final String PROMPT_INVOKER = RuntimeNames.PROMPT_INVOKER;

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
    String entries =
        entry(
            string(generatedClass),
            "\"methods\": [{\"name\": \"<init>\", \"parameterTypes\": ["
                + string(PROMPT_INVOKER) + "]}]");
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
