package dev.promptfit.testing;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item of the conversation a client sent, as {@link RecordedLlmRequest#items()} lists them:
 * the Responses {@code input} items, or the Chat {@code messages}, in order.
 *
 * <pre><code>
 * List&lt;RecordedItem&gt; items = server.takeRequest().items();
 * assertEquals(new RecordedItem.FunctionCallOutput("call_1", "21.0"), items.get(3));
 * </code></pre>
 *
 * <table>
 *   <caption>How each endpoint's items map</caption>
 *   <tr><th>item</th><th>Responses</th><th>Chat</th></tr>
 *   <tr><td>{@link Message}</td><td>{@code {role, content}} ({@code type: "message"} or none)</td>
 *       <td>a {@code system}/{@code developer}/{@code user}/{@code assistant} message, with its
 *       {@code tool_calls} and {@code reasoning_content}</td></tr>
 *   <tr><td>{@link FunctionCall}</td><td>a {@code function_call} item</td>
 *       <td>inside {@link Message#toolCalls()} of an assistant message</td></tr>
 *   <tr><td>{@link FunctionCallOutput}</td><td>a {@code function_call_output} item</td>
 *       <td>a {@code role: "tool"} message</td></tr>
 *   <tr><td>{@link Reasoning}</td><td>a {@code reasoning} item</td>
 *       <td>— (see {@link Message#reasoningContent()})</td></tr>
 *   <tr><td>{@link Other}</td><td>any other item</td><td>any other message</td></tr>
 * </table>
 */
public sealed interface RecordedItem {

  /**
   * A message. Its content as parts: a plain string content is one {@link RecordedPart.Text}
   * whose type is null.
   *
   * <pre><code>
   * RecordedItem.Message user = (RecordedItem.Message) request.items().get(0);
   * assertEquals("user", user.role());
   * assertEquals("Describe this image.", user.text());
   * </code></pre>
   *
   * @param role {@code user}, {@code assistant}, {@code system}, {@code developer}
   * @param content the content parts in order (empty for a null content)
   * @param toolCalls Chat: the assistant message's {@code tool_calls}; Responses: always empty
   *     (calls are items of their own there)
   * @param reasoningContent Chat: the assistant message's {@code reasoning_content} (DeepSeek's
   *     thinking mode wants it back), or null
   */
  record Message(
      String role,
      List<RecordedPart> content,
      List<FunctionCall> toolCalls,
      @Nullable String reasoningContent)
      implements RecordedItem {

    /**
     * Copies the lists.
     *
     * <pre><code>new RecordedItem.Message("user", List.of(new RecordedPart.Text(null, "Hi")), List.of(), null);</code></pre>
     */
    public Message {
      content = List.copyOf(content);
      toolCalls = List.copyOf(toolCalls);
    }

    /**
     * The texts of the text parts, joined with {@code "\n"}; empty if there are none.
     *
     * <pre><code>assertEquals("Hello", message.text());</code></pre>
     */
    public String text() {
      List<String> texts = new ArrayList<>();
      for (RecordedPart part : content) {
        if (part instanceof RecordedPart.Text text) {
          texts.add(text.text());
        }
      }
      return String.join("\n", texts);
    }

    /**
     * The image and file parts, in order.
     *
     * <pre><code>assertEquals(2, message.attachments().size());</code></pre>
     */
    public List<RecordedPart> attachments() {
      List<RecordedPart> attachments = new ArrayList<>();
      for (RecordedPart part : content) {
        if (part instanceof RecordedPart.Image || part instanceof RecordedPart.File) {
          attachments.add(part);
        }
      }
      return List.copyOf(attachments);
    }
  }

  /**
   * A tool call the client sent back: a Responses {@code function_call} item, or one entry of a
   * Chat assistant message's {@code tool_calls}.
   *
   * <pre><code>assertEquals("call_00000001_0", call.callId());</code></pre>
   *
   * @param id the Responses item id ({@code fc_…}), or null (always on Chat)
   * @param callId {@code call_id} (Responses) or {@code id} (Chat)
   * @param name the tool's name
   * @param arguments the arguments JSON text, as sent
   */
  record FunctionCall(@Nullable String id, String callId, String name, String arguments)
      implements RecordedItem {}

  /**
   * A tool result: a Responses {@code function_call_output} item, or a Chat {@code role:
   * "tool"} message.
   *
   * <pre><code>assertEquals(new RecordedItem.FunctionCallOutput("call_1", "21.0"), request.toolResults().get(0));</code></pre>
   *
   * @param callId {@code call_id} (Responses) or {@code tool_call_id} (Chat)
   * @param output the output string; an array of parts (Responses) or of text parts (Chat) is
   *     given as its texts joined with {@code "\n"} when all are text, else as its JSON text
   */
  record FunctionCallOutput(String callId, String output) implements RecordedItem {}

  /**
   * A Responses {@code reasoning} item passed back.
   *
   * <pre><code>assertEquals("rs_00000001", reasoning.id());</code></pre>
   *
   * @param id the item id ({@code rs_…}), or null
   * @param summary the texts of its {@code summary} parts
   * @param encryptedContent its {@code encrypted_content}, or null
   */
  record Reasoning(@Nullable String id, List<String> summary, @Nullable String encryptedContent)
      implements RecordedItem {

    /**
     * Copies the list.
     *
     * <pre><code>new RecordedItem.Reasoning("rs_1", List.of("Thinking."), "gAAAA");</code></pre>
     */
    public Reasoning {
      summary = List.copyOf(summary);
    }
  }

  /**
   * Any other item ({@code item_reference}, hosted tool calls, a Chat {@code function} message).
   *
   * <pre><code>assertEquals("item_reference", other.type());</code></pre>
   *
   * @param type its {@code type} (Chat: its {@code role}), or null
   * @param json the item as compact JSON
   */
  record Other(@Nullable String type, String json) implements RecordedItem {}
}
