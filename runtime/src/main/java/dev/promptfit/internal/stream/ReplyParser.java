package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.promptfit.ApiException;
import dev.promptfit.PromptfitException;
import dev.promptfit.Reply;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.json.ErrorBody;
import dev.promptfit.internal.request.ModelOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Reads a non-streamed JSON body (HTTP 200, {@code application/json}) into a {@link
 * Reply}, with the same rules as the stream decoders so a blocking call and a stream agree:
 *
 * <ul>
 *   <li>Responses: the text is every {@code output_text} part of the {@code message} items, in
 *       order; a refusal part's text stands in only when there is no output text (see {@link
 *       ReplyText}). Status {@code incomplete} or {@code failed} is the same {@link
 *       dev.promptfit.StreamException} as the {@code response.incomplete}/{@code response.failed}
 *       event; {@code cancelled}, {@code queued} and {@code in_progress} (a response still
 *       running, as {@code "background": true} returns it) are one too, never an empty answer. A
 *       body with neither a status nor any output is a {@link PromptfitException}.
 *   <li>Chat: choice 0's {@code message.content}, a string or an array of parts (see {@link
 *       ChatContent}; null is empty; a refusal follows the same rule), its {@code finish_reason},
 *       {@code usage}, {@code id} and {@code model}. Choice 0 is the first whose {@code index} is
 *       0, null or missing, as in a stream. A body without it, or whose content has parts but no
 *       text, is a {@link PromptfitException} naming what it has.
 * </ul>
 *
 * <p>A body with a top-level {@code error} is an {@link ApiException} with status 200. A body that
 * is not a JSON object is a {@link PromptfitException} that says so without quoting it.
 */
public final class ReplyParser {
  private ReplyParser() {}

  /** The reply a Responses API body holds. */
  public static Reply responses(InputStream body, @Nullable String requestId, Failures failures)
      throws IOException {
    return responses(body, requestId, failures, false).reply();
  }

  /**
   * The reply a Responses API body holds and, with {@code tools}, its output items and function
   * calls.
   */
  public static ParsedReply responses(
      InputStream body, @Nullable String requestId, Failures failures, boolean tools)
      throws IOException {
    ResponseSummary response = readResponse(body, requestId, failures, tools);
    String status = response.status();
    switch (status) {
      case "failed" -> throw ResponsesReplies.failed(failures, response, PartialText.NONE, requestId);
      case "incomplete" ->
          throw ResponsesReplies.incomplete(failures, response, PartialText.NONE, requestId);
      case "cancelled", "queued", "in_progress" ->
          throw StreamFailures.unfinished(failures, status, requestId);
      default -> {
        // completed, or a server that sends no status: read the output.
      }
    }
    rejectError(response.error(), null, requestId, failures);
    if (status.isEmpty()
        && response.text().isEmpty()
        && response.refusal().isEmpty()
        && !response.toolCall()) {
      throw noAnswer(failures, "Responses", "has neither a status nor any output", requestId);
    }
    Reply reply = ResponsesReplies.reply(response, status.equals("completed"), null, null);
    return new ParsedReply(
        reply, tools ? ResponsesOutput.of(response.text(), response.items()) : ModelOutput.NONE);
  }

  /** The reply a Chat Completions body holds. */
  public static Reply chat(InputStream body, @Nullable String requestId, Failures failures)
      throws IOException {
    return chat(body, requestId, failures, false).reply();
  }

  /**
   * The reply a Chat Completions body holds and, with {@code tools}, choice 0's tool calls and
   * {@code reasoning_content}.
   */
  public static ParsedReply chat(
      InputStream body, @Nullable String requestId, Failures failures, boolean tools)
      throws IOException {
    JsonNode root = read(body, "Chat", requestId, failures);
    rejectError(root.path("error"), root, requestId, failures);
    JsonNode choices = root.path("choices");
    JsonNode choice = firstChoice(choices);
    if (choice == null) {
      String what =
          choices.isArray() && !choices.isEmpty()
              ? "has no choice with index 0 (" + choices.size() + " choices)"
              : "has no choices" + (choices.isArray() ? " (choices is empty)" : "");
      throw noAnswer(failures, "Chat", what, requestId);
    }
    JsonNode message = choice.path("message");
    JsonNode finish = choice.path("finish_reason");
    ChatContent content = ChatContent.of(message.path("content"));
    String refusal = textOf(message.path("refusal"));
    if (refusal.isEmpty() && content.refusal() != null) {
      refusal = content.refusal();
    }
    if (content.text() == null && refusal.isEmpty() && !content.otherParts().isEmpty()) {
      throw noAnswer(
          failures,
          "Chat",
          "has content parts in choice 0 but none with text (parts: "
              + String.join(", ", content.otherParts())
              + ")",
          requestId);
    }
    String text = content.text() == null ? "" : content.text();
    Reply reply =
        Reply.builder()
            .text(ReplyText.choose(text, refusal))
            .id(textOf(root.path("id")))
            .model(textOf(root.path("model")))
            .usage(Usages.chat(root.path("usage")))
            .finishReason(textOf(finish))
            .build();
    return new ParsedReply(reply, tools ? chatOutput(message, text) : ModelOutput.NONE);
  }

