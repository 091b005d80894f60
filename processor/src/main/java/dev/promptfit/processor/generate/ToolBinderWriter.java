package dev.promptfit.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.promptfit.processor.RuntimeNames;
import dev.promptfit.processor.model.ToolClassModel;
import dev.promptfit.processor.model.ToolModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Writes the binder of a validated class with {@code @Tool} methods: a {@code public final} class
 * {@code PromptfitTools_<names>} in the class's package implementing {@code ToolBinder}, with the
 * tools' definitions as constants and a dispatcher that reads each parameter from the call's JSON
 * arguments and calls the method itself. No reflection: a {@code switch} on the tool's name.
 *
 * <pre><code>
 * public ToolInvocation bind(WeatherTools tools, String name, String arguments)
 *     throws ToolArgumentsException {
 *   ToolArguments args = ToolArguments.parse(arguments);
 *   switch (name) {
 *     case "temperature": {
 *       String city = args.get("city", String.class);
 *       String country = args.get("country", String.class);
 *       return () -&gt; ToolResults.json(tools.temperature(city, country));
 *     }
 *     ...
 *   }
 * }
 * </code></pre>
 *
 * <p>Arguments are read in {@code bind}, so arguments that do not fit fail before the tool runs
 * and apart from what the tool itself throws; the returned {@code ToolInvocation} calls the tool.
 * A parameter that is {@code @Nullable} is read with {@code getNullable}; every other one must be
 * present and not null ({@code Optional}s read a missing value as empty). Each tool's parameter
 * schema is a {@code private static final String} named after the tool's method in UPPER_SNAKE
 * with {@code _PARAMETERS}.
 */
public final class ToolBinderWriter {
  private static final ClassName TOOL_BINDER = internal(RuntimeNames.TOOL_BINDER_SIMPLE);
  private static final ClassName TOOL_DEFINITION = internal(RuntimeNames.TOOL_DEFINITION_SIMPLE);
  private static final ClassName TOOL_INVOCATION = internal(RuntimeNames.TOOL_INVOCATION_SIMPLE);
  private static final ClassName TOOL_ARGUMENTS = internal(RuntimeNames.TOOL_ARGUMENTS_SIMPLE);
  private static final ClassName TOOL_ARGUMENTS_EXCEPTION =
      internal(RuntimeNames.TOOL_ARGUMENTS_EXCEPTION_SIMPLE);
  private static final ClassName TOOL_RESULTS = internal(RuntimeNames.TOOL_RESULTS_SIMPLE);
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final ClassName LIST = ClassName.get(List.class);

  /** The dispatcher's own names, which a parameter's local variable must not take. */
  private static final Set<String> TAKEN =
      Set.of(
          "tools", "name", "arguments", "args", RuntimeNames.TOOL_ARGUMENTS_SIMPLE,
          RuntimeNames.TOOL_RESULTS_SIMPLE, RuntimeNames.TYPES_SIMPLE);

  private final Elements elements;
  private final String generatorName;

  /**
   * @param elements javac's element utilities, to see whether {@code @Generated} is available
   * @param generatorName the value of {@code @Generated}: the processor's class name
   */
  public ToolBinderWriter(Elements elements, String generatorName) {
    this.elements = elements;
    this.generatorName = generatorName;
  }

  private static ClassName internal(String simpleName) {
    return ClassName.get(RuntimeNames.INTERNAL_PACKAGE, simpleName);
  }

