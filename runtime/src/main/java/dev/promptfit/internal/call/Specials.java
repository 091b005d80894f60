package dev.promptfit.internal.call;

import dev.promptfit.CallOptions;
import dev.promptfit.Document;
import dev.promptfit.Image;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptMethod;
import dev.promptfit.internal.endpoint.Endpoint;
import dev.promptfit.internal.media.MediaChecks;
import dev.promptfit.internal.request.FilePart;
import dev.promptfit.internal.request.ImagePart;
import dev.promptfit.internal.request.Message;
import dev.promptfit.internal.request.Part;
import dev.promptfit.internal.request.Role;
import dev.promptfit.internal.request.TextPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not API. What a call's special arguments (its attachments) and background mode add to it, and
 * the misuses refused before any request: a {@code null} special argument, documents together
 * larger than a request may carry, background on Chat Completions, background beside {@code
 * extraBody("store", false)}.
 */
final class Specials {
  private Specials() {}

  /** Whether the call runs in the background: its {@code CallOptions}, else {@code @Background}. */
  static boolean background(PromptMethod<?> method, CallOptions options) {
    return options.background().orElse(method.background());
  }

  /** Refuses a call its special arguments or background mode make impossible. */
  static void check(
      PromptInput input,
      CallOptions options,
      boolean background,
      Endpoint endpoint,
      boolean chosenByClient,
      Failures failures) {
    if (!input.problems().isEmpty()) {
      throw failures.misuse(String.join("; ", input.problems()));
    }
    if (!background) {
      return;
    }
    if (endpoint.api() == Api.CHAT_COMPLETIONS) {
      String why =
          chosenByClient
              ? "the client's default endpoint is Chat Completions (Promptfit.builder().defaultApi)"
              : "the call goes to Chat Completions";
      throw failures.misuse(
          "background responses exist only on the Responses API, and "
              + why
              + "; use @Model(api = Api.RESPONSES) or CallOptions.builder().api(Api.RESPONSES),"
              + " or drop @Background / CallOptions.background(true)");
    }
    if (Boolean.FALSE.equals(options.extraBody().get("store"))) {
      throw failures.misuse(
          "a background response must be stored, and CallOptions.extraBody(\"store\", false)"
              + " says not to; remove one of them");
    }
  }

  /** The user message: the rendered text, then the attachments in parameter order. */
  static Message userMessage(PromptInput input, Failures failures) {
    if (input.attachments().isEmpty()) {
      return Message.user(input.text());
    }
    List<Part> parts = new ArrayList<>(1 + input.attachments().size());
    parts.add(new TextPart(input.text()));
    long documentBytes = 0;
    for (Object attachment : input.attachments()) {
      if (attachment instanceof Image image) {
        parts.add(new ImagePart(image.url(), image.detail().wireName()));
      } else if (attachment instanceof Document document) {
        documentBytes += document.size();
        parts.add(new FilePart(document.filename(), document.dataUrl()));
      }
    }
    if (documentBytes > MediaChecks.MAX_DOCUMENT_BYTES) {
      throw failures.misuse(
          String.format(
              Locale.ROOT,
              "the documents attached hold %,d bytes together, over the %,d (32 MB) the services"
                  + " accept for PDFs in one request; send fewer or smaller documents",
              documentBytes,
              MediaChecks.MAX_DOCUMENT_BYTES));
    }
    return new Message(Role.USER, parts);
  }
}
