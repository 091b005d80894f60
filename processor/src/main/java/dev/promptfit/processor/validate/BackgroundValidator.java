package dev.promptfit.processor.validate;

import dev.promptfit.annotation.Api;
import dev.promptfit.processor.model.Anchor;
import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.model.Setting;
import java.util.Optional;

/**
 * Checks {@code @Background}: background responses exist only on the Responses API, so a method
 * whose {@code @Model} names Chat Completions cannot run in the background. (A method that leaves
 * the endpoint to the client is checked when it is called, since only then is the endpoint known.)
 */
final class BackgroundValidator {
  private BackgroundValidator() {}

  static void check(MethodModel method, ValidationReport report) {
    Optional<Anchor> background = method.background();
    Optional<Api> api = method.effective().api().map(Setting::value);
    if (background.isEmpty() || api.isEmpty() || api.get() != Api.CHAT_COMPLETIONS) {
      return;
    }
    boolean own = background.get().element().equals(method.element());
    // On the method's own @Background, or on the method when the interface's applies to it.
    report.error(
        Messages.backgroundOnChat(method.displayName(), !own),
        own ? background.get() : Anchor.of(method.element()));
  }
}
