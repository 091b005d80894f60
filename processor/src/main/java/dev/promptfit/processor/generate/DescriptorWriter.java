package dev.promptfit.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.promptfit.annotation.Api;
import dev.promptfit.processor.RuntimeNames;
import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.model.Setting;
import dev.promptfit.processor.model.Settings;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes one method's {@code PromptMethod} constant: everything its annotations said, resolved at
 * compile time, and nothing they did not say, so the runtime can tell "unset" from a default.
 *
 * <pre><code>
 * private static final PromptMethod&lt;Stream&lt;String&gt;&gt; ASK =
 *     PromptMethod.&lt;Stream&lt;String&gt;&gt;builder("Assistant", "ask",
 *         Types.parameterized(Stream.class, String.class))
 *         .model("gpt-5.2")
 *         .api(Api.CHAT_COMPLETIONS)
 *         .build();
 *
 * private static final String INVOICE_SCHEMA =
 *     "{\"type\":\"object\",\"properties\":{\"vendor\":{\"type\":\"string\"}," +
 *     ...;
 *
 * private static final PromptMethod&lt;Invoice&gt; INVOICE =
 *     PromptMethod.&lt;Invoice&gt;builder("Extractor", "invoice", Invoice.class)
 *         .model("gpt-5-mini")
 *         .outputSchema("Extractor_invoice", INVOICE_SCHEMA)
 *         .build();
 * </code></pre>
 */
final class DescriptorWriter {
  static final ClassName PROMPT_METHOD =
      ClassName.get(RuntimeNames.INTERNAL_PACKAGE, RuntimeNames.PROMPT_METHOD_SIMPLE);
  private static final ClassName API = ClassName.get(Api.class);

  private DescriptorWriter() {}

  /**
   * The constant for {@code method}, named {@code constant}; {@code interfaceName} is how the
   * runtime names the interface in its messages; {@code schema} names the constant holding a typed
   * answer's JSON schema and the schema's name on the wire.
   */
  static FieldSpec constant(
      MethodModel method, String constant, String interfaceName, Optional<Schema> schema) {
    return constant(method, constant, interfaceName, schema, List.of());
  }

  /**
   * {@link #constant(MethodModel, String, String, Optional)}, with the binders of the tool classes
   * the method's {@code @Tools} lists: {@code .tools(PromptfitTools_WeatherTools.INSTANCE)}.
   */
  static FieldSpec constant(
      MethodModel method,
      String constant,
      String interfaceName,
      Optional<Schema> schema,
      List<ClassName> toolBinders) {
    TypeName returnType = TypeName.get(method.returnType()).box();
    Settings settings = method.effective();
    CodeBlock.Builder init =
        CodeBlock.builder()
            .add("$>$>\n$T.<$T>builder(", PROMPT_METHOD, returnType)
            .add("$L,$W$L,$W", JavaLiterals.string(interfaceName),
                JavaLiterals.string(method.name()))
            .add(TypeExpressions.of(method.returnType()))
            .add(")$>$>");
    settings.model().ifPresent(m -> init.add("\n.model($L)", JavaLiterals.string(m.value())));
    settings.api().map(Setting::value).ifPresent(api -> init.add("\n.api($T.$N)", API, api.name()));
    settings.temperature().ifPresent(t -> init.add("\n.temperature($L)", t.value()));
    settings.topP().ifPresent(p -> init.add("\n.topP($L)", p.value()));
    settings.maxOutputTokens().ifPresent(n -> init.add("\n.maxOutputTokens($L)", n.value()));
    settings.reasoningEffort()
        .ifPresent(e -> init.add("\n.reasoningEffort($L)", JavaLiterals.string(e.value())));
    schema.ifPresent(
        s -> init.add("\n.outputSchema($L, $N)", JavaLiterals.string(s.wireName()), s.constant()));
    if (!toolBinders.isEmpty()) {
      init.add("\n.tools(");
      for (int i = 0; i < toolBinders.size(); i++) {
        init.add(i == 0 ? "$T.INSTANCE" : ",$W$T.INSTANCE", toolBinders.get(i));
      }
      init.add(")");
    }
    method.background().ifPresent(b -> init.add("\n.background(true)"));
    init.add("\n.build()$<$<$<$<");
    return FieldSpec.builder(
            ParameterizedTypeName.get(PROMPT_METHOD, returnType),
            constant,
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(init.build())
        .build();
  }

  /**
   * The constant holding a typed answer's schema, {@code private static final String
   * INVOICE_SCHEMA = "{\"type\":\"object\",...";}.
   */
  static FieldSpec schemaConstant(Schema schema, String json) {
    return FieldSpec.builder(
            String.class, schema.constant(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(SchemaLiteral.of(json))
        .build();
  }

  /**
   * Where a typed method's schema is: the constant's name in the generated class, and the
   * schema's name on the wire.
   */
  record Schema(String constant, String wireName) {}
}
