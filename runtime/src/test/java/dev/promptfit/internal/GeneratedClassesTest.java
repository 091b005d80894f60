package dev.promptfit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.Promptfit;
import dev.promptfit.PromptfitException;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.internal.GeneratedClasses.PromptMethods;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The message of a missing generated class names the cause this JVM can see first. The runtime's
 * tests never run the processor, so every interface here really has no generated class.
 */
class GeneratedClassesTest {

  interface NoPrompt {
    String ask(String question);
  }

  interface WithPrompt {
    @Prompt("{question}")
    String ask(String question);
  }

  interface InheritsPrompt extends WithPrompt {}

  private static String failure(Class<?> service) {
    try (Promptfit promptfit = Promptfit.builder().build()) {
      return assertThrows(PromptfitException.class, () -> promptfit.create(service)).getMessage();
    }
  }

  private static void assertBefore(String message, String first, String then) {
    int a = message.indexOf(first);
    int b = message.indexOf(then);
    assertTrue(
        a >= 0 && b > a, "expected \"" + first + "\" before \"" + then + "\" in: " + message);
  }

  @Test
  void anInterfaceWithoutPromptIsToldSoFirst() {
    String message = failure(NoPrompt.class);
    assertTrue(
        message.startsWith(
            "No generated implementation"
                + " dev.promptfit.internal.Promptfit_GeneratedClassesTest_NoPrompt for"
                + " dev.promptfit.internal.GeneratedClassesTest$NoPrompt: neither it nor any"
                + " interface it extends has a @Prompt method"),
        message);
    assertBefore(message, "@Prompt method", "annotationProcessorPaths");
  }

  @Test
  void promptMethodsAreReadFromTheClassFilesOfTheWholeHierarchy() {
    assertEquals(PromptMethods.NONE, GeneratedClasses.promptMethods(NoPrompt.class));
    assertEquals(PromptMethods.FOUND, GeneratedClasses.promptMethods(WithPrompt.class));
    assertEquals(PromptMethods.FOUND, GeneratedClasses.promptMethods(InheritsPrompt.class));
    // A class file no loader serves (here: the JDK's own, from the boot loader) proves nothing.
    assertEquals(PromptMethods.UNKNOWN, GeneratedClasses.promptMethods(Runnable.class));
  }

  @Test
  void withoutTheProcessorOnTheClassPathAnOldCompilerPluginComesFirst() {
    // The runtime's test class path has no processor: the usual case of a processor path set up
    // in a pom that a compiler plugin older than 3.5 ignored.
    for (Class<?> service : new Class<?>[] {WithPrompt.class, InheritsPrompt.class}) {
      String message = failure(service);
      assertTrue(message.contains(": the annotation processor did not run."), message);
      assertBefore(message, "maven-compiler-plugin is 3.5 or later", "-proc:none");
      assertTrue(message.contains("the 3.1 that Maven 3.8 uses"), message);
      assertTrue(message.contains("Gradle: annotationProcessor"), message);
    }
  }

  @Test
  void onJdk23AndLaterAProcessorOnTheClassPathNeedsProcFull() {
    String message =
        GeneratedClasses.missingImplementation(WithPrompt.class, "x.Promptfit_X", 25, true);
    assertBefore(message, "this JVM is JDK 25", "-proc:full");
    assertBefore(message, "-proc:full", "<annotationProcessorPaths>");
  }

  @Test
  void beforeJdk23AProcessorOnTheClassPathIsIgnoredOnceAProcessorPathIsGiven() {
    String message =
        GeneratedClasses.missingImplementation(WithPrompt.class, "x.Promptfit_X", 17, true);
    assertBefore(message, "ignores whenever a processor path is given", "Lombok");
    assertTrue(!message.contains("-proc:full"), message);
  }

  @Test
  void theProcessorIsSeenOnTheInterfacesOwnClassPath(@TempDir Path dir) throws Exception {
    // The interface's class loader also serves the processor's class file, as when
    // promptfit-processor is an ordinary dependency.
    String classFile = WithPrompt.class.getName().replace('.', '/') + ".class";
    Path copy = dir.resolve(classFile);
    Files.createDirectories(copy.getParent());
    try (InputStream in = WithPrompt.class.getClassLoader().getResourceAsStream(classFile)) {
      Files.write(copy, in.readAllBytes());
    }
    Path processor = dir.resolve("dev/promptfit/processor/PromptfitProcessor.class");
    Files.createDirectories(processor.getParent());
    Files.write(processor, new byte[0]);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, Prompt.class.getClassLoader()) {
          @Override
          protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            // Child first for the interface, so it is this loader's class, not the test's.
            if (name.equals(WithPrompt.class.getName())) {
              synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
              }
            }
            return super.loadClass(name, resolve);
          }
        }) {
      Class<?> service = loader.loadClass(WithPrompt.class.getName());
      String message = failure(service);
      assertTrue(message.contains("promptfit-processor is on the class path"), message);
      if (Runtime.version().feature() >= 23) {
        assertTrue(message.contains("-proc:full"), message);
      } else {
        assertTrue(message.contains("Lombok"), message);
      }
    }
  }
}
