package dev.promptfit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** takeRequest: the conversation, tools, response format and attachments a client sent. */
class RecordedConversationTest {
  private static final String PNG = "data:image/png;base64,iVBORw0KGgo=";
  private static final String PDF = "data:application/pdf;base64,JVBERi0xLjQ=";

  private final FakeLlmServer server = new FakeLlmServer();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void responsesToolRoundIsParsedItemByItem() {
    String body =
        "{\"model\":\"gpt-5-mini\",\"instructions\":\"Be terse.\",\"store\":false,"
            + "\"include\":[\"reasoning.encrypted_content\"],\"previous_response_id\":\"resp_1\","
            + "\"input\":["
            + "{\"role\":\"user\",\"content\":\"Warmer in Paris or Rome?\"},"
            + "{\"type\":\"reasoning\",\"id\":\"rs_1\",\"summary\":[{\"type\":\"summary_text\",\"text\":\"Both.\"}],\"encrypted_content\":\"gAAAA\"},"
            + "{\"type\":\"function_call\",\"id\":\"fc_1\",\"call_id\":\"call_1\",\"name\":\"temperature\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"},"
            + "{\"type\":\"function_call_output\",\"call_id\":\"call_1\",\"output\":\"21.0\"},"
            + "{\"type\":\"function_call_output\",\"call_id\":\"call_2\",\"output\":[{\"type\":\"input_text\",\"text\":\"a\"},{\"type\":\"input_text\",\"text\":\"b\"}]},"
            + "{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"Checking.\"}]},"
            + "{\"type\":\"item_reference\",\"id\":\"msg_9\"}],"
            + "\"tools\":[{\"type\":\"function\",\"name\":\"temperature\",\"description\":\"Current temperature\","
            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"],\"additionalProperties\":false},"
            + "\"strict\":true},{\"type\":\"web_search\"}],"
            + "\"text\":{\"format\":{\"type\":\"json_schema\",\"name\":\"Answer\",\"schema\":{\"type\":\"object\"},\"strict\":true}}}";
    Http.post(server, "responses", body);

