package dev.promptfit;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One stored message of a {@link Conversation}: what a {@link ConversationStore} loads and appends.
 * A plain record, so a plain Jackson {@code ObjectMapper} (no modules) writes and reads it, and a
 * store may keep it as JSON.
 *
 * <pre><code>
 * ObjectMapper json = new ObjectMapper();
 * String saved = json.writeValueAsString(conversation.messages());
 * List&lt;ConversationMessage&gt; loaded =
 *     json.readValue(saved, new TypeReference&lt;List&lt;ConversationMessage&gt;&gt;() {});
 * </code></pre>
 *
 * <p>A successful call appends one turn: the {@link Role#USER} message (its text and its
 * attachments), then, when the model called tools, for each round an {@link Role#ASSISTANT}
 * message holding the calls followed by one {@link Role#TOOL} message per call, then the final
 * {@link Role#ASSISTANT} answer. What the next request needs is kept verbatim: a Responses
 * response's output items ({@code outputItems}: reasoning items with their {@code
 * encrypted_content}, function calls) and a Chat server's {@code reasoning_content} ({@code
 * reasoning}, which DeepSeek's thinking mode wants back beside its tool calls).
 *
 * <p><b>Attachments are stored.</b> A later turn sends the earlier images and documents again, so
 * that on a server that keeps no state the model still sees what it was shown. An image given by
 * {@code http(s)} URL is stored as that URL; one given as bytes is stored as a {@code data:} URL,
 * as large as the bytes in base64: send large images by URL to keep a store small.
 *
 * @param role who spoke
 * @param text the user's text, the assistant's answer (its refusal, when it refused), or a tool's
 *     result; empty for an assistant message that only called tools
 * @param attachments a user message's images and documents, in order; empty otherwise
 * @param toolCalls the tools an assistant message called, in order; empty otherwise
 * @param reasoning a Chat assistant message's {@code reasoning_content}, or null
 * @param outputItems a Responses assistant message's output items, each a JSON object as the
 *     server sent it, in order; sent back verbatim in place of {@code text} and {@code toolCalls}
 *     on the Responses API; empty otherwise
 * @param callId the call a {@link Role#TOOL} message answers; null otherwise
 * @param toolName the tool a {@link Role#TOOL} message's result came from; null otherwise
 * @param responseId the id of the response an assistant message came from (Responses {@code
 *     resp_...}), which {@code Conversation.builder().serverState(true)} sends as {@code
 *     previous_response_id}; null otherwise
 */
public record ConversationMessage(
    Role role,
    String text,
    List<Attachment> attachments,
    List<ToolCall> toolCalls,
    @Nullable String reasoning,
    List<String> outputItems,
    @Nullable String callId,
    @Nullable String toolName,
    @Nullable String responseId) {

  /** Who speaks a message. */
  public enum Role {
    /** The prompt: the rendered {@code @Prompt} and its attachments. */
    USER,
    /** The model: its answer, or the tool calls of one round. */
    ASSISTANT,
    /** The result of one tool call, sent back to the model. */
    TOOL
  }

  /**
   * Checks the message. A missing list (a JSON document without the field) reads as empty, a
   * missing text as empty.
   *
   * @throws IllegalArgumentException for a message its role cannot have: a user message with tool
   *     calls, a tool message without its call id, attachments outside a user message
   */
  public ConversationMessage {
    Objects.requireNonNull(role, "role");
    text = text == null ? "" : text;
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    outputItems = outputItems == null ? List.of() : List.copyOf(outputItems);
    if (role != Role.USER && !attachments.isEmpty()) {
      throw new IllegalArgumentException("only a user message has attachments, not " + role);
    }
    if (role != Role.ASSISTANT
        && (!toolCalls.isEmpty() || !outputItems.isEmpty() || reasoning != null)) {
      throw new IllegalArgumentException(
          "only an assistant message has tool calls, output items or reasoning, not " + role);
    }
    if (role == Role.TOOL && (callId == null || callId.isEmpty())) {
      throw new IllegalArgumentException("a tool message needs the id of the call it answers");
    }
  }

  /**
   * A user message of text alone, e.g. to start a conversation from an earlier one.
   *
   * <pre><code>store.append("ticket-42", List.of(ConversationMessage.user("My order is late.")));</code></pre>
   */
  public static ConversationMessage user(String text) {
    return new ConversationMessage(
        Role.USER, Objects.requireNonNull(text, "text"), List.of(), List.of(), null, List.of(),
        null, null, null);
  }

  /**
   * An assistant answer of text alone.
   *
   * <pre><code>ConversationMessage.assistant("It ships tomorrow.")</code></pre>
   */
  public static ConversationMessage assistant(String text) {
    return new ConversationMessage(
        Role.ASSISTANT, Objects.requireNonNull(text, "text"), List.of(), List.of(), null,
        List.of(), null, null, null);
  }

  /** Names the role and sizes only: messages are user content. */
  @Override
  public String toString() {
    return "ConversationMessage{"
        + role
        + ", text.length="
        + text.length()
        + (attachments.isEmpty() ? "" : ", attachments=" + attachments)
        + (toolCalls.isEmpty() ? "" : ", toolCalls=" + toolCalls)
        + (outputItems.isEmpty() ? "" : ", outputItems=" + outputItems.size())
        + (reasoning == null ? "" : ", reasoning.length=" + reasoning.length())
        + (callId == null ? "" : ", callId=" + callId)
        + (responseId == null ? "" : ", responseId=" + responseId)
        + "}";
  }

  /**
   * An image or a document of a user message, as the request carried it.
   *
   * @param kind an image or a document
   * @param url an image's {@code http(s)} or {@code data:} URL; a document's {@code data:} URL
   * @param detail an image's detail ({@code low}, {@code high}, {@code auto}); null for a document
   * @param filename a document's file name; null for an image
   */
  public record Attachment(Kind kind, String url, @Nullable String detail, @Nullable String filename) {

    /** What an attachment is. */
    public enum Kind {
      /** An {@link Image}. */
      IMAGE,
      /** A {@link Document}. */
      DOCUMENT
    }

    /**
     * Checks the attachment.
     *
     * @throws IllegalArgumentException for a document without a file name or a {@code data:} URL
     */
    public Attachment {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(url, "url");
      if (kind == Kind.DOCUMENT
          && (filename == null || filename.isBlank() || !url.regionMatches(true, 0, "data:", 0, 5))) {
        throw new IllegalArgumentException("a document needs a file name and a data: URL");
      }
    }

    /** Never prints the bytes of a {@code data:} URL, nor a URL's query. */
    @Override
    public String toString() {
      int comma = url.indexOf(',');
      String where =
          url.regionMatches(true, 0, "data:", 0, 5)
              ? url.substring(0, comma < 0 ? Math.min(url.length(), 40) : comma) + ",("
                  + (comma < 0 ? 0 : url.length() - comma - 1) + " chars)"
              : url.replaceAll("[?#].*", "");
      return kind + "{" + where + (filename == null ? "" : ", " + filename) + "}";
    }
  }

  /**
   * One tool call of an assistant message.
   *
   * @param callId the service's id for the call, which its result refers to
   * @param name the tool's name
   * @param arguments the arguments as the model wrote them, normally a JSON object
   */
  public record ToolCall(String callId, String name, String arguments) {

    /** Checks the call. */
    public ToolCall {
      Objects.requireNonNull(callId, "callId");
      Objects.requireNonNull(name, "name");
      arguments = arguments == null ? "" : arguments;
    }

    /** Names the call; the arguments are user content. */
    @Override
    public String toString() {
      return "ToolCall{" + name + ", " + callId + "}";
    }
  }
}
