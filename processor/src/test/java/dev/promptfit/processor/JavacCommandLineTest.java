package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor as javac finds it on its own, on the JDK running the tests: from {@code
 * -processorpath}, and from the plain class path, which JDK 22 and earlier search by default and
 * JDK 23 and later search only when asked ({@code -proc:full}).
 */
class JavacCommandLineTest {
  private static final String GENERATED = "com/example/Promptfit_Greeter.class";
  private static final String METADATA =
      "META-INF/native-image/promptfit/com.example.Greeter/reachability-metadata.json";

  @TempDir Path out;

  private static List<JavaFileObject> greeter() {
    return List.of(Compilations.resource("good/com/example/Greeter.java"));
  }

  @Test
  void processorPathByHand() throws Exception {
    Javac.Result result =
        Javac.compile(
            out,
            List.of(
                "-processorpath", Javac.join(Javac.processorPath()),
                "-classpath", Javac.join(Javac.userClassPath()),
                "-Xlint:all,-processing", "-Werror"),
            greeter());
    assertWithMessage(result.diagnostics()).that(result.success()).isTrue();
    assertThat(result.diagnostics()).doesNotContain("WARNING");
    assertThat(result.wrote(GENERATED)).isTrue();
    assertThat(result.wrote(METADATA)).isTrue();
  }

  @Test
  void processorOnThePlainClassPath() throws Exception {
    Javac.Result result = Javac.compile(out, classPathOnly(), greeter());
    assertWithMessage(result.diagnostics()).that(result.success()).isTrue();
    // JDK 23 changed the default: a processor only on the class path is not run.
    assertThat(result.wrote(GENERATED)).isEqualTo(Javac.discoversProcessorsOnClassPath());
  }

  @Test
  void processorOnThePlainClassPathWithProcFull() throws Exception {
    List<String> options = new ArrayList<>(classPathOnly());
    // -proc:full exists since JDK 21 (and 17.0.11); the default before JDK 23 means the same.
    if (Runtime.version().feature() >= 21) {
      options.add("-proc:full");
    }
    Javac.Result result = Javac.compile(out, options, greeter());
    assertWithMessage(result.diagnostics()).that(result.success()).isTrue();
    assertThat(result.wrote(GENERATED)).isTrue();
  }

  /** Everything on {@code -classpath}, no {@code -processor}, no {@code -processorpath}. */
  private static List<String> classPathOnly() {
    List<Path> path = new ArrayList<>(Javac.userClassPath());
    path.addAll(Javac.processorPath());
    return List.of("-classpath", Javac.join(path));
  }
}
