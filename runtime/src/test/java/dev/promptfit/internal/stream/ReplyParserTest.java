package dev.promptfit.internal.stream;

import dev.promptfit.internal.TestFailures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.ApiException;
import dev.promptfit.PromptfitException;
import dev.promptfit.Reply;
import dev.promptfit.StreamException;
import dev.promptfit.Usage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyParserTest {
  private static final String USAGE =
      "\"usage\":{\"input_tokens\":5,\"input_tokens_details\":{\"cached_tokens\":2},"
          + "\"output_tokens\":7,\"output_tokens_details\":{\"reasoning_tokens\":3},\"total_tokens\":12}";

  static InputStream body(String json) {
    return new ByteArrayInputStream(Outcome.utf8(json));
  }

  static String response(String status, String output, String extra) {
    return "{\"id\":\"resp_1\",\"object\":\"response\",\"status\":\""
        + status
        + "\",\"error\":null,\"model\":\"gpt-x\",\"output\":["
        + output
        + "],"
        + USAGE
        + extra
        + "}";
  }

  static final String MESSAGE =
      "{\"type\":\"reasoning\",\"summary\":[]},"
          + "{\"type\":\"message\",\"role\":\"assistant\",\"content\":["
          + "{\"type\":\"output_text\",\"text\":\"Grüße, \",\"annotations\":[]},"
          + "{\"type\":\"output_text\",\"text\":\"Welt\",\"annotations\":[]}]}";

  @Test
  void responsesBody() throws IOException {
    Reply reply = ReplyParser.responses(body(response("completed", MESSAGE, "")), "req_1", TestFailures.FAILURES);
    assertEquals(
        Reply.builder().text("Grüße, Welt").id("resp_1").model("gpt-x").usage(new Usage(5, 7, 12, 2, 3)).finishReason("stop").build(), reply);
  }

  @Test
  void streamedAndBlockingAgree() throws IOException {
    String json = response("completed", MESSAGE, "");
    String stream =
        "data: {\"type\":\"response.output_text.delta\",\"delta\":\"Grüße, \"}\n\n"
            + "data: {\"type\":\"response.output_text.delta\",\"delta\":\"Welt\"}\n\n"
            + "data: {\"type\":\"response.completed\",\"response\":"
            + json
            + "}\n\n";
    assertEquals(ReplyParser.responses(body(json), null, TestFailures.FAILURES), Outcome.responses(stream).reply());
  }

  @Test
  void responsesFunctionCall() throws IOException {
    String call =
        "{\"type\":\"function_call\",\"name\":\"f\",\"arguments\":\"{}\",\"call_id\":\"c\"}";
    Reply reply = ReplyParser.responses(body(response("completed", call, "")), null, TestFailures.FAILURES);
    assertEquals("tool_calls", reply.finishReason());
    assertEquals("", reply.text());
  }

  @Test
  void responsesRefusalOnly() throws IOException {
    String refusal =
        "{\"type\":\"message\",\"content\":[{\"type\":\"refusal\",\"refusal\":\"No.\"}]}";
    assertEquals(
        "No.", ReplyParser.responses(body(response("completed", refusal, "")), null, TestFailures.FAILURES).text());
    String both =
        "{\"type\":\"message\",\"content\":[{\"type\":\"refusal\",\"refusal\":\"No.\"},"
            + "{\"type\":\"output_text\",\"text\":\"Yes\"}]}";
    assertEquals("Yes", ReplyParser.responses(body(response("completed", both, "")), null, TestFailures.FAILURES).text());
  }

  @Test
  void incompleteBodyFailsLikeTheStream() {
    String json =
        response("incomplete", MESSAGE, ",\"incomplete_details\":{\"reason\":\"content_filter\"}");
    StreamException blocking =
        assertThrows(StreamException.class, () -> ReplyParser.responses(body(json), "req_9", TestFailures.FAILURES));
    Outcome.Failure streamed =
        Outcome.responses("data: {\"type\":\"response.incomplete\",\"response\":" + json + "}\n\n")
            .failed();
    assertEquals(streamed.message(), TestFailures.detail(blocking));
    assertEquals(Optional.of("content_filter"), blocking.errorCode());
    assertEquals(Optional.of("req_9"), blocking.requestId());
    assertEquals("", blocking.partialText());
  }

  @Test
  void failedBodyFailsLikeTheStream() {
    String json =
        response("failed", "", ",\"error\":{\"code\":\"server_error\",\"message\":\"Broke.\"}")
            .replace("\"error\":null,", "");
    StreamException blocking =
        assertThrows(StreamException.class, () -> ReplyParser.responses(body(json), null, TestFailures.FAILURES));
    Outcome.Failure streamed =
        Outcome.responses("data: {\"type\":\"response.failed\",\"response\":" + json + "}\n\n")
            .failed();
    assertEquals("response.failed: Broke. (code server_error)", TestFailures.detail(blocking));
    assertEquals(streamed.message(), TestFailures.detail(blocking));
    assertEquals(Optional.of("server_error"), blocking.errorCode());
  }

  @Test
  void cancelledBodyFails() {
    StreamException e =
        assertThrows(
            StreamException.class,
            () -> ReplyParser.responses(body(response("cancelled", "", "")), null, TestFailures.FAILURES));
    assertEquals(Optional.of("cancelled"), e.errorCode());
  }

  @Test
  void errorBodyWithStatus200() {
    ApiException e =
        assertThrows(
            ApiException.class,
            () ->
                ReplyParser.responses(
                    body(
                        "{\"error\":{\"message\":\"Model"
                            + " overloaded\",\"type\":\"server_error\",\"code\":\"overloaded\"}}"),
                    "req_7", TestFailures.FAILURES));
    assertEquals(200, e.statusCode());
    assertEquals("Model overloaded (HTTP 200, code overloaded, request req_7)", TestFailures.detail(e));
    assertEquals(Optional.of("overloaded"), e.errorCode());
    assertEquals(Optional.of("server_error"), e.errorType());
    assertEquals(Optional.of("req_7"), e.requestId());
  }

  @Test
  void chatBody() throws IOException {
    String json =
        "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"gpt-x\",\"choices\":["
            + "{\"index\":1,\"message\":{\"role\":\"assistant\",\"content\":\"other\"},\"finish_reason\":\"stop\"},{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hi"
            + " 😊\",\"refusal\":null},\"finish_reason\":\"length\"}],"
            + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7,"
            + "\"prompt_tokens_details\":{\"cached_tokens\":1},\"completion_tokens_details\":{\"reasoning_tokens\":2}}}";
    assertEquals(
        Reply.builder().text("Hi 😊").id("chatcmpl-1").model("gpt-x").usage(new Usage(3, 4, 7, 1, 2)).finishReason("length").build(),
        ReplyParser.chat(body(json), null, TestFailures.FAILURES));
  }

  @Test
  void chatBodyWithNullContentAndRefusal() throws IOException {
    String toolCall =
        "{\"choices\":[{\"index\":0,\"message\":{\"content\":null,\"tool_calls\":[{\"id\":\"c\"}]},"
            + "\"finish_reason\":\"tool_calls\"}]}";
    Reply reply = ReplyParser.chat(body(toolCall), null, TestFailures.FAILURES);
    assertEquals(Reply.builder().text("").id("").model("").usage(Usage.NONE).finishReason("tool_calls").build(), reply);
    String refusal =
        "{\"choices\":[{\"index\":0,\"message\":{\"content\":null,\"refusal\":\"Sorry.\"},\"finish_reason\":\"stop\"}]}";
    assertEquals("Sorry.", ReplyParser.chat(body(refusal), null, TestFailures.FAILURES).text());
    // No choice at all is no answer, not an empty one.
    PromptfitException none =
        assertThrows(PromptfitException.class, () -> ReplyParser.chat(body("{\"choices\":[]}"), null, TestFailures.FAILURES));
    assertEquals(
        "The Chat reply has no choices (choices is empty), so it holds no answer (HTTP 200)",
        TestFailures.detail(none));
  }

  @Test
  void chatErrorBodyWithNumericCode() {
    ApiException e =
        assertThrows(
            ApiException.class,
            () ->
                ReplyParser.chat(
                    body("{\"error\":{\"code\":400,\"message\":\"Token limit reached\"}}"), null, TestFailures.FAILURES));
    assertEquals(Optional.of("400"), e.errorCode());
    assertEquals("Token limit reached (HTTP 200, code 400)", TestFailures.detail(e));
  }

  @Test
  void chatErrorAsString() {
    ApiException e =
        assertThrows(
            ApiException.class,
            () -> ReplyParser.chat(body("{\"error\":\"model not found\"}"), null, TestFailures.FAILURES));
    assertEquals("model not found (HTTP 200)", TestFailures.detail(e));
  }

  @Test
  void htmlBodyIsNamedNotQuoted() {
    String html = "<html><body>Bad gateway at secret-proxy.internal</body></html>";
    PromptfitException e =
        assertThrows(PromptfitException.class, () -> ReplyParser.chat(body(html), "req_3", TestFailures.FAILURES));
    assertEquals(PromptfitException.class, e.getClass());
    assertEquals(
        "The Chat reply body is not a JSON object (62 bytes; invalid JSON at byte 0; "
            + "it looks like an HTML page, e.g. from a proxy; request req_3)",
        TestFailures.detail(e));
    assertFalse(e.getMessage().contains("secret"));
  }

  @Test
  void otherNonObjectBodies() {
    PromptfitException empty =
        assertThrows(PromptfitException.class, () -> ReplyParser.responses(body(""), null, TestFailures.FAILURES));
    assertTrue(empty.getMessage().contains("it is empty"), empty.getMessage());
    PromptfitException array =
        assertThrows(PromptfitException.class, () -> ReplyParser.responses(body("[1,2]"), null, TestFailures.FAILURES));
    assertTrue(array.getMessage().contains("JSON but not an object"), array.getMessage());
    PromptfitException truncated =
        assertThrows(
            PromptfitException.class, () -> ReplyParser.chat(body("{\"choices\":[{\"mess"), null, TestFailures.FAILURES));
    assertEquals(
        "The Chat reply body is not a JSON object (18 bytes; invalid JSON at byte 18)",
        TestFailures.detail(truncated));
  }
}
