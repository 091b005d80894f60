package dev.promptfit.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.promptfit.processor.RuntimeNames;
import dev.promptfit.processor.model.InterfaceModel;
import dev.promptfit.processor.model.InterfaceTools;
import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.model.Parameter;
import dev.promptfit.processor.model.ToolClassModel;
import dev.promptfit.processor.parse.ParseResult;
import dev.promptfit.processor.parse.Template;
import dev.promptfit.processor.parse.TemplateParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Writes the implementation of a validated interface: one {@code public final} class per
 * interface, no reflection, reading like hand-written code.
 *
 * <p><b>Class name.</b> {@code Promptfit_} followed by the simple names from the outermost type
 * down, joined by {@code _}, in the interface's package: {@code com.x.Assistant} → {@code
 * com.x.Promptfit_Assistant}, {@code com.x.Outer.Inner} → {@code com.x.Promptfit_Outer_Inner}.
 * The runtime finds it with one {@code Class.forName} and calls its one constructor, which takes a
 * {@code PromptInvoker}.
 *
 * <p><b>Constant names.</b> Each method gets a {@code private static final PromptMethod<T>}
 * constant named after the method in UPPER_SNAKE ({@code askQuestion} → {@code ASK_QUESTION});
 * when that name is taken, by an overload or another method converting to the same name, the
 * later method in declaration order gets the first free {@code _2}, {@code _3}, ... suffix
 * ({@code translate(String)}, {@code translate(String, String)} → {@code TRANSLATE}, {@code
 * TRANSLATE_2}). Declaration order is the interface's own methods as written, then each
 * superinterface's, depth first.
 *
 * <p><b>Typed answers.</b> A method with a typed answer (API.md section 7) also gets a {@code
 * private static final String} constant with its JSON schema, written just before its descriptor
 * and named like it with {@code _SCHEMA} ({@code INVOICE_SCHEMA}; {@code _2}, ... where taken),
 * and its descriptor says {@code .outputSchema("Extractor_invoice", INVOICE_SCHEMA)}, the first
 * argument being the schema's name on the wire (see {@link SchemaNames}).
 *
 * <p><b>Tools.</b> A method whose {@code @Tools} lists tool classes has {@code
 * .tools(PromptfitTools_WeatherTools.INSTANCE, ...)} in its descriptor, the binders the processor
 * writes for those classes; and the constructor of an interface that lists any first calls {@code
 * invoker.requireTools("TravelAgent", WeatherTools.class, ...)} with every class listed anywhere on
 * it, which checks the instances given to {@code Promptfit.create} at once.
 *
 * <p><b>Method bodies.</b> One call, {@code invoker.invoke(CONSTANT, PromptInput.builder()...
 * .build())}: the input sets the templates, compiled to concatenation by {@link
 * TemplateRenderer}, and the special parameters the method has ({@link SpecialArguments}); what
 * the method lacks is not set.
 * The input grows by builder methods, so a new kind of argument never changes this call. A
 * parameter that shadows the {@code invoker} field or a constant is worked around by qualifying
 * the field ({@code this.invoker}, {@code Promptfit_Assistant.ASK}).
 */
public final class ImplementationWriter {
  private static final ClassName PROMPT_INVOKER =
      ClassName.get(RuntimeNames.INTERNAL_PACKAGE, RuntimeNames.PROMPT_INVOKER_SIMPLE);
  private static final ClassName PROMPT_INPUT =
      ClassName.get(RuntimeNames.INTERNAL_PACKAGE, RuntimeNames.PROMPT_INPUT_SIMPLE);
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final String INVOKER = "invoker";

  private final Elements elements;
  private final Types types;
  private final String generatorName;

  /**
   * @param elements javac's element utilities, for deprecation and what the class path offers
   * @param types javac's type utilities, to implement inherited methods of generic supertypes
   * @param generatorName the value of {@code @Generated}: the processor's class name
   */
  public ImplementationWriter(Elements elements, Types types, String generatorName) {
    this.elements = elements;
    this.types = types;
    this.generatorName = generatorName;
  }

