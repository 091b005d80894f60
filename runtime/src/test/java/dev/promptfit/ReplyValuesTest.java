package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import java.util.Optional;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a reply says is what the server said: "not reported" is told apart from zero, numbers that
 * are no token count are never wrapped into one, the streamed and the blocking path read odd bodies
 * alike, and a 200 that holds no answer is an error, never a silent empty string.
 */
class ReplyValuesTest {
  private static final CallOptions CHAT = CallOptions.builder().api(Api.CHAT_COMPLETIONS).build();

  @RegisterExtension final ServedClient served = new ServedClient(b -> b.maxRetries(0));

  private void json(String body) {
    served.server().enqueue(
        new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
  }

  private void sse(String body) {
    served.server().enqueue(
        new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body).build());
  }

  private Reply streamed(CallOptions options) {
    try (ReplyStream stream = served.assistant().replyStream("q", options)) {
      return stream.reply();
    }
  }

  private static String chatChunk(String choices, String rest) {
    return Bodies.data("{\"id\":\"c1\",\"model\":\"m\",\"choices\":" + choices + rest + "}");
  }

  // ---- 5: not reported is not zero ----

  @Test
  void usageNotReportedIsNoneAndReportedZerosAreNot() {
    json("{\"choices\":[{\"index\":0,\"message\":{\"content\":\"hi\"},\"finish_reason\":\"stop\"}]}");
    Reply silent = served.assistant().reply("q", CHAT);
    assertSame(Usage.NONE, silent.usage());
    assertFalse(silent.usage().isReported());

    json("{\"choices\":[{\"index\":0,\"message\":{\"content\":\"hi\"},\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":0,\"completion_tokens\":0,\"total_tokens\":0}}");
    Reply zeros = served.assistant().reply("q", CHAT);
    assertTrue(zeros.usage().isReported());
    assertEquals(0, zeros.usage().totalTokens());
    assertNotEquals(Usage.NONE, zeros.usage(), "reported zeros are not 'not reported'");

    sse(Bodies.responsesStream("hi").replaceAll(",\"usage\":\\{[^}]*\\{[^}]*\\}[^}]*\\{[^}]*\\}\\}", ""));
    Reply streamedSilent = streamed(CallOptions.none());
    assertEquals("hi", streamedSilent.text());
    assertFalse(streamedSilent.usage().isReported(), streamedSilent.usage().toString());

    sse(chatChunk("[{\"index\":0,\"delta\":{\"content\":\"hi\"},\"finish_reason\":\"stop\"}]", "")
        + chatChunk("[]", ",\"usage\":{\"prompt_tokens\":0,\"completion_tokens\":0,\"total_tokens\":0}")
        + Bodies.data("[DONE]"));
    assertTrue(streamed(CHAT).usage().isReported());

    json("{\"choices\":[{\"index\":0,\"message\":{\"content\":\"hi\"}}],\"usage\":{}}");
    assertFalse(served.assistant().reply("q", CHAT).usage().isReported(), "an empty usage object reports nothing");
  }

  @Test
  void noneIsOnlyEqualToItself() {
    Usage zeros = new Usage(0, 0, 0, 0, 0);
    assertTrue(zeros.isReported());
    assertNotEquals(Usage.NONE, zeros);
    assertNotEquals(zeros, Usage.NONE);
    assertEquals(zeros, new Usage(0, 0, 0, 0, 0));
    assertEquals(Usage.NONE, Usage.NONE);
    assertNotEquals(Usage.NONE.hashCode(), zeros.hashCode());
    assertEquals("Usage.NONE", Usage.NONE.toString());
    assertFalse(Reply.builder().build().usage().isReported());
  }

  @Test
  void finishReasonNotReportedIsEmpty() {
    json("{\"choices\":[{\"index\":0,\"message\":{\"content\":\"hi\"}}]}");
    assertEquals("", served.assistant().reply("q", CHAT).finishReason());
    json("{\"choices\":[{\"index\":0,\"message\":{\"content\":\"hi\"},\"finish_reason\":\"\"}]}");
    assertEquals("", served.assistant().reply("q", CHAT).finishReason(), "an empty reason counts as none (P02)");
    // A Responses body that says nothing of its status says nothing of why it stopped.
    json("{\"output\":[{\"type\":\"message\",\"content\":[{\"type\":\"output_text\",\"text\":\"hi\"}]}]}");
    Reply noStatus = served.assistant().reply("q", CallOptions.none());
    assertEquals("hi", noStatus.text());
    assertEquals("", noStatus.finishReason());
    json(Bodies.responsesObject("hi"));
    assertEquals("stop", served.assistant().reply("q", CallOptions.none()).finishReason());
  }

  // ---- 21: numbers that are no token count ----

