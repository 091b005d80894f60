package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.promptfit.internal.PromptMethod;
import java.io.File;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer whose records come from a jar, as a model module ships them: javac reads them from
 * class files, which keep {@code @Description}, {@code @JsonProperty} and {@code @JsonTypeName}
 * (CLASS and RUNTIME retention) but no Javadoc.
 */
class RecordsFromJarTest {
  @TempDir Path work;

  private static final JavaFileObject MAPS =
      JavaFileObjects.forSourceLines(
          "com.example.Maps",
          "package com.example;",
          "",
          "import com.library.model.Place;",
          "import dev.promptfit.annotation.Model;",
          "import dev.promptfit.annotation.Prompt;",
          "",
          "@Model(\"gpt-5-mini\")",
          "public interface Maps {",
          "  @Prompt(\"The place in: {text}\")",
          "  Place place(String text);",
          "}");

  @Test
  void annotationsInClassFilesDescribeTheSchema() throws Exception {
    Path classes = work.resolve("library");
    List<Path> classPath = new ArrayList<>(Javac.userClassPath());
    classPath.add(Javac.locationOf(JsonProperty.class));
    Javac.Result library =
        Javac.compile(
            classes,
            List.of("-classpath", Javac.join(classPath), "-proc:none"),
            List.of(Compilations.resource("jar/com/library/model/Place.java")));
    assertWithMessage(library.diagnostics()).that(library.success()).isTrue();

    List<File> path = new ArrayList<>();
    classPath.forEach(p -> path.add(p.toFile()));
    path.add(classes.toFile());
    Compilation c = Compilations.compileRecording(path, MAPS).compilation();
    assertThat(c).succeededWithoutWarnings();

    String schema;
    try (URLClassLoader models =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Field field =
          new CompiledClassLoader(c, models)
              .loadClass("com.example.Promptfit_Maps")
              .getDeclaredField("PLACE");
      field.setAccessible(true);
      schema = ((PromptMethod<?>) field.get(null)).outputSchema();
    }
    // javac before JDK 22 drops type-use annotations read from class files (JDK-8225377), so a
    // JSpecify @Nullable on a record from a jar is seen only by newer compilers; a declaration
    // @Nullable or an Optional works with every one.
    String note =
        Runtime.version().feature() >= 22
            ? "{'type':['string','null']}"
            : "{'type':'string'}";
    String expected =
        ("{'type':'object','description':'A place on a map',"
                + "'properties':{'name':{'type':'string','description':'What people call it'},"
                + "'lat':{'type':'number'},'note':" + note + ","
                + "'kind':{'type':'string','description':'TOWN: A town','enum':['TOWN','hill']},"
                + "'marker':{'description':'Something drawn on the map','anyOf':["
                + "{'type':'object','properties':{'type':{'type':'string','const':'pin'},"
                + "'size':{'type':'number'}},'required':['type','size'],"
                + "'additionalProperties':false},"
                + "{'type':'object','properties':{'type':{'type':'string','const':'Flag'},"
                + "'label':{'type':'string'}},'required':['type','label'],"
                + "'additionalProperties':false}]}},"
                + "'required':['name','lat','note','kind','marker'],"
                + "'additionalProperties':false}")
            .replace('\'', '"');
    assertThat(schema).isEqualTo(expected);
    assertThat(StrictSchemaRules.violations(new ObjectMapper().readTree(schema))).isEmpty();
  }
}
