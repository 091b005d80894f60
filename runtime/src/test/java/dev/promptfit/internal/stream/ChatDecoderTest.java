package dev.promptfit.internal.stream;

import dev.promptfit.internal.TestFailures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.Reply;
import dev.promptfit.StreamEvent.Completed;
import dev.promptfit.StreamEvent.ReasoningDelta;
import dev.promptfit.StreamEvent.RefusalDelta;
import dev.promptfit.StreamEvent.TextDelta;
import dev.promptfit.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatDecoderTest {
  private static final String HEAD =
      "\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-x\"";
  private static final String USAGE_CHUNK =
      chunk(
          "\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":4,\"total_tokens\":13,"
              + "\"prompt_tokens_details\":{\"cached_tokens\":1},\"completion_tokens_details\":{\"reasoning_tokens\":2}}");
  private static final String DONE = "data: [DONE]\n\n";

  static String chunk(String rest) {
    return "data: {" + HEAD + "," + rest + "}\n\n";
  }

  /** A chunk for choice {@code index} with the given delta JSON and finish reason. */
  static String choice(int index, String delta, String finish) {
    return chunk(
        "\"choices\":[{\"index\":"
            + index
            + ",\"delta\":"
            + delta
            + ",\"logprobs\":null,\"finish_reason\":"
            + finish
            + "}],\"usage\":null");
  }

  static String content(String text) {
    return choice(0, "{\"content\":\"" + text + "\"}", "null");
  }

  static final String ROLE =
      choice(0, "{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}", "null");
  static final String STOP = choice(0, "{}", "\"stop\"");

  @Test
  void happyPathWithUsageChunk() {
    Outcome outcome =
        Outcome.chat(ROLE + content("Hel") + content("lo 😊") + STOP + USAGE_CHUNK + DONE);
    Reply expected = Reply.builder().text("Hello 😊").id("chatcmpl-1").model("gpt-x").usage(new Usage(9, 4, 13, 1, 2)).finishReason("stop").build();
    assertEquals(
        List.of(new TextDelta("Hel"), new TextDelta("lo 😊"), new Completed(expected)),
        outcome.events());
  }

  @Test
  void otherChoicesAreIgnored() {
    Outcome outcome =
        Outcome.chat(
            choice(0, "{\"content\":\"A\"}", "null")
                + choice(1, "{\"content\":\"B\"}", "null")
                + chunk(
                    "\"choices\":[{\"index\":2,\"delta\":{\"content\":\"C\"},\"finish_reason\":\"length\"},"
                        + "{\"index\":0,\"delta\":{\"content\":\"a\"},\"finish_reason\":null}]")
                + choice(1, "{}", "\"stop\"")
                + choice(0, "{}", "\"stop\"")
                + choice(2, "{}", "\"length\"")
                + DONE);
    assertEquals(List.of(new TextDelta("A"), new TextDelta("a")), outcome.events().subList(0, 2));
    assertEquals("Aa", outcome.reply().text());
    assertEquals("stop", outcome.reply().finishReason());
  }

  @Test
  void refusal() {
    Outcome outcome =
        Outcome.chat(
            choice(0, "{\"role\":\"assistant\",\"content\":null,\"refusal\":\"\"}", "null")
                + choice(0, "{\"refusal\":\"I can't\"}", "null")
                + choice(0, "{\"refusal\":\" do that.\"}", "null")
                + STOP
                + DONE);
    assertEquals(
        List.of(new RefusalDelta("I can't"), new RefusalDelta(" do that.")),
        outcome.events().subList(0, 2));
    assertEquals("I can't do that.", outcome.reply().text(), "a refusal stands in for no text");
    assertEquals("", outcome.joined(TextDelta.class));
  }

  @Test
  void reasoningFields() {
    Outcome outcome =
        Outcome.chat(
            choice(
                    0,
                    "{\"role\":\"assistant\",\"content\":null,\"reasoning_content\":\"Deep\"}",
                    "null")
                + choice(0, "{\"reasoning\":\" thought\",\"channel\":\"analysis\"}", "null")
                + choice(0, "{\"reasoning_content\":\"x\",\"reasoning\":\"x\"}", "null")
                + choice(0, "{\"reasoning\":\"r\",\"content\":\"Answer\"}", "null")
                + STOP
                + DONE);
    assertEquals(
        List.of(
            new ReasoningDelta("Deep"),
            new ReasoningDelta(" thought"),
            new ReasoningDelta("x"),
            new ReasoningDelta("r"),
            new TextDelta("Answer")),
        outcome.events().subList(0, 5));
    assertEquals("Answer", outcome.reply().text());
  }

  @Test
  void openAiOneLineErrorWithoutBlankLine() {
    Outcome.Failure failure =
        Outcome.chat(
                content("so far")
                    + "data: {\"error\":{\"message\":\"The server had an error while processing"
                    + " your request. Sorry about"
                    + " that!\",\"type\":\"server_error\",\"param\":null,\"code\":null}}\n")
            .failed();
    assertEquals(
        "Chat stream error: The server had an error while processing your request. Sorry about"
            + " that! (type server_error)",
        failure.message());
    assertEquals("server_error", failure.code());
    assertEquals("so far", failure.partialText());
  }

  @Test
  void groqErrorEventWithoutDone() {
    Outcome.Failure failure =
        Outcome.chat(
                choice(0, "{\"reasoning\":\"hm\"}", "null")
                    + "event: error\n"
                    + "data: {\"error\":{\"message\":\"Tool call validation"
                    + " failed\",\"type\":\"invalid_request_error\",\"code\":\"tool_use_failed\",\"status_code\":400}}\n\n")
            .failed();
    assertEquals("tool_use_failed", failure.code());
    assertEquals(
        "Chat stream error: Tool call validation failed (code tool_use_failed, type"
            + " invalid_request_error)",
        failure.message());
  }

  @Test
  void errorEventWithFlatData() {
    Outcome.Failure failure =
        Outcome.chat(
                "event: error\ndata: {\"message\":\"overloaded\",\"type\":\"server_busy\"}\n\n")
            .failed();
    assertEquals("Chat stream error: overloaded (type server_busy)", failure.message());
    assertEquals("server_busy", failure.code());
  }

  @Test
  void openRouterErrorInsideAChunkWithChoices() {
    Outcome outcome =
        Outcome.chat(
            ": OPENROUTER PROCESSING\n\n"
                + content("Hi")
                + chunk(
                    "\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
                        + " there\"},\"finish_reason\":null}],\"error\":{\"code\":400,\"message\":\"Token"
                        + " limit reached\"},\"usage\":{\"prompt_tokens\":1}")
                + DONE);
    assertEquals(
        List.of(new TextDelta("Hi")), outcome.events(), "the failing chunk delivers nothing");
    assertEquals("400", outcome.failed().code());
    assertEquals("Chat stream error: Token limit reached (code 400)", outcome.failed().message());
    assertEquals("Hi", outcome.failed().partialText());
  }

  @Test
  void errorBeforeChoicesInTheSameChunk() {
    Outcome outcome =
        Outcome.chat(
            "data:"
                + " {\"error\":{\"message\":\"bad\"},\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"}}]}\n\n");
    assertTrue(outcome.events().isEmpty());
    assertEquals("Chat stream error: bad", outcome.failed().message());
    assertNull(outcome.failed().code());
  }

  @Test
  void nullOrFalseErrorIsNoError() {
    Outcome outcome =
        Outcome.chat(
            chunk("\"error\":null,\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]")
                + chunk("\"error\":false,\"choices\":[{\"index\":0,\"delta\":{\"content\":\"b\"}}]")
                + chunk("\"error\":\"\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"c\"}}]")
                + DONE);
    assertEquals("abc", outcome.reply().text());
  }

  @Test
  void endOfBodyAfterFinishReasonCompletes() {
    Outcome outcome = Outcome.chat(content("Done") + STOP);
    assertEquals("Done", outcome.reply().text());
    assertEquals("stop", outcome.reply().finishReason());
  }

  @Test
  void endOfBodyWithoutFinishReasonFails() {
    Outcome outcome = Outcome.chat(ROLE + content("Cut") + content(" off"));
    assertEquals(List.of(new TextDelta("Cut"), new TextDelta(" off")), outcome.events());
    assertEquals(
        "Chat stream ended before [DONE] and without a finish_reason (end of body after 3 events, 7"
            + " chars of text received)",
        outcome.failed().message());
    assertEquals("Cut off", outcome.failed().partialText());
    assertNull(outcome.failed().code());
  }

  @Test
  void emptyFinishReasonCountsAsNone() {
    Outcome outcome = Outcome.chat(content("x") + choice(0, "{}", "\"\""));
    assertTrue(outcome.failed().message().startsWith("Chat stream ended before [DONE]"));
    Outcome done = Outcome.chat(content("x") + choice(0, "{}", "\"\"") + DONE);
    assertEquals("", done.reply().finishReason());
  }

  @Test
  void unknownFinishReasonPassesThrough() {
    assertEquals(
        "eos_token",
        Outcome.chat(content("x") + choice(0, "{}", "\"eos_token\"") + DONE)
            .reply()
            .finishReason());
  }

  @Test
  void lastNonEmptyFinishReasonWins() {
    Outcome outcome =
        Outcome.chat(
            choice(0, "{}", "\"length\"")
                + choice(0, "{}", "\"\"")
                + choice(0, "{}", "null")
                + DONE);
    assertEquals("length", outcome.reply().finishReason());
  }

  @Test
  void choicesMissingOrEmpty() {
    Outcome outcome =
        Outcome.chat(
            "data: {\"id\":\"a\",\"usage\":null,\"obfuscation\":\"xyz\"}\n\n"
                + chunk("\"choices\":[]")
                + chunk("\"choices\":null")
                + content("t")
                + STOP
                + DONE);
    assertEquals("t", outcome.reply().text());
    assertEquals("a", outcome.reply().id(), "the first id wins");
  }

  @Test
  void toolCallJunkNeverBreaksTheText() {
    Outcome outcome =
        Outcome.chat(
            content("Before")
                + choice(
                    0,
                    "{\"tool_calls\":[{\"index\":null,\"function\":{\"arguments\":\"{\"}}]}",
                    "null")
                + choice(0, "{\"tool_calls\":[{\"index\":0,\"id\":\"call_1\"}]}", "null")
                + choice(
                    0,
                    "{\"tool_calls\":[{\"index\":0,\"id\":\"\",\"function\":{\"arguments\":null}}]}",
                    "null")
                + choice(
                    0,
                    "{\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":null}]}",
                    "null")
                + choice(0, "{\"tool_calls\":null,\"function_call\":{\"name\":\"f\"}}", "null")
                + choice(0, "{\"tool_calls\":[null,7,\"x\",[]],\"content\":\" after\"}", "null")
                + choice(0, "{}", "\"tool_calls\"")
                + DONE);
    assertEquals(
        List.of(new TextDelta("Before"), new TextDelta(" after")), outcome.events().subList(0, 2));
    assertEquals("tool_calls", outcome.reply().finishReason());
  }

  @Test
  void oddChoiceShapesAreTolerated() {
    Outcome outcome =
        Outcome.chat(
            chunk("\"choices\":[{\"delta\":{\"content\":\"no index \"}}]")
                + chunk("\"choices\":[{\"index\":\"0\",\"delta\":{\"content\":\"string index\"}}]")
                + chunk("\"choices\":[{\"index\":0,\"delta\":null}]")
                + chunk(
                    "\"choices\":[{\"index\":0,\"delta\":{\"content\":[{\"type\":\"text\",\"text\":\"x\"}]}}]")
                + chunk("\"choices\":[{\"index\":0,\"delta\":{\"content\":null,\"refusal\":null}}]")
                + chunk("\"choices\":[1,\"two\",null]")
                + chunk("\"choices\":[{\"index\":99999999999,\"delta\":{\"content\":\"huge\"}}]")
                + content("ok")
                + STOP
                + DONE);
    // Content as parts is their text (issue 12, item 15), not dropped.
    assertEquals("no index xok", outcome.reply().text());
  }

  @Test
  void pingsAndKeepAlivesAreIgnored() {
    Outcome outcome =
        Outcome.chat(
            ": ping\n\ndata: {\"type\":\"ping\"}\n\ndata:\n\n" + content("x") + STOP + DONE);
    assertEquals(List.of(new TextDelta("x")), outcome.events().subList(0, 1));
  }

  @Test
  void usageFromAnyChunkAndVendorFallback() {
    Outcome onFinishChunk =
        Outcome.chat(
            content("x")
                + chunk(
                    "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
                        + "\"usage\":{\"prompt_tokens\":6,\"completion_tokens\":2,\"total_tokens\":8,\"prompt_cache_hit_tokens\":0}")
                + DONE);
    assertEquals(new Usage(6, 2, 8, 0, 0), onFinishChunk.reply().usage());
    Outcome groq =
        Outcome.chat(
            content("x")
                + chunk(
                    "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
                        + "\"x_groq\":{\"id\":\"req\",\"usage\":{\"prompt_tokens\":50,\"completion_tokens\":3,\"total_tokens\":53}}")
                + DONE);
    assertEquals(new Usage(50, 3, 53, 0, 0), groq.reply().usage());
    Outcome none = Outcome.chat(content("x") + STOP + DONE);
    assertEquals(Usage.NONE, none.reply().usage());
  }

  @Test
  void doneEndsTheStreamAndNothingAfterIsRead() {
    Outcome outcome =
        Outcome.chat(content("a") + STOP + DONE + "data: {broken\n\n" + content("late"));
    assertEquals("a", outcome.reply().text());
    assertEquals(2, outcome.events().size());
  }

  @Test
  void doneMustMatchExactly() {
    Outcome.Failure failure = Outcome.chat(content("a") + STOP + "data: [DONE]x\n\n").failed();
    assertEquals(
        "Malformed Chat event #3 (type message, 7 bytes): not a JSON object", failure.message());
    assertEquals("a", failure.partialText());
    assertEquals("a", Outcome.chat(content("a") + "data:[DONE]\n\n").reply().text());
    assertEquals("a", Outcome.chat(content("a") + "data: [DONE]\r\n\r\n").reply().text());
  }

  @Test
  void doneWithoutFinishReasonStillCompletes() {
    Reply reply = Outcome.chat(content("a") + DONE).reply();
    assertEquals("a", reply.text());
    assertEquals("", reply.finishReason());
  }

  @Test
  void malformedChunkHidesThePayload() {
    Outcome.Failure failure =
        Outcome.chat(
                content("a")
                    + "data: {\"choices\":[{\"delta\":{\"content\":\"secret-diary\"}}]\n\n")
            .failed();
    assertFalse(failure.message().contains("secret"), failure.message());
    assertEquals(
        "Malformed Chat event #2 (type message, 49 bytes): invalid JSON at byte 49",
        failure.message());
  }

  @Test
  void aByteNeverValidInUtf8FailsTheSameWhateverWasReadBefore() {
    // Jackson matched this name to "error" once it had read "error" (its name table pads with
    // 0xFF), and failed on it before: the outcome depended on what the JVM had parsed.
    byte[] stream =
        "data: {\"error\":0}\n\ndata: {\"erro\u00ffr\":1}\n\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Outcome.Failure failure =
        Outcome.of(EventReader.chat(new okio.Buffer().write(stream), "req_1", true, TestFailures.FAILURES)).failed();
    assertEquals(
        "Malformed Chat event #2 (type message, 12 bytes): not UTF-8 JSON: byte 0xFF at 6 (SSE data"
            + " is always UTF-8)",
        failure.message());
  }

  @Test
  void textOnlyArrivesAsItIsRead() throws Exception {
    String body = ROLE + content("one") + STOP + DONE;
    byte[] bytes = Outcome.utf8(body);
    int upToFirstContent = Outcome.utf8(ROLE + content("one")).length;
    try (EventReader reader =
        EventReader.chat(
            dev.promptfit.internal.sse.ChunkedSource.stallingAfter(bytes, upToFirstContent),
            null, true, TestFailures.FAILURES)) {
      assertEquals(new TextDelta("one"), reader.next());
      assertEquals("one", reader.partialText().text());
    }
  }
}
