package dev.promptfit.internal.call;

import dev.promptfit.StructuredOutput;
import dev.promptfit.internal.request.InputNote;
import dev.promptfit.internal.request.Item;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.internal.request.Message;
import dev.promptfit.internal.request.OutputFormat;
import dev.promptfit.internal.request.Role;
import dev.promptfit.internal.request.TextPart;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The requests of a typed answer in each {@link StructuredOutput} mode, and its repair
 * requests.
 *
 * <p>Outside {@code json_schema} the schema travels in the user message of the prompt: JSON mode
 * wants the word "json" in the input messages (the instructions alone do not count), and a server
 * that takes no format at all has nowhere else to read it. It is an {@link InputNote} the endpoint
 * appends to that message's text as it writes it, rather than a message of its own (some chat
 * templates refuse two user messages in a row) or a changed item (a conversation stores the user's
 * own words).
 */
final class SchemaPrompt {
  /** What a user message gains outside {@code json_schema}, before the schema itself. */
  static final String SCHEMA_NOTE =
      "\n\nAnswer in json: one JSON object and no other text, following this JSON schema:\n";

  private SchemaPrompt() {}

  /** {@code request} asking for {@code method}'s answer in {@code mode}, sent first. */
  static LlmRequest first(LlmRequest request, TypedMethod method, StructuredOutput mode) {
    return switch (mode) {
      case AUTO, JSON_SCHEMA ->
          request.toBuilder()
              .outputFormat(OutputFormat.jsonSchema(method.schemaName(), method.schema()))
              .build();
      case JSON_OBJECT -> described(request, method, OutputFormat.JSON_OBJECT);
      case INSTRUCTIONS -> described(request, method, null);
    };
  }

  /** {@code request}, refused in its mode, asked again in mode {@code to} of the fallback chain. */
  static LlmRequest fallBack(LlmRequest request, TypedMethod method, StructuredOutput to) {
    return described(
        request, method, to == StructuredOutput.JSON_OBJECT ? OutputFormat.JSON_OBJECT : null);
  }

  /**
   * The request after {@code request} whose answer {@code answer} did not parse: the same
   * conversation, then the answer as the model's, then a user message with what was wrong. Returns
   * the request and, in {@code added}, the two items it added.
   */
  static LlmRequest repair(LlmRequest request, String answer, String problem, List<Item> added) {
    LlmRequest.Builder next = request.toBuilder();
    if (!answer.isEmpty()) {
      Message said = new Message(Role.ASSISTANT, List.of(new TextPart(answer)));
      added.add(said);
      next.item(said);
    }
    Message ask =
        Message.user(
            "Your answer could not be used: "
                + problem
                + "\nAnswer again in json: only the JSON object, following the schema exactly.");
    added.add(ask);
    return next.item(ask).build();
  }

  /**
   * {@code request} with {@code format} and the schema noted on its prompt: the last user message
   * (the prompt, after any history; tool items are not messages).
   */
  private static LlmRequest described(
      LlmRequest request, TypedMethod method, @Nullable OutputFormat format) {
    Message prompt = null;
    for (Item item : request.items()) {
      if (item instanceof Message m && m.role() == Role.USER) {
        prompt = m;
      }
    }
    LlmRequest.Builder next = request.toBuilder().outputFormat(format);
    if (prompt == null) {
      // A request without a user message cannot occur today; the schema then comes alone.
      return next.item(Message.user(SCHEMA_NOTE.strip() + method.schema())).build();
    }
    return next.inputNote(new InputNote(prompt, SCHEMA_NOTE + method.schema())).build();
  }
}
