package dev.promptfit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseFormatTextJsonSchemaConfig;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseIncludable;
import com.openai.models.responses.ResponseInputFile;
import com.openai.models.responses.ResponseInputImage;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseTextConfig;
import dev.promptfit.testing.FakeLlmServer.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests as the official SDK writes them — tools, a strict schema, images, files, and a tool
 * round passed back item by item — read back by takeRequest().
 */
class SdkRequestsTest {
  private static final String PNG = "data:image/png;base64,iVBORw0KGgo=";
  private static final String PDF = "data:application/pdf;base64,JVBERi0xLjQ=";

  private final FakeLlmServer server = new FakeLlmServer();
  private final OpenAIClient client = Sdk.client(server);

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  @Test
  void aToolRoundPassedBackAsTheSdkWritesIt() {
    FunctionTool tool =
        FunctionTool.builder()
            .name("temperature")
            .description("Current temperature")
            .parameters(
                FunctionTool.Parameters.builder()
                    .putAdditionalProperty("type", JsonValue.from("object"))
                    .putAdditionalProperty(
                        "properties", JsonValue.from(Map.of("city", Map.of("type", "string"))))
                    .build())
            .strict(true)
            .build();
    server.enqueue(
        FakeResponse.toolCallsBuilder(ToolCall.of("temperature", "{\"city\":\"Paris\"}"))
            .reasoning("Need it.", "gAAAA-opaque")
            .build());
    Response round =
        client.responses().create(Sdk.responses("Paris?").addTool(tool).addInclude(ResponseIncludable.REASONING_ENCRYPTED_CONTENT).store(false).build());

    List<ResponseInputItem> input = new ArrayList<>();
    input.add(
        ResponseInputItem.ofMessage(
            ResponseInputItem.Message.builder()
                .role(ResponseInputItem.Message.Role.USER)
                .addInputTextContent("Paris?")
                .addContent(ResponseInputImage.builder().imageUrl(PNG).detail(ResponseInputImage.Detail.LOW).build())
                .addContent(ResponseInputFile.builder().filename("a.pdf").fileData(PDF).build())
                .build()));
    input.add(ResponseInputItem.ofReasoning(Texts.reasoning(round).get(0)));
    ResponseFunctionToolCall call = Texts.functionCalls(round).get(0);
    input.add(ResponseInputItem.ofFunctionCall(call));
    input.add(
        ResponseInputItem.ofFunctionCallOutput(
            ResponseInputItem.FunctionCallOutput.builder().callId(call.callId()).output("21.0").build()));
    server.enqueueJson("{\"celsius\":21}");
    client.responses().create(
        Sdk.responses("ignored")
            .inputOfResponse(input)
            .addTool(tool)
            .store(false)
            .text(
                ResponseTextConfig.builder()
                    .format(
                        ResponseFormatTextJsonSchemaConfig.builder()
                            .name("Answer")
                            .schema(
                                ResponseFormatTextJsonSchemaConfig.Schema.builder()
                                    .putAdditionalProperty("type", JsonValue.from("object"))
                                    .build())
                            .strict(true)
                            .build())
                    .build())
            .build());

    RecordedLlmRequest first = server.takeRequest();
    assertEquals(List.of("reasoning.encrypted_content"), first.include());
    assertEquals("temperature", first.tools().get(0).name());
    assertEquals(Boolean.TRUE, first.tools().get(0).strict());
    assertTrue(first.tools().get(0).parameters().contains("\"city\""));

    RecordedLlmRequest second = server.takeRequest();
    assertEquals(Boolean.FALSE, second.store());
    assertEquals("Paris?", second.input());
    assertEquals(
        List.of(new RecordedPart.Image(PNG, "low", null), new RecordedPart.File("a.pdf", PDF, null, null)),
        second.attachments());
    RecordedItem.Reasoning reasoning = second.reasoningItems().get(0);
    assertEquals("rs_00000001", reasoning.id());
    assertEquals(List.of("Need it."), reasoning.summary());
    assertEquals("gAAAA-opaque", reasoning.encryptedContent());
    assertEquals(
        new RecordedItem.FunctionCall("fc_00000001_0", "call_00000001_0", "temperature", "{\"city\":\"Paris\"}"),
        second.toolCalls().get(0));
    assertEquals(new RecordedItem.FunctionCallOutput("call_00000001_0", "21.0"), second.toolResults().get(0));
    assertEquals(
        new RecordedResponseFormat("json_schema", "Answer", "{\"type\":\"object\"}", true, null),
        second.responseFormat());
  }
}
