package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor is registered for javac and declared isolating for Gradle, and keeps the rule
 * that makes isolating correct: every file it writes, source or resource, names exactly one
 * originating element, the interface it was generated for.
 */
class IncrementalProcessingTest {

  /** One file the processor created and the elements it named as its origin. */
  private record Created(String name, List<Element> origins) {}

  @Test
  void registeredForJavacAndDeclaredIsolatingForGradle() throws IOException {
    String processor = PromptfitProcessor.class.getName();
    assertThat(resource("META-INF/services/javax.annotation.processing.Processor").strip())
        .isEqualTo(processor);
    assertThat(resource("META-INF/gradle/incremental.annotation.processors").strip())
        .isEqualTo(processor + ",isolating");
  }

  @Test
  void everyFileHasExactlyOneOriginatingElementItsInterface() {
    List<Created> created = Collections.synchronizedList(new ArrayList<>());
    assertThat(
            Compilations.compileWithFiler(
                filer -> new OriginRecordingFiler(filer, created),
                Compilations.resource("good/com/example/Assistant.java"),
                Compilations.resource("good/com/example/Greeter.java"),
                Compilations.resource("good/com/example/Outer.java")))
        .succeeded();
    Map<String, List<String>> byOrigin = new TreeMap<>();
    for (Created file : created) {
      assertWithMessage(file.name()).that(file.origins()).hasSize(1);
      String origin = ((TypeElement) file.origins().get(0)).getQualifiedName().toString();
      byOrigin.computeIfAbsent(origin, o -> new ArrayList<>()).add(file.name());
    }
    assertThat(byOrigin)
        .containsExactly(
            "com.example.Assistant",
            List.of(metadata("com.example.Assistant"), "com.example.Promptfit_Assistant"),
            "com.example.Greeter",
            List.of(metadata("com.example.Greeter"), "com.example.Promptfit_Greeter"),
            "com.example.Outer.Inner",
            List.of(metadata("com.example.Outer$Inner"), "com.example.Promptfit_Outer_Inner"));
  }

  private static String metadata(String binaryName) {
    return "META-INF/native-image/promptfit/" + binaryName + "/reachability-metadata.json";
  }

  /** A file of the processor's own class output, not whatever else the class path offers. */
  private static String resource(String path) throws IOException {
    return Files.readString(Javac.locationOf(PromptfitProcessor.class).resolve(path));
  }

  private record OriginRecordingFiler(Filer filer, List<Created> created) implements Filer {
    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      created.add(new Created(name.toString(), List.of(originatingElements)));
      return filer.createSourceFile(name, originatingElements);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
        throws IOException {
      created.add(new Created(name.toString(), List.of(originatingElements)));
      return filer.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName,
        Element... originatingElements) throws IOException {
      created.add(new Created(relativeName.toString(), List.of(originatingElements)));
      return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(
        JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
        throws IOException {
      return filer.getResource(location, moduleAndPkg, relativeName);
    }
  }
}
