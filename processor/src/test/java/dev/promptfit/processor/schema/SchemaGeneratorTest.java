package dev.promptfit.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generator as other parts of the processor use it, outside typed answers: {@link
 * SchemaGenerator#object} for a tool's parameters (API.md section 8: parameter schemas under
 * section 7's rules) and {@link SchemaGenerator#type} for one type as it is.
 */
class SchemaGeneratorTest {

  private static final JavaFileObject TOOLS =
      JavaFileObjects.forSourceLines(
          "tools.WeatherTools",
          "package tools;",
          "",
          "import dev.promptfit.annotation.Description;",
          "import java.time.LocalDate;",
          "import java.util.List;",
          "import java.util.Map;",
          "import org.jspecify.annotations.Nullable;",
          "",
          "public final class WeatherTools {",
          "  public record Stop(String city, @Nullable LocalDate day) {}",
          "",
          "  public double temperature(",
          "      String city, @Description(\"ISO 3166 country code\") String country,",
          "      @Nullable Integer days, List<Stop> stops, Stop first, Stop last) {",
          "    return 0;",
          "  }",
          "",
          "  public void broken(Map<String, Object> extra, List<Object> values) {}",
          "}");

  @Test
  void objectOfToolParametersFollowsTheRulesOfAnswers() {
    Map<String, SchemaResult> results = parameterSchemas();
    SchemaResult temperature = results.get("temperature");
    assertThat(temperature.problems()).isEmpty();
    assertThat(temperature.json())
        .hasValue(
            ("{'type':'object','properties':{"
                    + "'city':{'type':'string','description':'the city, from Javadoc'},"
                    + "'country':{'type':'string','description':'ISO 3166 country code'},"
                    + "'days':{'type':['integer','null']},"
                    + "'stops':{'type':'array','items':{'$ref':'#/$defs/WeatherTools_Stop'}},"
                    + "'first':{'$ref':'#/$defs/WeatherTools_Stop'},"
                    + "'last':{'$ref':'#/$defs/WeatherTools_Stop'}},"
                    + "'required':['city','country','days','stops','first','last'],"
                    + "'additionalProperties':false,"
                    + "'$defs':{'WeatherTools_Stop':{'type':'object','properties':{"
                    + "'city':{'type':'string'},"
                    + "'day':{'type':['string','null'],'format':'date'}},"
                    + "'required':['city','day'],'additionalProperties':false}}}")
                .replace('\'', '"'));
    assertThat(temperature.boundTypes()).hasSize(1);
    assertThat(temperature.boundTypes().get(0).element().getSimpleName().toString())
        .isEqualTo("Stop");
  }

  @Test
  void problemsOfToolParametersStartWithTheParameterName() {
    SchemaResult broken = parameterSchemas().get("broken");
    assertThat(broken.json()).isEmpty();
    assertThat(broken.problems())
        .containsExactly(
            new SchemaProblem(
                SchemaProblem.Kind.MAP, "extra", true, List.of("Map<String, Object>")),
            new SchemaProblem(SchemaProblem.Kind.OBJECT, "values[]", false, List.of("Object")))
        .inOrder();
  }

  @Test
  void typeAsItIsMayHaveAnyRoot() {
    SchemaResult stop = parameterSchemas().get("type:Stop");
    assertThat(stop.json())
        .hasValue(
            ("{'type':'object','properties':{'city':{'type':'string'},"
                    + "'day':{'type':['string','null'],'format':'date'}},"
                    + "'required':['city','day'],'additionalProperties':false}")
                .replace('\'', '"'));
    assertThat(parameterSchemas().get("type:double").json())
        .hasValue("{\"type\":\"number\"}");
  }

  /**
   * Compiles {@link #TOOLS} with a processor that asks the generator for each public method's
   * parameters, as a tools processor would, and for the types of the first method's parameters.
   */
  private static Map<String, SchemaResult> parameterSchemas() {
    Map<String, SchemaResult> results = new LinkedHashMap<>();
    Compilation c =
        Compiler.javac()
            .withProcessors(
                new AbstractProcessor() {
                  @Override
                  public Set<String> getSupportedAnnotationTypes() {
                    return Set.of("*");
                  }

                  @Override
                  public SourceVersion getSupportedSourceVersion() {
                    return SourceVersion.latestSupported();
                  }

                  @Override
                  public boolean process(
                      Set<? extends TypeElement> annotations, RoundEnvironment round) {
                    SchemaGenerator generator =
                        new SchemaGenerator(
                            processingEnv.getElementUtils(), processingEnv.getTypeUtils());
                    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
                      for (ExecutableElement method :
                          ElementFilter.methodsIn(type.getEnclosedElements())) {
                        List<PropertySpec> properties = new ArrayList<>();
                        for (VariableElement parameter : method.getParameters()) {
                          String name = parameter.getSimpleName().toString();
                          Optional<String> javadoc =
                              name.equals("city")
                                  ? Optional.of("the city, from Javadoc")
                                  : Optional.empty();
                          properties.add(
                              new PropertySpec(
                                  name, parameter.asType(), Optional.of(parameter), javadoc));
                        }
                        results.put(method.getSimpleName().toString(), generator.object(properties));
                        if (method.getSimpleName().contentEquals("temperature")) {
                          results.put(
                              "type:Stop",
                              generator.type(method.getParameters().get(4).asType(), "first"));
                          results.put(
                              "type:double",
                              generator.type(method.getReturnType(), "temperature"));
                        }
                      }
                    }
                    return false;
                  }
                })
            .compile(TOOLS);
    assertThat(c).succeeded();
    return results;
  }
}