  /** A Chat message's text, {@code reasoning_content} and {@code tool_calls}. */
  private static ModelOutput chatOutput(JsonNode message, String text) throws IOException {
    ChatToolCalls calls = new ChatToolCalls();
    JsonNode toolCalls = message.path("tool_calls");
    if (toolCalls.isArray()) {
      try (JsonParser parser = toolCalls.traverse(EventJson.MAPPER)) {
        parser.nextToken();
        calls.add(ChatToolCalls.fragments(parser));
      }
    }
    JsonNode reasoning = message.path("reasoning_content");
    return new ModelOutput(
        text,
        reasoning.isTextual() ? reasoning.asText() : null,
        calls.calls(),
        List.of());
  }

  /** A Responses body, read by the same {@link ResponseReader} as a stream's terminal event. */
  private static ResponseSummary readResponse(
      InputStream body, @Nullable String requestId, Failures failures, boolean tools)
      throws IOException {
    byte[] bytes = body.readAllBytes();
    try (JsonParser parser = EventJson.parser(bytes, bytes.length)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        String problem = first == null ? "it is empty" : "it is JSON but not an object";
        throw notJson(failures, "Responses", bytes, problem, requestId);
      }
      return ResponseReader.read(parser, true, true, tools);
    } catch (JsonProcessingException e) {
      throw notJson(failures, "Responses", bytes, StreamFailures.describe(e), requestId);
    }
  }

  private static JsonNode read(
      InputStream body, String api, @Nullable String requestId, Failures failures)
      throws IOException {
    byte[] bytes = body.readAllBytes();
    JsonNode root;
    try {
      root = EventJson.tree(bytes, bytes.length);
    } catch (JsonProcessingException e) {
      throw notJson(failures, api, bytes, StreamFailures.describe(e), requestId);
    }
    if (!root.isObject()) {
      String problem = root.isMissingNode() ? "it is empty" : "it is JSON but not an object";
      throw notJson(failures, api, bytes, problem, requestId);
    }
    return root;
  }

  private static PromptfitException notJson(
      Failures failures,
      String api, byte[] bytes, String problem, @Nullable String requestId) {
    StringBuilder message =
        new StringBuilder("The ")
            .append(api)
            .append(" reply body is not a JSON object (")
            .append(bytes.length)
            .append(" bytes; ")
            .append(problem);
    if (looksLikeHtml(bytes)) {
      message.append("; it looks like an HTML page, e.g. from a proxy");
    }
    if (requestId != null) {
      message.append("; request ").append(requestId);
    }
    return failures.failure(message.append(')').toString(), null);
  }

  private static boolean looksLikeHtml(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b == '<';
      }
    }
    return false;
  }

  /** A 200 body's {@code error} that still reports one (some compatible servers do this). */
  /**
   * {@code root}, where given, is the body whose {@code error} this is: a message beside a bare
   * error string ({@code {"error":"Bad Request","message":"..."}}) is kept too.
   */
  private static void rejectError(
      JsonNode error, @Nullable JsonNode root, @Nullable String requestId, Failures failures) {
    if (error.isMissingNode() || !ServerErrors.isError(error)) {
      return;
    }
    ErrorBody body = root != null ? ServerErrors.of(root) : ServerErrors.ofValue(error);
    StringBuilder message =
        new StringBuilder(body.message().isBlank() ? "(no message)" : body.message())
            .append(" (HTTP 200");
    if (body.code() != null) {
      message.append(", code ").append(body.code());
    }
    if (requestId != null) {
      message.append(", request ").append(requestId);
    }
    message.append(')');
    throw failures.api(200, message.toString(), body.code(), body.type(), requestId, null);
  }

  /** A 200 body that holds no answer; {@code what} says what it has instead. */
  private static PromptfitException noAnswer(
      Failures failures, String api, String what, @Nullable String requestId) {
    return failures.failure(
        "The "
            + api
            + " reply "
            + what
            + ", so it holds no answer (HTTP 200"
            + (requestId == null ? "" : ", request " + requestId)
            + ")",
        null);
  }

  /** Choice 0 as a stream reads it: the first whose index is 0, null or missing; else null. */
  private static @Nullable JsonNode firstChoice(JsonNode choices) {
    if (!choices.isArray()) {
      return null;
    }
    for (JsonNode choice : choices) {
      JsonNode index = choice.path("index");
      boolean zero =
          index.isMissingNode()
              || index.isNull()
              || (index.isIntegralNumber() && index.canConvertToInt() && index.intValue() == 0);
      if (choice.isObject() && zero) {
        return choice;
      }
    }
    return null;
  }

  private static String textOf(JsonNode node) {
    return node.isTextual() ? node.asText() : "";
  }
}