  /** The generated file for {@code type}, which must have passed validation. */
  public JavaFile write(InterfaceModel type) {
    InterfaceTools tools = InterfaceTools.read(type);
    ClassName generated = ClassName.get(type.packageName(), type.generatedSimpleName());
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(generated)
            .addOriginatingElement(type.element())
            .avoidClashesWithNestedClasses(type.element())
            .addJavadoc("Implements {@link $L} by calling a {@link $T}.\n",
                type.displayName(), PROMPT_INVOKER)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(TypeName.get(type.element().asType()));
    // A modular build that does not read java.compiler cannot see @Generated; omit it there.
    if (elements.getTypeElement(GENERATED.canonicalName()) != null) {
      spec.addAnnotation(
          AnnotationSpec.builder(GENERATED)
              .addMember("value", "$L", JavaLiterals.string(generatorName))
              .build());
    }
    // Implementing a deprecated interface is itself deprecated, and saying so keeps javac from
    // warning about the generated code.
    if (deprecated(type.element())) {
      spec.addAnnotation(Deprecated.class);
    } else if (tools.all().stream().anyMatch(this::deprecated)) {
      // The interface already names the deprecated tool class, where its author sees the warning.
      spec.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "deprecation")
              .build());
    }

    List<MethodModel> methods = type.abstractMethods();
    List<String> constants = ConstantNames.assign(methods.stream().map(MethodModel::name).toList());
    List<Optional<DescriptorWriter.Schema>> schemas = schemas(type, methods, constants);
    for (int i = 0; i < methods.size(); i++) {
      MethodModel method = methods.get(i);
      Optional<DescriptorWriter.Schema> schema = schemas.get(i);
      schema.ifPresent(
          s ->
              spec.addField(
                  DescriptorWriter.schemaConstant(
                      s, method.typed().orElseThrow().schema().json().orElseThrow())));
      spec.addField(
          DescriptorWriter.constant(
              method, constants.get(i), type.displayName(), schema, binders(tools, i)));
    }
    spec.addField(
        FieldSpec.builder(PROMPT_INVOKER, INVOKER, Modifier.PRIVATE, Modifier.FINAL).build());
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(PROMPT_INVOKER, INVOKER);
    List<TypeElement> toolClasses = tools.all();
    if (!toolClasses.isEmpty()) {
      CodeBlock.Builder classes = CodeBlock.builder();
      for (TypeElement toolClass : toolClasses) {
        classes.add(",$W$T.class", ClassName.get(toolClass));
      }
      constructor.addStatement(
          "$N.requireTools($L$L)",
          INVOKER,
          JavaLiterals.string(type.displayName()),
          classes.build());
    }
    spec.addMethod(constructor.addStatement("this.$N = $N", INVOKER, INVOKER).build());
    for (int i = 0; i < methods.size(); i++) {
      spec.addMethod(implement(type, generated, methods.get(i), constants.get(i)));
    }
    return JavaFile.builder(type.packageName(), spec.build()).skipJavaLangImports(true).build();
  }

  /** The binders of the tool classes method {@code index} lists, in order. */
  private static List<ClassName> binders(InterfaceTools tools, int index) {
    List<ClassName> binders = new ArrayList<>();
    for (InterfaceTools.Listed listed : tools.methods().get(index).listed()) {
      listed.element().ifPresent(
          toolClass -> {
            ClassName name = ClassName.get(toolClass);
            binders.add(
                ClassName.get(
                    name.packageName(), ToolClassModel.binderSimpleName(name.simpleNames())));
          });
    }
    return binders;
  }

  /**
   * For each typed method, the name of its schema constant (its descriptor constant's name with
   * {@code _SCHEMA}, suffixed where taken) and its schema's name on the wire; empty for the others.
   */
  private static List<Optional<DescriptorWriter.Schema>> schemas(
      InterfaceModel type, List<MethodModel> methods, List<String> constants) {
    Set<String> taken = new HashSet<>(constants);
    List<String> typedNames =
        methods.stream().filter(m -> m.typed().isPresent()).map(MethodModel::name).toList();
    Iterator<String> wireNames = SchemaNames.assign(type.displayName(), typedNames).iterator();
    List<Optional<DescriptorWriter.Schema>> schemas = new ArrayList<>();
    for (int i = 0; i < methods.size(); i++) {
      schemas.add(
          methods.get(i).typed().isPresent()
              ? Optional.of(
                  new DescriptorWriter.Schema(
                      ConstantNames.free(constants.get(i) + "_SCHEMA", taken), wireNames.next()))
              : Optional.empty());
    }
    return schemas;
  }

  private MethodSpec implement(
      InterfaceModel type, ClassName generated, MethodModel method, String constant) {
    Map<String, Parameter> byPlaceholder = new LinkedHashMap<>();
    Optional<Parameter> callOptions = Optional.empty();
    for (Parameter parameter : method.parameters()) {
      if (parameter.callOptions()) {
        callOptions = Optional.of(parameter);
      } else if (!parameter.isSpecial()) {
        byPlaceholder.put(parameter.placeholder(), parameter);
      }
    }
    boolean shadowsInvoker = byName(method, INVOKER);
    CodeBlock invoker = CodeBlock.of(shadowsInvoker ? "this.$N" : "$N", INVOKER);
    CodeBlock descriptor =
        byName(method, constant) ? CodeBlock.of("$T.$N", generated, constant)
            : CodeBlock.of("$N", constant);
    boolean stringHidden = byName(method, "String");
    CodeBlock.Builder input = CodeBlock.builder().add("$T.builder()", PROMPT_INPUT);
    method.effective().instructions()
        .map(i -> TemplateRenderer.render(parse(i.value()), byPlaceholder, stringHidden))
        .ifPresent(instructions -> input.add("\n.instructions($L)", instructions));
    input.add(
        "\n.text($L)",
        TemplateRenderer.render(
            parse(method.prompt().orElseThrow().value()), byPlaceholder, stringHidden));
    SpecialArguments.add(method, input);
    callOptions.ifPresent(p -> input.add("\n.options($N)", p.name()));
    input.add("\n.build()");
    MethodSpec.Builder spec =
        OverrideSignature.of(method.element(), (DeclaredType) type.element().asType(), types);
    if (elements.isDeprecated(method.element())) {
      spec.addAnnotation(Deprecated.class);
    }
    return spec.addStatement("return $L.invoke($L, $L)", invoker, descriptor, input.build())
        .build();
  }

  /** Deprecated itself or nested in something deprecated, as javac decides whether to warn. */
  private boolean deprecated(Element type) {
    for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (elements.isDeprecated(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean byName(MethodModel method, String name) {
    return method.parameters().stream().anyMatch(p -> p.name().equals(name));
  }

  private static Template parse(String source) {
    if (TemplateParser.parse(source) instanceof ParseResult.Parsed parsed) {
      return parsed.template();
    }
    throw new IllegalStateException("template passed validation but does not parse: " + source);
  }
}
