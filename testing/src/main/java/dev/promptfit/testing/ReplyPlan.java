package dev.promptfit.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One scripted answer made concrete for one request: ids, the deltas of every part, usage numbers
 * and how the answer ends. Both endpoints' renderers read it, so a streamed answer, a JSON answer
 * and a stored background response always agree.
 */
record ReplyPlan(
    RecordedLlmRequest request,
    ReplyIds ids,
    @Nullable String scriptedId,
    String model,
    @Nullable Part reasoning,
    String encryptedContent,
    @Nullable Part message,
    boolean refusal,
    List<Call> calls,
    Usage usage,
    String status,
    @Nullable String incompleteReason,
    String errorCode,
    String errorMessage,
    String chatFinishReason) {

  static final String DEFAULT_ERROR_CODE = "server_error";
  static final String DEFAULT_ERROR_MESSAGE = "The model failed to generate a response.";

  /** A text, refusal or reasoning text and the deltas it streams as. */
  record Part(String text, List<String> deltas) {}

  /** One tool call: its Responses item id, call id, name, arguments and argument deltas. */
  record Call(String itemId, String callId, String name, String arguments, List<String> deltas) {}

  /** Usage numbers; output tokens include reasoning tokens, as OpenAI counts them. */
  record Usage(long input, long cached, long output, long reasoning) {
    long total() {
      return input + output;
    }
  }

  static ReplyPlan of(
      ReplyContent content, ReplyOverrides overrides, RecordedLlmRequest request, ReplyIds ids) {
    Part reasoning =
        content.reasoning() == null
            ? null
            : new Part(content.reasoning(), Deltas.split(content.reasoning()));
    Part message = null;
    if (content.message() != null) {
      List<String> deltas =
          content.kind() == ReplyContent.Kind.JSON
              ? Deltas.splitJson(content.message())
              : Deltas.split(content.message());
      message = new Part(content.message(), deltas);
    }
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < content.toolCalls().size(); i++) {
      FakeLlmServer.ToolCall call = content.toolCalls().get(i);
      String callId = call.callId() != null ? call.callId() : ids.callId(i);
      calls.add(
          new Call(
              ids.functionCallId(i),
              callId,
              call.name(),
              call.arguments(),
              Deltas.splitJson(call.arguments())));
    }
    String model = overrides.model() != null ? overrides.model() : request.model();
    String encrypted =
        content.encryptedContent() != null
            ? content.encryptedContent()
            : Base64.getUrlEncoder()
                .encodeToString(
                    ("FakeLlmServer reasoning " + ids.reasoningId()).getBytes(StandardCharsets.UTF_8));
    String status = status(overrides);
    String incompleteReason =
        status.equals("incomplete")
            ? ("content_filter".equals(overrides.finishReason()) ? "content_filter" : "max_output_tokens")
            : null;
    return new ReplyPlan(
        request,
        ids,
        overrides.responseId(),
        model == null ? "" : model,
        reasoning,
        encrypted,
        message,
        content.kind() == ReplyContent.Kind.REFUSAL,
        List.copyOf(calls),
        usage(overrides, request, reasoning, message, calls),
        status,
        incompleteReason,
        overrides.errorCode() != null ? overrides.errorCode() : DEFAULT_ERROR_CODE,
        overrides.errorMessage() != null ? overrides.errorMessage() : DEFAULT_ERROR_MESSAGE,
        chatFinishReason(overrides, incompleteReason, calls));
  }

  /** The Responses id: scripted, or {@code resp_} and the request's number. */
  String responsesId() {
    return scriptedId != null ? scriptedId : ids.responseId();
  }

  /** The Chat id: scripted, or {@code chatcmpl-} and the request's number. */
  String chatId() {
    return scriptedId != null ? scriptedId : ids.chatId();
  }

  private static String status(ReplyOverrides overrides) {
    if (overrides.responseStatus() != null) {
      return overrides.responseStatus();
    }
    String finish = overrides.finishReason();
    if ("length".equals(finish) || "content_filter".equals(finish)) {
      return "incomplete";
    }
    return overrides.errorCode() != null ? "failed" : "completed";
  }

  private static String chatFinishReason(
      ReplyOverrides overrides, @Nullable String incompleteReason, List<Call> calls) {
    if (overrides.finishReason() != null) {
      return overrides.finishReason();
    }
    if (incompleteReason != null) {
      return incompleteReason.equals("content_filter") ? "content_filter" : "length";
    }
    return calls.isEmpty() ? "stop" : "tool_calls";
  }

  private static Usage usage(
      ReplyOverrides overrides,
      RecordedLlmRequest request,
      @Nullable Part reasoning,
      @Nullable Part message,
      List<Call> calls) {
    long reasoningTokens =
        overrides.reasoningTokens() != null
            ? overrides.reasoningTokens()
            : reasoning == null ? 0 : reasoning.deltas().size();
    long outputTokens;
    if (overrides.outputTokens() != null) {
      outputTokens = overrides.outputTokens();
    } else {
      outputTokens = reasoningTokens + (message == null ? 0 : message.deltas().size());
      for (Call call : calls) {
        outputTokens += call.deltas().size();
      }
    }
    long inputTokens =
        overrides.inputTokens() != null ? overrides.inputTokens() : ReplyRenderer.inputTokens(request);
    long cached = overrides.cachedTokens() != null ? overrides.cachedTokens() : 0;
    return new Usage(inputTokens, cached, outputTokens, reasoningTokens);
  }
}
