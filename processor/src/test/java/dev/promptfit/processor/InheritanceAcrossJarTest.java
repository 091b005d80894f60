package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.promptfit.internal.PromptInvoker;
import java.io.File;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subinterface compiled against a superinterface that lives in a jar, as a library ships it.
 * javac reads the superinterface from its class file, where an abstract method's parameter names
 * exist only if the library was compiled with {@code -parameters}; without them javac shows
 * {@code arg0, arg1}, and the processor says so and names both fixes rather than reporting every
 * placeholder as unknown.
 */
class InheritanceAcrossJarTest {
  @TempDir Path work;

  /** Declares nothing and carries no annotation: only the jar's interface makes it Promptfit. */
  private static final JavaFileObject SUB =
      JavaFileObjects.forSourceLines(
          "com.example.Sub",
          "package com.example;",
          "",
          "public interface Sub extends com.library.Base {}");

  private static final JavaFileObject SUB_ALIASED =
      JavaFileObjects.forSourceLines(
          "com.example.SubAliased",
          "package com.example;",
          "",
          "public interface SubAliased extends com.library.Aliased {}");

  @Test
  void subinterfaceOfAJarCompiledWithParametersIsImplemented() throws Exception {
    Path jar = libraryJar(true);
    Compilations.Outcome outcome = Compilations.compileRecording(classPathWith(jar), SUB);
    Compilation c = outcome.compilation();
    assertThat(c).succeededWithoutWarnings();
    assertThat(outcome.generated()).containsExactly("com.example.Promptfit_Sub");
    assertThat(c)
        .generatedSourceFile("com.example.Promptfit_Sub")
        .contentsAsUtf8String()
        .contains(
            "  public String translate(String text, String language) {\n"
                + "    return invoker.invoke(TRANSLATE, PromptInput.builder()\n"
                + "        .instructions(\"Be brief.\")\n"
                + "        .text(\"Translate \" + text + \" into \" + language + \".\")\n"
                + "        .build());\n");

    RecordingInvoker invoker = new RecordingInvoker();
    try (URLClassLoader library =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      ClassLoader loader = new CompiledClassLoader(c, library);
      Object sub =
          loader.loadClass("com.example.Promptfit_Sub")
              .getConstructor(PromptInvoker.class)
              .newInstance(invoker);
      loader.loadClass("com.library.Base")
          .getMethod("translate", String.class, String.class)
          .invoke(sub, "hallo", "English");
    }
    assertThat(invoker.last().input()).isEqualTo("Translate hallo into English.");
    assertThat(invoker.last().instructions()).isEqualTo("Be brief.");
    assertThat(invoker.last().method().model()).isEqualTo("gpt-5-nano");
  }

  @Test
  void jarCompiledWithoutParametersIsAnErrorNamingTheFix() throws Exception {
    Compilations.Outcome outcome =
        Compilations.compileRecording(classPathWith(libraryJar(false)), SUB);
    Compilation c = outcome.compilation();
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "Sub: translate(java.lang.String,java.lang.String), inherited from Base, has no"
                + " parameter names in the class file javac read (it sees arg0, arg1), so its"
                + " placeholders match nothing; compile Base with -parameters"
                + " (maven-compiler-plugin: <parameters>true</parameters>), or name each"
                + " parameter with @Var")
        .inFile(SUB)
        .onLineContaining("interface Sub");
    assertThat(outcome.generated()).isEmpty();
  }

  @Test
  void jarCompiledWithoutParametersWorksWhereEveryParameterHasAVar() throws Exception {
    Compilations.Outcome outcome =
        Compilations.compileRecording(classPathWith(libraryJar(false)), SUB_ALIASED);
    assertThat(outcome.compilation()).succeededWithoutWarnings();
    assertThat(outcome.compilation())
        .generatedSourceFile("com.example.Promptfit_SubAliased")
        .contentsAsUtf8String()
        .contains("\"Summarise \" + arg0 + \" for \" + arg1 + \".\"");
  }

  /**
   * Compiles the library's interfaces with the processor, as the library's own build would, and
   * jars the classes (and what the processor wrote beside them).
   */
  private Path libraryJar(boolean parameters) throws Exception {
    Path classes = work.resolve(parameters ? "with-parameters" : "without-parameters");
    List<String> options = new ArrayList<>();
    options.addAll(List.of("-processorpath", Javac.join(Javac.processorPath())));
    options.addAll(List.of("-classpath", Javac.join(Javac.userClassPath())));
    if (parameters) {
      options.add("-parameters");
    }
    Javac.Result result =
        Javac.compile(
            classes,
            options,
            List.of(
                Compilations.resource("jar/com/library/Base.java"),
                Compilations.resource("jar/com/library/Aliased.java")));
    assertWithMessage(result.diagnostics()).that(result.success()).isTrue();
    assertThat(result.wrote("com/library/Promptfit_Base.class")).isTrue();
    Path jar = classes.resolveSibling(classes.getFileName() + ".jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(
            new JarEntry(classes.relativize(path).toString().replace(File.separatorChar, '/')));
        Files.copy(path, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  private static List<File> classPathWith(Path jar) {
    List<File> path = new ArrayList<>();
    Javac.userClassPath().forEach(p -> path.add(p.toFile()));
    path.add(jar.toFile());
    return path;
  }
}
