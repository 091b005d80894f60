package dev.promptfit.processor;

import com.palantir.javapoet.JavaFile;
import dev.promptfit.Reply;
import dev.promptfit.annotation.Prompt;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * Runs the running JDK's own javac the way a build tool or a person at a shell does: options and
 * paths on the command line, processors found by javac itself, classes written to a directory.
 * compile-testing hands processors over as objects, so it cannot show how javac finds them.
 */
final class Javac {
  private Javac() {}

  /** What one run produced. */
  record Result(boolean success, String diagnostics, Path classes) {
    /** Whether {@code relative} (e.g. {@code com/example/Promptfit_Greeter.class}) was written. */
    boolean wrote(String relative) {
      return Files.exists(classes.resolve(relative));
    }
  }

  /**
   * The processor as its jar would ship: its own classes (with their {@code META-INF/services}
   * entry), JavaPoet and the annotations.
   */
  static List<Path> processorPath() {
    return List.of(
        locationOf(PromptfitProcessor.class), locationOf(JavaFile.class),
        locationOf(Prompt.class));
  }

  /** What a user's code compiles against: the annotations and the runtime (with JSpecify). */
  static List<Path> userClassPath() {
    return List.of(locationOf(Prompt.class), locationOf(Reply.class), locationOf(Nullable.class));
  }

  /** {@code a:b:c} in the platform's path syntax. */
  static String join(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /** Compiles {@code sources} with {@code options} into {@code classes}. */
  static Result compile(Path classes, List<String> options, List<JavaFileObject> sources)
      throws Exception {
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> all = new ArrayList<>(options);
    all.addAll(List.of("-d", classes.toString()));
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      boolean success = javac.getTask(null, files, diagnostics, all, null, sources).call();
      String text =
          diagnostics.getDiagnostics().stream()
              .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
              .collect(Collectors.joining("\n"));
      return new Result(success, text, classes);
    }
  }

  /** The directory or jar {@code type} was loaded from. */
  static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether javac runs processors found only on the class path (JDK 22 and earlier). */
  static boolean discoversProcessorsOnClassPath() {
    return Runtime.version().feature() < 23;
  }
}