  @ParameterizedTest
  @ValueSource(strings = {"100000000000000000000000", "1e23", "1e999", "-5", "12.5", "9223372036854775808"})
  void aCountThatIsNoTokenCountIsNotReportedNeverWrapped(String bad) {
    String usage = "{\"prompt_tokens\":" + bad + ",\"completion_tokens\":7,\"total_tokens\":" + bad + "}";
    json("{\"choices\":[{\"index\":0,\"message\":{\"content\":\"hi\"},\"finish_reason\":\"stop\"}],\"usage\":" + usage + "}");
    Usage blocking = served.assistant().reply("q", CHAT).usage();
    assertEquals(new Usage(0, 7, 0, 0, 0), blocking);
    sse(chatChunk("[{\"index\":0,\"delta\":{\"content\":\"hi\"},\"finish_reason\":\"stop\"}]", "")
        + chatChunk("[]", ",\"usage\":" + usage) + Bodies.data("[DONE]"));
    assertEquals(blocking, streamed(CHAT).usage());
    String responses = Bodies.responsesObject("hi").replace("\"input_tokens\":11", "\"input_tokens\":" + bad)
        .replace("\"total_tokens\":18", "\"total_tokens\":" + bad);
    json(responses);
    assertEquals(new Usage(0, 7, 0, 3, 2), served.assistant().reply("q", CallOptions.none()).usage());
  }

  @Test
  void allCountsBadIsNotReported() {
    json("{\"choices\":[{\"index\":0,\"message\":{\"content\":\"hi\"}}],\"usage\":{\"prompt_tokens\":-1,\"total_tokens\":1e999}}");
    assertSame(Usage.NONE, served.assistant().reply("q", CHAT).usage());
  }

  @Test
  void anIntegralFloatIsACount() {
    json("{\"choices\":[{\"index\":0,\"message\":{\"content\":\"hi\"}}],\"usage\":{\"prompt_tokens\":12.0,\"completion_tokens\":3e2,\"total_tokens\":312}}");
    assertEquals(new Usage(12, 300, 312, 0, 0), served.assistant().reply("q", CHAT).usage());
  }

  @Test
  void aDuplicateChoicesKeyIsReadAlikeStreamedAndBlocking() {
    String first = "[{\"index\":0,\"delta\":{\"content\":\"first\"}}]";
    String second = "[{\"index\":0,\"delta\":{\"content\":\"second\"},\"finish_reason\":\"stop\"}]";
    json("{\"choices\":" + first.replace("delta", "message") + ",\"choices\":"
        + second.replace("delta", "message") + "}");
    String blocking = served.assistant().text("q", CHAT);
    assertEquals("second", blocking, "a repeated key counts once, with its last value");
    // The first chunk is read by Jackson (id and model are still wanted), the second by the scanner.
    sse(chatChunk(first + ",\"choices\":" + second, "")
        + Bodies.data("{\"choices\":" + first + ",\"choices\":" + second + "}") + Bodies.data("[DONE]"));
    assertEquals(blocking + blocking, streamed(CHAT).text());
  }

  // ---- 15: a 200 that holds no answer ----

  @ParameterizedTest
  @ValueSource(strings = {"queued", "in_progress"})
  void aResponseStillRunningIsAnErrorNotAnEmptyAnswer(String status) {
    json("{\"id\":\"resp_bg\",\"object\":\"response\",\"status\":\"" + status + "\",\"background\":true,\"output\":[]}");
    StreamException e =
        assertThrows(StreamException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertEquals(Optional.of(status), e.errorCode());
    assertTrue(e.getMessage().startsWith("TestAssistant.text: "), e.getMessage());
    assertTrue(e.getMessage().contains(status), e.getMessage());
  }

  @Test
  void anEmptyObjectIsAnErrorOnBothEndpoints() {
    json("{}");
    PromptfitException responses =
        assertThrows(PromptfitException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertTrue(responses.getMessage().startsWith("TestAssistant.text: "), responses.getMessage());
    assertTrue(responses.getMessage().contains("neither a status nor any output"), responses.getMessage());
    json("{}");
    PromptfitException chat = assertThrows(PromptfitException.class, () -> served.assistant().text("q", CHAT));
    assertTrue(chat.getMessage().contains("no choices"), chat.getMessage());
  }

  @Test
  void noChoicesIsAnError() {
    json("{\"id\":\"c\",\"choices\":[]}");
    PromptfitException e = assertThrows(PromptfitException.class, () -> served.assistant().text("q", CHAT));
    assertTrue(e.getMessage().startsWith("TestAssistant.text: "), e.getMessage());
    assertTrue(e.getMessage().contains("no choices"), e.getMessage());
  }

  @Test
  void chatContentAsPartsIsTheirText() {
    String parts = "[{\"type\":\"text\",\"text\":\"Hel\"},{\"type\":\"image_url\",\"image_url\":{\"url\":\"x\"}},{\"type\":\"text\",\"text\":\"lo\"}]";
    json("{\"choices\":[{\"index\":0,\"message\":{\"content\":" + parts + "},\"finish_reason\":\"stop\"}]}");
    assertEquals("Hello", served.assistant().text("q", CHAT));
    sse(chatChunk("[{\"index\":0,\"delta\":{\"content\":" + parts + "}}]", "")
        + chatChunk("[{\"index\":0,\"delta\":{\"content\":[{\"type\":\"text\",\"text\":\"!\"}]},\"finish_reason\":\"stop\"}]", "")
        + Bodies.data("[DONE]"));
    assertEquals("Hello!", streamed(CHAT).text());
  }

  @Test
  void chatContentWithPartsButNoTextIsAnError() {
    json("{\"choices\":[{\"index\":0,\"message\":{\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"x\"}}]},\"finish_reason\":\"stop\"}]}");
    PromptfitException e = assertThrows(PromptfitException.class, () -> served.assistant().text("q", CHAT));
    assertTrue(e.getMessage().contains("image_url"), e.getMessage());
  }
}
