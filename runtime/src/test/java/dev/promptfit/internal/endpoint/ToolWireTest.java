package dev.promptfit.internal.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.StreamEvent;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.ToolDefinition;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.internal.request.Message;
import dev.promptfit.internal.request.ModelOutput;
import dev.promptfit.internal.request.ToolOutput;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * The tool wire forms, compared as whole JSON documents with what OpenAI documents: definitions
 * with {@code strict: true}, a model output sent back (Responses items verbatim; a Chat assistant
 * message with its {@code tool_calls} and {@code reasoning_content}), and tool results.
 */
class ToolWireTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"],\"additionalProperties\":false}";

  private static LlmRequest request(Map<String, Object> extra) {
    StreamEvent.ToolCall call = new StreamEvent.ToolCall("call_1", "weather", "{\"city\":\"Oslo\"}");
    return LlmRequest.builder("m")
        .item(Message.user("hi"))
        .item(
            new ModelOutput(
                "Let me check.",
                "thinking",
                List.of(call, new StreamEvent.ToolCall("call_2", "now", "")),
                List.of(
                    "{\"type\":\"reasoning\",\"id\":\"rs_1\",\"summary\":[],\"encrypted_content\":\"enc\"}",
                    "{\"type\":\"function_call\",\"id\":\"fc_1\",\"call_id\":\"call_1\",\"name\":\"weather\",\"arguments\":\"{\\\"city\\\":\\\"Oslo\\\"}\",\"status\":\"completed\"}")))
        .item(new ToolOutput("call_1", "weather", "sunny"))
        .extraBody(extra)
        .tools(
            List.of(
                new ToolDefinition("weather", "Weather in a city.", SCHEMA),
                new ToolDefinition("now", "", "{\"type\":\"object\",\"properties\":{},\"required\":[],\"additionalProperties\":false}")))
        .build();
  }

  private static JsonNode body(Api api, LlmRequest request) throws Exception {
    Buffer out = new Buffer();
    Endpoint.of(api).body(request).writeTo(out);
    return JSON.readTree(out.readUtf8());
  }

  @Test
  void responses() throws Exception {
    JsonNode expected =
        JSON.readTree(
            ("{'model':'m','input':["
                    + "{'role':'user','content':'hi'},"
                    + "{'type':'reasoning','id':'rs_1','summary':[],'encrypted_content':'enc'},"
                    + "{'type':'function_call','id':'fc_1','call_id':'call_1','name':'weather','arguments':'{\\\"city\\\":\\\"Oslo\\\"}','status':'completed'},"
                    + "{'type':'function_call_output','call_id':'call_1','output':'sunny'}],"
                    + "'tools':["
                    + "{'type':'function','name':'weather','description':'Weather in a city.','parameters':"
                    + SCHEMA.replace('"', '\'')
                    + ",'strict':true},"
                    + "{'type':'function','name':'now','parameters':{'type':'object','properties':{},'required':[],'additionalProperties':false},'strict':true}]}")
                .replace('\'', '"'));
    assertEquals(expected, body(Api.RESPONSES, request(Map.of())));
  }

  @Test
  void chat() throws Exception {
    JsonNode expected =
        JSON.readTree(
            ("{'model':'m','messages':["
                    + "{'role':'user','content':'hi'},"
                    + "{'role':'assistant','content':'Let me check.','reasoning_content':'thinking','tool_calls':["
                    + "{'id':'call_1','type':'function','function':{'name':'weather','arguments':'{\\\"city\\\":\\\"Oslo\\\"}'}},"
                    + "{'id':'call_2','type':'function','function':{'name':'now','arguments':'{}'}}]},"
                    + "{'role':'tool','tool_call_id':'call_1','content':'sunny'}],"
                    + "'tools':["
                    + "{'type':'function','function':{'name':'weather','description':'Weather in a city.','parameters':"
                    + SCHEMA.replace('"', '\'')
                    + ",'strict':true}},"
                    + "{'type':'function','function':{'name':'now','parameters':{'type':'object','properties':{},'required':[],'additionalProperties':false},'strict':true}}]}")
                .replace('\'', '"'));
    assertEquals(expected, body(Api.CHAT_COMPLETIONS, request(Map.of())));
  }

  @Test
  void aChatOutputWithoutTextOrReasoningSendsNullContent() throws Exception {
    LlmRequest request =
        LlmRequest.builder("m")
            .item(
                new ModelOutput(
                    "", null, List.of(new StreamEvent.ToolCall("c", "f", "{}")), List.of()))
            .build();
    JsonNode message = body(Api.CHAT_COMPLETIONS, request).at("/messages/0");
    assertEquals(
        JSON.readTree(
            "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}"),
        message);
  }

  @Test
  void extraBodyToolsReplaceTheDefinitions() throws Exception {
    for (Api api : List.of(Api.RESPONSES, Api.CHAT_COMPLETIONS)) {
      JsonNode body = body(api, request(Map.of("tools", List.of())));
      assertEquals(0, body.get("tools").size(), "the extra value, sent once");
    }
  }
}
