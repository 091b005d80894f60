package dev.promptfit.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.promptfit.annotation.Api;
import dev.promptfit.processor.RuntimeNames;
import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.model.ReturnKind;
import dev.promptfit.processor.model.Setting;
import dev.promptfit.processor.model.Settings;
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
 * </code></pre>
 */
final class DescriptorWriter {
  static final ClassName PROMPT_METHOD =
      ClassName.get(RuntimeNames.INTERNAL_PACKAGE, RuntimeNames.PROMPT_METHOD_SIMPLE);
  private static final ClassName TYPES =
      ClassName.get(RuntimeNames.INTERNAL_PACKAGE, RuntimeNames.TYPES_SIMPLE);
  private static final ClassName API = ClassName.get(Api.class);

  private DescriptorWriter() {}

  /**
   * The constant for {@code method}, named {@code constant}; {@code interfaceName} is how the
   * runtime names the interface in its messages.
   */
  static FieldSpec constant(MethodModel method, String constant, String interfaceName) {
    TypeName returnType = TypeName.get(method.returnType());
    Settings settings = method.effective();
    CodeBlock.Builder init =
        CodeBlock.builder()
            .add("$>$>\n$T.<$T>builder(", PROMPT_METHOD, returnType)
            .add("$L,$W$L,$W", JavaLiterals.string(interfaceName),
                JavaLiterals.string(method.name()))
            .add(typeExpression(method.returnKind().orElseThrow()))
            .add(")$>$>");
    settings.model().ifPresent(m -> init.add("\n.model($L)", JavaLiterals.string(m.value())));
    settings.api().map(Setting::value).ifPresent(api -> init.add("\n.api($T.$N)", API, api.name()));
    settings.temperature().ifPresent(t -> init.add("\n.temperature($L)", t.value()));
    settings.topP().ifPresent(p -> init.add("\n.topP($L)", p.value()));
    settings.maxOutputTokens().ifPresent(n -> init.add("\n.maxOutputTokens($L)", n.value()));
    settings.reasoningEffort()
        .ifPresent(e -> init.add("\n.reasoningEffort($L)", JavaLiterals.string(e.value())));
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
   * The return type as a {@code java.lang.reflect.Type} expression, built without reflection:
   * {@code String.class} or {@code Types.parameterized(Stream.class, String.class)}.
   */
  static CodeBlock typeExpression(ReturnKind kind) {
    ClassName raw = ClassName.bestGuess(kind.raw());
    return kind.argument()
        .map(arg -> CodeBlock.of("$T.parameterized($T.class, $T.class)", TYPES, raw,
            ClassName.bestGuess(arg)))
        .orElseGet(() -> CodeBlock.of("$T.class", raw));
  }
}
