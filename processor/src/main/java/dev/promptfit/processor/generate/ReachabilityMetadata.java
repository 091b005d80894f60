package dev.promptfit.processor.generate;

import dev.promptfit.processor.RuntimeNames;
import dev.promptfit.processor.schema.BoundType;
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
 * path; and every type Jackson binds from the interface's typed answers. What the runtime itself
 * reaches reflectively (its Retrofit service proxy) ships once, in the runtime jar's own {@code
 * META-INF/native-image/dev.promptfit/promptfit-runtime/}.
 *
 * <p>Jackson finds a record's canonical constructor, accessors and fields through {@code
 * getRecordComponents}, {@code getDeclaredConstructors}, {@code getDeclaredMethods} and {@code
 * getDeclaredFields}, which in a native image return only what is registered, and an unregistered
 * record binds silently to nothing; so a record registers all its declared constructors, methods
 * and fields. An enum registers its declared fields (the constants, whose {@code @JsonProperty}
 * Jackson reads) and methods; a sealed interface registers itself, for its permitted subtypes.
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
   * A type Jackson binds from a typed answer.
   *
   * @param binaryName its binary name, {@code com.x.Outer$Inner}
   * @param kind what it is
   */
  public record Bound(String binaryName, BoundType.Kind kind) {}

  /**
   * The file for the class {@code generatedClass} (a binary name) that implements {@code
   * interfaceBinaryName}, whose typed answers bind {@code bound}; {@code generator} names the
   * processor in the file's comment.
   */
  public static String json(
      String interfaceBinaryName, String generatedClass, String generator, List<Bound> bound) {
    StringBuilder entries =
        new StringBuilder(
            entry(
                string(generatedClass),
                "\"methods\": [{\"name\": \"<init>\", \"parameterTypes\": ["
                    + string(PROMPT_INVOKER) + "]}]"));
    for (Bound type : bound) {
      String[] members = members(type.kind());
      entries.append(",\n").append(entry(string(type.binaryName()), members));
    }
    String comment =
        "Written by " + generator + " for " + interfaceBinaryName
            + ": what Promptfit reaches reflectively to create and call its implementation"
            + (bound.isEmpty() ? "." : ", and the types Jackson binds from its typed answers.");
    return file(comment, entries);
  }

  /**
   * The file for a class with {@code @Tool} methods, {@code toolClass} (a binary name), whose
   * arguments and results Jackson binds and writes as {@code bound}; written beside its binder,
   * which calls the tools directly and needs no registration itself. Null when nothing needs
   * registering.
   */
  public static String toolJson(String toolClass, String generator, List<Bound> bound) {
    if (bound.isEmpty()) {
      return null;
    }
    StringBuilder entries = new StringBuilder();
    for (Bound type : bound) {
      if (entries.length() > 0) {
        entries.append(",\n");
      }
      entries.append(entry(string(type.binaryName()), members(type.kind())));
    }
    String comment =
        "Written by " + generator + " for " + toolClass
            + ": the types Jackson binds from its tools' arguments and writes from their results.";
    return file(comment, entries);
  }

  /** The whole file: its comment, then its {@code reflection} entries. */
  private static String file(String comment, CharSequence entries) {
    return "{\n"
        + "  \"comment\": " + string(comment) + ",\n"
        + "  \"reflection\": [\n"
        + entries
        + "\n  ]\n"
        + "}\n";
  }

  private static String[] members(BoundType.Kind kind) {
    return switch (kind) {
      case RECORD -> new String[] {
        "\"allDeclaredConstructors\": true", "\"allDeclaredMethods\": true",
        "\"allDeclaredFields\": true"
      };
      case ENUM -> new String[] {"\"allDeclaredMethods\": true", "\"allDeclaredFields\": true"};
      case SEALED_INTERFACE -> new String[0];
    };
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
