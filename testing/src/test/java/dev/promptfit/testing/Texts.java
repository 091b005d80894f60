package dev.promptfit.testing;

import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseOutputMessage;
import com.openai.models.responses.ResponseReasoningItem;
import java.util.ArrayList;
import java.util.List;

/** What the SDK's parsed Responses objects say, in one call each. */
final class Texts {
  private Texts() {}

  /** The text of every output_text part of every message, joined. */
  static String outputText(Response response) {
    StringBuilder text = new StringBuilder();
    for (ResponseOutputItem item : response.output()) {
      if (item.isMessage()) {
        for (ResponseOutputMessage.Content content : item.asMessage().content()) {
          if (content.isOutputText()) {
            text.append(content.asOutputText().text());
          }
        }
      }
    }
    return text.toString();
  }

  /** The refusal parts, joined. */
  static String refusal(Response response) {
    StringBuilder text = new StringBuilder();
    for (ResponseOutputItem item : response.output()) {
      if (item.isMessage()) {
        for (ResponseOutputMessage.Content content : item.asMessage().content()) {
          if (content.isRefusal()) {
            text.append(content.asRefusal().refusal());
          }
        }
      }
    }
    return text.toString();
  }

  static List<ResponseFunctionToolCall> functionCalls(Response response) {
    List<ResponseFunctionToolCall> calls = new ArrayList<>();
    for (ResponseOutputItem item : response.output()) {
      if (item.isFunctionCall()) {
        calls.add(item.asFunctionCall());
      }
    }
    return calls;
  }

  static List<ResponseReasoningItem> reasoning(Response response) {
    List<ResponseReasoningItem> items = new ArrayList<>();
    for (ResponseOutputItem item : response.output()) {
      if (item.isReasoning()) {
        items.add(item.asReasoning());
      }
    }
    return items;
  }

  /** The kinds of the output items, in order: message, function_call, reasoning. */
  static List<String> itemTypes(Response response) {
    List<String> types = new ArrayList<>();
    for (ResponseOutputItem item : response.output()) {
      types.add(Sdk.json(item).get("type").asText());
    }
    return types;
  }
}
