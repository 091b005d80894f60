package dev.promptfit.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.Reply;
import dev.promptfit.StreamEvent;
import dev.promptfit.StreamEvent.Completed;
import dev.promptfit.StreamEvent.ReasoningDelta;
import dev.promptfit.StreamEvent.RefusalDelta;
import dev.promptfit.StreamEvent.TextDelta;
import dev.promptfit.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsesDecoderTest {
  private static final String USAGE =
      "{\"input_tokens\":5,\"input_tokens_details\":{\"cached_tokens\":2},"
          + "\"output_tokens\":7,\"output_tokens_details\":{\"reasoning_tokens\":3},\"total_tokens\":12}";

  /** An SSE event as OpenAI writes it: an {@code event:} line naming the data's type. */
  static String event(String type, String fields) {
    String comma = fields.isEmpty() ? "" : ",";
    return "event: " + type + "\ndata: {\"type\":\"" + type + "\"" + comma + fields + "}\n\n";
  }

  /** An SSE event as OpenRouter writes it: data only. */
  static String data(String type, String fields) {
    return "data: {\"type\":\"" + type + "\"," + fields + "}\n\n";
  }

  static String delta(String type, String text) {
    return event(
        type,
        "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"" + text + "\"");
  }

  static String textDelta(String text) {
    return delta("response.output_text.delta", text);
  }

  static String response(String status, String output, String extra) {
    return "\"response\":{\"id\":\"resp_1\",\"object\":\"response\",\"status\":\""
        + status
        + "\",\"model\":\"gpt-x\",\"output\":["
        + output
        + "],\"usage\":"
        + USAGE
        + extra
        + "}";
  }

  static String message(String... parts) {
    return "{\"type\":\"message\",\"id\":\"msg_1\",\"role\":\"assistant\",\"content\":["
        + String.join(",", parts)
        + "]}";
  }

  static String outputText(String text) {
    return "{\"type\":\"output_text\",\"annotations\":[],\"text\":\"" + text + "\"}";
  }

  static String completed(String output) {
    return event("response.completed", response("completed", output, ""));
  }

  static final String START =
      event("response.created", response("in_progress", "", ""))
          + event("response.in_progress", response("in_progress", "", ""));

  @Test
  void happyPath() {
    Outcome outcome =
        Outcome.responses(
            START
                + event("response.output_item.added", "\"output_index\":0,\"item\":" + message())
                + textDelta("Hel")
                + textDelta("lo, ")
                + textDelta("wörld 😊")
                + event("response.output_text.done", "\"text\":\"Hello, wörld 😊\"")
                + completed(message(outputText("Hello, wörld 😊"))));
    Reply expected =
        Reply.builder().text("Hello, wörld 😊").id("resp_1").model("gpt-x").usage(new Usage(5, 7, 12, 2, 3)).finishReason("stop").build();
    assertEquals(
        List.of(
            new TextDelta("Hel"),
            new TextDelta("lo, "),
            new TextDelta("wörld 😊"),
            new Completed(expected)),
        outcome.events());
  }

  @Test
  void dispatchesOnTypeWithoutEventLines() {
    Outcome outcome =
        Outcome.responses(
            ": OPENROUTER PROCESSING\n\n"
                + data("response.output_text.delta", "\"delta\":\"4\"")
                + data("response.completed", response("completed", "", ""))
                + "data: [DONE]\n\n");
    assertEquals(List.of(new TextDelta("4")), outcome.events().subList(0, 1));
    assertEquals("4", outcome.reply().text());
  }

  @Test
  void typeWinsOverEventName() {
    Outcome outcome =
        Outcome.responses(
            "event: response.output_text.delta\n"
                + "data: {\"type\":\"response.refusal.delta\",\"delta\":\"no\"}\n\n"
                + completed(""));
    assertEquals(new RefusalDelta("no"), outcome.events().get(0));
  }

  @Test
  void eventNameIsUsedWhenTypeIsMissing() {
    Outcome outcome =
        Outcome.responses(
            "event: response.output_text.delta\ndata: {\"delta\":\"hi\"}\n\n"
                + "event: response.completed\ndata: {"
                + response("completed", "", "")
                + "}\n\n");
    assertEquals(new TextDelta("hi"), outcome.events().get(0));
    assertEquals("hi", outcome.reply().text());
  }

  @Test
  void fieldOrderDoesNotMatter() {
    Outcome outcome =
        Outcome.responses(
            "data:"
                + " {\"delta\":\"a\",\"logprobs\":[{\"token\":\"a\"}],\"type\":\"response.output_text.delta\"}\n\n"
                + completed(""));
    assertEquals(new TextDelta("a"), outcome.events().get(0));
  }

  @Test
  void reasoningIsNotText() {
    Outcome outcome =
        Outcome.responses(
            START
                + delta("response.reasoning_summary_text.delta", "Think")
                + delta("response.reasoning_summary_text.delta", "ing")
                + delta("response.reasoning_text.delta", " raw")
                + textDelta("Answer")
                + completed(message(outputText("Answer"))));
    assertEquals(
        List.of(
            new ReasoningDelta("Think"),
            new ReasoningDelta("ing"),
            new ReasoningDelta(" raw"),
            new TextDelta("Answer")),
        outcome.events().subList(0, 4));
    assertEquals("Answer", outcome.reply().text());
    assertEquals("Answer", outcome.joined(TextDelta.class));
  }

  @Test
  void refusalStandsInForMissingText() {
    String refusalPart = "{\"type\":\"refusal\",\"refusal\":\"I can't help.\"}";
    Outcome outcome =
        Outcome.responses(
            START
                + delta("response.refusal.delta", "I can't")
                + delta("response.refusal.delta", " help.")
                + event("response.refusal.done", "\"refusal\":\"I can't help.\"")
                + completed(message(refusalPart)));
    assertEquals(
        List.of(new RefusalDelta("I can't"), new RefusalDelta(" help.")),
        outcome.events().subList(0, 2));
    assertEquals("I can't help.", outcome.reply().text());
    assertEquals("stop", outcome.reply().finishReason());
  }

  @Test
  void completedWithoutDeltasTakesTextFromOutput() {
    Outcome outcome =
        Outcome.responses(
            START
                + completed(
                    message(outputText("One. "), outputText("Two."))
                        + ",{\"type\":\"reasoning\",\"summary\":[{\"type\":\"summary_text\",\"text\":\"no\"}]},"
                        + message(outputText(" Three."))));
    assertEquals(1, outcome.events().size());
    assertEquals("One. Two. Three.", outcome.reply().text());
  }

  @Test
  void functionCallMeansToolCalls() {
    String call =
        "{\"type\":\"function_call\",\"id\":\"fc_1\",\"call_id\":\"call_1\",\"name\":\"f\",\"arguments\":\"{}\"}";
    Outcome outcome =
        Outcome.responses(
            START
                + event(
                    "response.function_call_arguments.delta",
                    "\"item_id\":\"fc_1\",\"delta\":\"{}\"")
                + completed(call));
    assertEquals("tool_calls", outcome.reply().finishReason());
    assertEquals("", outcome.reply().text());
    assertEquals(1, outcome.events().size(), "argument deltas are not text");
  }

  @Test
  void missingUsageIsZero() {
    Outcome outcome =
        Outcome.responses(
            event(
                "response.completed", "\"response\":{\"id\":\"r\",\"usage\":null,\"output\":[]}"));
    assertEquals(Usage.NONE, outcome.reply().usage());
    assertEquals("", outcome.reply().model());
    Outcome partial =
        Outcome.responses(
            event("response.completed", "\"response\":{\"usage\":{\"input_tokens\":4}}"));
    assertEquals(new Usage(4, 0, 0, 0, 0), partial.reply().usage());
  }

  @Test
  void backgroundResumeNeedsNoCreatedEvent() {
    Outcome outcome =
        Outcome.responses(
            event("response.queued", response("queued", "", "") + ",\"sequence_number\":1")
                + textDelta("ok")
                + completed(message(outputText("ok"))));
    assertEquals("ok", outcome.reply().text());
  }

  @Test
  void unknownEventsAndFieldsAreIgnored() {
    Outcome outcome =
        Outcome.responses(
            event("response.apply_patch_call_operation_diff.delta", "\"delta\":\"diff\"")
                + event("response.shell_call_output_content.delta", "\"delta\":{\"stdout\":\"x\"}")
                + event("response.brand_new", "\"whatever\":[1,{\"a\":null}]")
                + "data: {\"type\":\"ping\"}\n\n"
                + "data: \n\n"
                + event(
                    "response.output_text.delta",
                    "\"delta\":\"a\",\"new_field\":{\"x\":[1,2]},\"error\":null")
                + event("response.output_text.delta", "\"delta\":\"b\",\"error\":false")
                + completed(""));
    assertEquals(List.of(new TextDelta("a"), new TextDelta("b")), outcome.events().subList(0, 2));
    assertEquals("ab", outcome.reply().text());
  }

  @Test
  void incompleteFails() {
    Outcome.Failure failure =
        Outcome.responses(
                START
                    + textDelta("Part")
                    + event(
                        "response.incomplete",
                        response(
                            "incomplete",
                            "",
                            ",\"incomplete_details\":{\"reason\":\"max_output_tokens\"}")))
            .failed();
    assertTrue(failure.message().contains("response.incomplete"), failure.message());
    assertTrue(failure.message().contains("max_output_tokens"), failure.message());
    assertEquals("max_output_tokens", failure.code());
    assertEquals("Part", failure.partialText());
  }

  @Test
  void failedFails() {
    Outcome.Failure failure =
        Outcome.responses(
                START
                    + textDelta("x")
                    + event(
                        "response.failed",
                        response(
                            "failed",
                            "",
                            ",\"error\":{\"code\":\"server_error\",\"message\":\"The model"
                                + " broke.\"}")))
            .failed();
    assertEquals("response.failed: The model broke. (code server_error)", failure.message());
    assertEquals("server_error", failure.code());
    assertEquals("x", failure.partialText());
  }

  @Test
  void failedWithoutErrorObject() {
    Outcome.Failure failure =
        Outcome.responses(event("response.failed", response("failed", "", ",\"error\":null")))
            .failed();
    assertTrue(failure.message().startsWith("response.failed: "), failure.message());
    assertEquals(null, failure.code());
  }

  @Test
  void flatErrorEvent() {
    Outcome.Failure failure =
        Outcome.responses(
                START
                    + textDelta("so far")
                    + event(
                        "error",
                        "\"code\":\"rate_limit_exceeded\",\"message\":\"Slow"
                            + " down.\",\"param\":null,\"sequence_number\":9"))
            .failed();
    assertEquals(
        "Responses stream error: Slow down. (code rate_limit_exceeded)", failure.message());
    assertEquals("rate_limit_exceeded", failure.code());
    assertEquals("so far", failure.partialText());
  }

  @Test
  void nestedErrorEventStopsBeforeResponseFailed() {
    Outcome outcome =
        Outcome.responses(
            START
                + event(
                    "error",
                    "\"sequence_number\":2,\"error\":{\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\",\"message\":\"Quota.\",\"param\":null}")
                + event(
                    "response.failed",
                    response(
                        "failed", "", ",\"error\":{\"code\":\"other\",\"message\":\"later\"}")));
    assertEquals(
        "Responses stream error: Quota. (code insufficient_quota, type insufficient_quota)",
        outcome.failed().message());
    assertEquals("insufficient_quota", outcome.failed().code());
  }

  @Test
  void errorWithoutCodeUsesType() {
    Outcome.Failure failure =
        Outcome.responses(
                "data:"
                    + " {\"error\":{\"message\":\"Oops\",\"type\":\"server_error\",\"code\":null}}\n\n")
            .failed();
    assertEquals("server_error", failure.code());
    assertEquals("Responses stream error: Oops (type server_error)", failure.message());
  }

  @Test
  void anyEventWithTopLevelErrorFails() {
    Outcome outcome =
        Outcome.responses(
            textDelta("a")
                + event(
                    "response.output_text.delta",
                    "\"delta\":\"b\",\"error\":{\"message\":\"boom\",\"code\":500}")
                + completed(""));
    assertEquals(List.of(new TextDelta("a")), outcome.events());
    assertEquals("500", outcome.failed().code());
    assertTrue(outcome.failed().message().contains("boom"));
  }

  @Test
  void stringErrorFails() {
    Outcome.Failure failure =
        Outcome.responses("data: {\"error\":\"model not loaded\"}\n\n").failed();
    assertEquals("Responses stream error: model not loaded", failure.message());
  }

  @Test
  void endOfBodyBeforeCompletedFails() {
    Outcome outcome = Outcome.responses(START + textDelta("Hal") + textDelta("f"));
    assertEquals(List.of(new TextDelta("Hal"), new TextDelta("f")), outcome.events());
    Outcome.Failure failure = outcome.failed();
    assertEquals(
        "Responses stream ended before response.completed (end of body after 4 events, 4 chars of"
            + " text received)",
        failure.message());
    assertEquals(null, failure.code());
    assertEquals("Half", failure.partialText());
  }

  @Test
  void emptyBodyFails() {
    Outcome.Failure failure = Outcome.responses("").failed();
    assertEquals(
        "Responses stream ended before response.completed (end of body after 0 events)",
        failure.message());
  }

  @Test
  void doneBeforeCompletedFails() {
    Outcome.Failure failure =
        Outcome.responses(textDelta("a") + "data: [DONE]\n\n" + completed("")).failed();
    assertTrue(
        failure.message().contains("before response.completed ([DONE] after 2 events"),
        failure.message());
    assertEquals("a", failure.partialText());
  }

  @Test
  void doneMustMatchExactly() {
    Outcome.Failure forged =
        Outcome.responses(textDelta("a") + "data: [DONE]x\n\n" + completed("")).failed();
    assertEquals(
        "Malformed Responses event #2 (type message, 7 bytes): not a JSON object",
        forged.message());
    Outcome.Failure spaced = Outcome.responses("data:  [DONE]\n\n").failed();
    assertTrue(spaced.message().startsWith("Malformed Responses event #1"), spaced.message());
    Outcome.Failure bare = Outcome.responses("data:[DONE]\n\n").failed();
    assertTrue(bare.message().contains("[DONE] after 1 event)"), bare.message());
  }

  @Test
  void nothingAfterTheTerminalEventIsRead() {
    Outcome outcome = Outcome.responses(completed("") + "data: {broken\n\n" + textDelta("late"));
    assertEquals(1, outcome.events().size());
    assertFalse(outcome.events().get(0) instanceof TextDelta);
  }

  @Test
  void malformedJsonNamesTheEventButNotThePayload() {
    String secret = "sk-canary-1234 user's private words";
    Outcome.Failure failure =
        Outcome.responses(
                textDelta("ok")
                    + "event: response.output_text.delta\n"
                    + "data: {\"type\":\"response.output_text.delta\",\"delta\":\""
                    + secret
                    + "\n\n")
            .failed();
    assertFalse(failure.message().contains("canary"), failure.message());
    assertFalse(failure.message().contains("private"), failure.message());
    assertEquals(
        "Malformed Responses event #2 (type response.output_text.delta, 81 bytes): invalid JSON at"
            + " byte 81",
        failure.message());
    assertEquals("ok", failure.partialText());
  }

  @Test
  void malformedUnknownTypeIsNamed() {
    Outcome.Failure failure =
        Outcome.responses("data: {\"type\":\"response.mystery\",\"x\":tru}\n\n").failed();
    assertTrue(failure.message().contains("(type response.mystery, "), failure.message());
  }

  @Test
  void typeNamesThatAreNotNamesAreNotShown() {
    Outcome.Failure failure =
        Outcome.responses("data: {\"type\":\"my secret prompt\",\"x\":tru}\n\n").failed();
    assertEquals(
        "Malformed Responses event #1 (type (not a valid type name), 35 bytes): invalid JSON at"
            + " byte 31",
        failure.message());
  }

  @Test
  void nonObjectDataIsMalformed() {
    Outcome.Failure failure =
        Outcome.responses("event: response.output_text.delta\ndata: 42\n\n").failed();
    assertEquals(
        "Malformed Responses event #1 (type response.output_text.delta, 2 bytes): not a JSON"
            + " object",
        failure.message());
  }

  @Test
  void deepNestingFailsCleanly() {
    String deep = "[".repeat(100_000);
    Outcome.Failure failure =
        Outcome.responses("data: {\"type\":\"x\",\"a\":" + deep + "\n\n").failed();
    assertTrue(failure.message().contains("exceeds a parser limit"), failure.message());
  }

  @Test
  void longStringsAboveJacksonsDefaultLimitAreFine() {
    String big = "a".repeat(21_000_000);
    Outcome outcome = Outcome.responses(textDelta(big) + completed(""));
    assertEquals(big.length(), outcome.reply().text().length());
  }

  @Test
  void completedIsLastAndUnique() {
    List<StreamEvent> events = Outcome.responses(START + textDelta("a") + completed("")).events();
    assertTrue(events.get(events.size() - 1) instanceof Completed);
  }
}
