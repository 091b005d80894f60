package dev.promptfit.internal.request;

import dev.promptfit.StreamEvent;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Not API. What one model response said, kept so that it can be sent back in the next request of
 * a tool loop: servers that keep no state (and {@code store: false}) need every output item again,
 * reasoning included.
 *
 * <ul>
 *   <li>Responses: {@link #items} holds every output item verbatim as JSON, in output order
 *       (reasoning with its {@code encrypted_content}, messages, function calls), and is what the
 *       endpoint writes back.
 *   <li>Chat: the endpoint writes one assistant message of {@link #text}, {@link #reasoning} as
 *       {@code reasoning_content} (DeepSeek's thinking mode refuses tool calls without it) and
 *       {@link #calls} as {@code tool_calls}.
 * </ul>
 *
 * @param text the response's text; empty if none
 * @param reasoning Chat {@code reasoning_content} as the server sent it, or null
 * @param calls the tool calls, in order
 * @param items Responses output items as JSON text; empty for Chat
 */
public record ModelOutput(
    String text, @Nullable String reasoning, List<StreamEvent.ToolCall> calls, List<String> items)
    implements Item {

  /** A response that said nothing the next request needs. */
  public static final ModelOutput NONE = new ModelOutput("", null, List.of(), List.of());

  public ModelOutput {
    Objects.requireNonNull(text, "text");
    calls = List.copyOf(calls);
    items = List.copyOf(items);
  }

  /** This output with {@code calls} in place of its own (same order, ids filled in). */
  public ModelOutput withCalls(List<StreamEvent.ToolCall> calls) {
    return new ModelOutput(text, reasoning, calls, items);
  }

  @Override
  public String toString() {
    // Model text is user content: never printed.
    return "ModelOutput{text.length="
        + text.length()
        + ", calls="
        + calls.size()
        + ", items="
        + items.size()
        + "}";
  }
}