  /** The binder of {@code model}, which must have passed validation. */
  public JavaFile write(ToolClassModel model) {
    ClassName binder = ClassName.get(model.packageName(), model.binderSimpleName());
    TypeName toolClass = TypeName.get(model.element().asType());
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(binder)
            .addOriginatingElement(model.element())
            .addJavadoc(
                "The tools of {@link $L}: their definitions, and the dispatcher of their calls.\n",
                model.displayName())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(TOOL_BINDER, toolClass));
    if (elements.getTypeElement(GENERATED.canonicalName()) != null) {
      spec.addAnnotation(
          AnnotationSpec.builder(GENERATED)
              .addMember("value", "$L", JavaLiterals.string(generatorName))
              .build());
    }
    if (elements.isDeprecated(model.element())) {
      spec.addAnnotation(Deprecated.class);
    }
    spec.addField(
        FieldSpec.builder(binder, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T()", binder)
            .build());
    List<String> constants =
        ConstantNames.assign(model.tools().stream().map(ToolModel::methodName).toList());
    Set<String> taken = new HashSet<>(constants);
    taken.add("INSTANCE");
    taken.add("DEFINITIONS");
    List<String> schemaConstants = new ArrayList<>();
    for (int i = 0; i < model.tools().size(); i++) {
      String constant = ConstantNames.free(constants.get(i) + "_PARAMETERS", taken);
      schemaConstants.add(constant);
      spec.addField(
          FieldSpec.builder(
                  String.class, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(SchemaLiteral.of(model.tools().get(i).parameterSchema().json().orElseThrow()))
              .build());
    }
    CodeBlock.Builder definitions = CodeBlock.builder().add("$>$>\n$T.of($>$>", LIST);
    for (int i = 0; i < model.tools().size(); i++) {
      ToolModel tool = model.tools().get(i);
      definitions.add(
          "\nnew $T($>$>\n$L,\n$L,\n$N)$<$<",
          TOOL_DEFINITION,
          JavaLiterals.string(tool.name()),
          JavaLiterals.string(tool.description()),
          schemaConstants.get(i));
      definitions.add(i + 1 < model.tools().size() ? "," : ")$<$<$<$<");
    }
    spec.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(LIST, TOOL_DEFINITION),
                "DEFINITIONS",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(definitions.build())
            .build());
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    spec.addMethod(
        MethodSpec.methodBuilder("toolClass")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Class.class), toolClass))
            .addStatement("return $T.class", ClassName.get(model.element()))
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("definitions")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(LIST, TOOL_DEFINITION))
            .addStatement("return DEFINITIONS")
            .build());
    spec.addMethod(bind(model, toolClass));
    return JavaFile.builder(model.packageName(), spec.build()).skipJavaLangImports(true).build();
  }

  private static MethodSpec bind(ToolClassModel model, TypeName toolClass) {
    CodeBlock.Builder body =
        CodeBlock.builder()
            .addStatement("$T args = $T.parse(arguments)", TOOL_ARGUMENTS, TOOL_ARGUMENTS)
            .beginControlFlow("switch (name)");
    for (ToolModel tool : model.tools()) {
      body.add("case $L: {\n$>", JavaLiterals.string(tool.name()));
      List<String> locals = new ArrayList<>();
      for (ToolModel.ToolParameter parameter : tool.parameters()) {
        String local = TAKEN.contains(parameter.name()) ? parameter.name() + "_" : parameter.name();
        locals.add(local);
        // A primitive cannot be null, whatever it is annotated with.
        boolean nullable = parameter.nullable() && !parameter.type().getKind().isPrimitive();
        body.addStatement(
            "$T $N =$Wargs.$N($L,$W$L)",
            TypeName.get(parameter.type()),
            local,
            nullable ? "getNullable" : "get",
            JavaLiterals.string(parameter.name()),
            TypeExpressions.of(parameter.type()));
      }
      CodeBlock call =
          CodeBlock.of("tools.$N($L)", tool.methodName(), String.join(", ", locals));
      switch (tool.result()) {
        case OK -> body.add(
            "return () -> {\n$>$L;\nreturn $T.OK;\n$<};\n", call, TOOL_RESULTS);
        case TEXT -> body.addStatement("return () -> $T.text($L)", TOOL_RESULTS, call);
        case JSON -> body.addStatement("return () -> $T.json($L)", TOOL_RESULTS, call);
      }
      body.add("$<}\n");
    }
    body.add("default:\n$>")
        .addStatement(
            "throw new $T($L + name)",
            IllegalArgumentException.class,
            JavaLiterals.string(model.displayName() + " has no tool "))
        .add("$<")
        .endControlFlow();
    return MethodSpec.methodBuilder("bind")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TOOL_INVOCATION)
        .addParameter(toolClass, "tools")
        .addParameter(String.class, "name")
        .addParameter(String.class, "arguments")
        .addException(TOOL_ARGUMENTS_EXCEPTION)
        .addCode(body.build())
        .build();
  }
}
