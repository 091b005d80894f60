package dev.promptfit.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.model.Parameter;

/**
 * Writes how a method's conversation and attachments reach the runtime: one {@code PromptInput}
 * builder call per parameter, in parameter order, each naming its parameter so that a {@code null}
 * argument is reported by name.
 *
 * <pre><code>
 * .conversation("conversation", conversation)
 * .attach("picture", picture)
 * .attachAll("pages", pages)
 * </code></pre>
 */
final class SpecialArguments {
  private SpecialArguments() {}

  /** Adds the builder calls of {@code method}'s conversation and attachment parameters. */
  static void add(MethodModel method, CodeBlock.Builder input) {
    for (Parameter parameter : method.parameters()) {
      String call =
          switch (parameter.special()) {
            case CONVERSATION -> "conversation";
            case IMAGE, DOCUMENT -> "attach";
            case IMAGE_LIST, DOCUMENT_LIST -> "attachAll";
            case NONE, CALL_OPTIONS -> null;
          };
      if (call != null) {
        input.add(
            "\n.$N($L, $N)", call, JavaLiterals.string(parameter.name()), parameter.name());
      }
    }
  }
}