    RecordedLlmRequest request = server.takeRequest();
    assertEquals(
        List.of(
            new RecordedItem.Message("user", List.of(new RecordedPart.Text(null, "Warmer in Paris or Rome?")), List.of(), null),
            new RecordedItem.Reasoning("rs_1", List.of("Both."), "gAAAA"),
            new RecordedItem.FunctionCall("fc_1", "call_1", "temperature", "{\"city\":\"Paris\"}"),
            new RecordedItem.FunctionCallOutput("call_1", "21.0"),
            new RecordedItem.FunctionCallOutput("call_2", "a\nb"),
            new RecordedItem.Message("assistant", List.of(new RecordedPart.Text("output_text", "Checking.")), List.of(), null),
            new RecordedItem.Other("item_reference", "{\"type\":\"item_reference\",\"id\":\"msg_9\"}")),
        request.items());
    assertEquals("Warmer in Paris or Rome?", request.input());
    assertEquals(List.of(new RecordedItem.FunctionCall("fc_1", "call_1", "temperature", "{\"city\":\"Paris\"}")), request.toolCalls());
    assertEquals("call_2", request.toolResults().get(1).callId());
    assertEquals("gAAAA", request.reasoningItems().get(0).encryptedContent());
    assertEquals(
        List.of(
            new RecordedTool(
                "function",
                "temperature",
                "Current temperature",
                "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"],\"additionalProperties\":false}",
                true),
            new RecordedTool("web_search", null, null, null, null)),
        request.tools());
    assertEquals(
        new RecordedResponseFormat("json_schema", "Answer", "{\"type\":\"object\"}", true, null),
        request.responseFormat());
    assertEquals("resp_1", request.previousResponseId());
    assertEquals(Boolean.FALSE, request.store());
    assertFalse(request.background());
    assertEquals(List.of("reasoning.encrypted_content"), request.include());
    assertTrue(request.attachments().isEmpty());
  }

  @Test
  void chatToolRoundIsParsedMessageByMessage() {
    String body =
        "{\"model\":\"deepseek-reasoner\",\"messages\":["
            + "{\"role\":\"system\",\"content\":\"Be terse.\"},"
            + "{\"role\":\"user\",\"content\":\"Warmer?\"},"
            + "{\"role\":\"assistant\",\"content\":null,\"reasoning_content\":\"Check both.\",\"tool_calls\":["
            + "{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"temperature\",\"arguments\":\"{}\"}},"
            + "{\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\":\"forecast\",\"arguments\":\"{\\\"days\\\":3}\"}}]},"
            + "{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"21.0\"},"
            + "{\"role\":\"tool\",\"tool_call_id\":\"call_2\",\"content\":[{\"type\":\"text\",\"text\":\"sunny\"}]}],"
            + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"temperature\",\"parameters\":{\"type\":\"object\"},\"strict\":true}}],"
            + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"Answer\",\"description\":\"d\",\"schema\":{\"type\":\"object\"},\"strict\":false}}}";
    Http.post(server, "chat/completions", body);

    RecordedLlmRequest request = server.takeRequest();
    List<RecordedItem.FunctionCall> calls =
        List.of(
            new RecordedItem.FunctionCall(null, "call_1", "temperature", "{}"),
            new RecordedItem.FunctionCall(null, "call_2", "forecast", "{\"days\":3}"));
    assertEquals(
        new RecordedItem.Message("assistant", List.of(), calls, "Check both."), request.items().get(2));
    assertEquals(calls, request.toolCalls());
    assertEquals(
        List.of(
            new RecordedItem.FunctionCallOutput("call_1", "21.0"),
            new RecordedItem.FunctionCallOutput("call_2", "sunny")),
        request.toolResults());
    assertEquals("system", ((RecordedItem.Message) request.items().get(0)).role());
    assertEquals(List.of(new RecordedTool("function", "temperature", null, "{\"type\":\"object\"}", true)), request.tools());
    assertEquals(
        new RecordedResponseFormat("json_schema", "Answer", "{\"type\":\"object\"}", false, "d"),
        request.responseFormat());
    assertNull(request.store());
    assertTrue(request.reasoningItems().isEmpty());
  }

  @Test
  void responsesAttachmentsAreParsedAndEchoed() {
    String body =
        "{\"model\":\"m\",\"input\":[{\"role\":\"user\",\"content\":["
            + "{\"type\":\"input_text\",\"text\":\"Compare\"},"
            + "{\"type\":\"input_image\",\"image_url\":\"" + PNG + "\",\"detail\":\"low\"},"
            + "{\"type\":\"input_file\",\"filename\":\"invoice.pdf\",\"file_data\":\"" + PDF + "\"},"
            + "{\"type\":\"input_file\",\"file_url\":\"https://example.com/a.pdf\"}]}]}";
    String answer = Http.post(server, "responses", body).body();

    assertEquals(
        "Echo: Compare [3 attachments: image/png, application/pdf, application/pdf]",
        WireShapesTest.outputText(Http.json(answer)));
    List<RecordedPart> attachments = server.takeRequest().attachments();
    assertEquals(new RecordedPart.Image(PNG, "low", null), attachments.get(0));
    assertEquals(new RecordedPart.File("invoice.pdf", PDF, null, null), attachments.get(1));
    assertEquals("https://example.com/a.pdf", ((RecordedPart.File) attachments.get(2)).fileUrl());
    assertFalse(attachments.get(0).toString().contains("iVBOR"), "toString never prints the bytes");
  }

  @Test
  void chatAttachmentsAreParsedAndEchoedWhenStreamed() {
    String body =
        "{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":["
            + "{\"type\":\"text\",\"text\":\"What is this?\"},"
            + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/cat.jpeg?x=1\",\"detail\":\"high\"}},"
            + "{\"type\":\"file\",\"file\":{\"filename\":\"a.pdf\",\"file_data\":\"" + PDF + "\"}}]}]}";
    String answer = Http.post(server, "chat/completions", body).body();

    StringBuilder text = new StringBuilder();
    for (Sse.Event event : Sse.parse(answer)) {
      if (!event.data().equals("[DONE]") && event.json().get("choices").get(0).get("delta").has("content")) {
        text.append(event.json().get("choices").get(0).get("delta").get("content").asText());
      }
    }
    assertEquals("Echo: What is this? [2 attachments: image/jpeg, application/pdf]", text.toString());
    List<RecordedPart> attachments = server.takeRequest().attachments();
    assertEquals(new RecordedPart.Image("https://example.com/cat.jpeg?x=1", "high", null), attachments.get(0));
    assertEquals(new RecordedPart.File("a.pdf", PDF, null, null), attachments.get(1));
  }

  @Test
  void echoWithoutAttachmentsIsUnchanged() {
    String one = Http.post(server, "responses", "{\"model\":\"m\",\"input\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_image\",\"image_url\":\"https://x/y\"}]}]}").body();
    String two = Http.post(server, "responses", Http.responsesBody("m", "i", "plain", false)).body();

    assertEquals("Echo: [1 attachment: image]", WireShapesTest.outputText(Http.json(one)));
    assertEquals("Echo: plain", WireShapesTest.outputText(Http.json(two)));
  }
}
