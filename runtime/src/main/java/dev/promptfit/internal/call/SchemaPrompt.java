package dev.promptfit.internal.call;

import dev.promptfit.StructuredOutput;
import dev.promptfit.internal.request.Item;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.internal.request.Message;
import dev.promptfit.internal.request.OutputFormat;
import dev.promptfit.internal.request.Part;
import dev.promptfit.internal.request.Role;
import dev.promptfit.internal.request.TextPart;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The requests of a typed answer in each {@link StructuredOutput} mode, and its repair
 * requests.
 *
 * <p>Outside {@code json_schema} the schema travels in the user message of the prompt: JSON mode
 * wants the word "json" in the input messages (the instructions alone do not count), and a server
 * that takes no format at all has nowhere else to read it. It is appended to that message's text
 * rather than sent as a message of its own, since some chat templates refuse two user messages in a
 * row.
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

  /**
   * {@code request}, sent in mode {@code from} and refused, asked again in mode {@code to}, a later
   * mode of the fallback chain. The schema is described once: a request already in {@code
   * json_object} mode carries it.
   */
  static LlmRequest fallBack(
      LlmRequest request, TypedMethod method, StructuredOutput from, StructuredOutput to) {
    OutputFormat format = to == StructuredOutput.JSON_OBJECT ? OutputFormat.JSON_OBJECT : null;
    if (from == StructuredOutput.JSON_SCHEMA || from == StructuredOutput.AUTO) {
      return described(request, method, format);
    }
    return request.toBuilder().outputFormat(format).build();
  }

  /**
   * The request after {@code request} whose answer {@code answer} did not parse: the same
   * conversation, then the answer as the model's, then a user message with what was wrong.
   */
  static LlmRequest repair(LlmRequest request, String answer, String problem) {
    LlmRequest.Builder next = request.toBuilder();
    if (!answer.isEmpty()) {
      next.item(new Message(Role.ASSISTANT, List.of(new TextPart(answer))));
    }
    return next.item(
            Message.user(
                "Your answer could not be used: "
                    + problem
                    + "\nAnswer again in json: only the JSON object, following the schema"
                    + " exactly."))
        .build();
  }

  /** {@code request} with {@code format}, the schema appended to its last user message. */
  private static LlmRequest described(
      LlmRequest request, TypedMethod method, @Nullable OutputFormat format) {
    List<Item> items = new ArrayList<>(request.items());
    int last = -1;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Message m && m.role() == Role.USER) {
        last = i;
      }
    }
    String note = SCHEMA_NOTE + method.schema();
    if (last < 0) {
      items.add(Message.user(note.strip()));
    } else {
      Message message = (Message) items.get(last);
      List<Part> parts = new ArrayList<>(message.parts());
      Part end = parts.get(parts.size() - 1);
      if (end instanceof TextPart text) {
        parts.set(parts.size() - 1, new TextPart(text.text() + note));
      } else {
        parts.add(new TextPart(note.strip()));
      }
      items.set(last, new Message(Role.USER, parts));
    }
    return request.toBuilder().replaceItems(items).outputFormat(format).build();
  }
}
