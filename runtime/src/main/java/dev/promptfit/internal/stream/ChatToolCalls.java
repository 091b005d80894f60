package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.promptfit.StreamEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The tool calls of choice 0 of a Chat stream, joined from their {@code
 * delta.tool_calls} fragments. OpenAI sends a call's {@code id} and {@code name} on its first
 * fragment and then only its {@code index} and argument pieces; the joining also takes what the
 * compatible servers do:
 *
 * <ul>
 *   <li>vLLM repeats the same {@code id} on every fragment: a known id continues its call.
 *   <li>Ollama sends each call whole in one chunk, and has been seen to give parallel calls the
 *       same {@code index}: a fragment whose {@code id} differs from its index's call starts a new
 *       call.
 *   <li>A fragment without an {@code index} continues the call of its {@code id}, or the last one.
 *   <li>{@code arguments} sent as a JSON object rather than a string are taken as its text.
 * </ul>
 *
 * <p>A call's name is its first non-empty one; a server that never sent an id leaves it empty, and
 * the tool loop gives the call one of its own.
 */
final class ChatToolCalls {
  /** One piece of a call, as one chunk carried it; {@code index} is -1 where none was sent. */
  record Fragment(
      int index, @Nullable String id, @Nullable String name, @Nullable String arguments) {}

  private static final class Call {
    String id = "";
    String name = "";
    final StringBuilder arguments = new StringBuilder();
  }

  private final List<Call> calls = new ArrayList<>(2);
  private final Map<Integer, Call> byIndex = new HashMap<>();
  private final Map<String, Call> byId = new HashMap<>();

  /** Adds a chunk's fragments, in order. */
  void add(List<Fragment> fragments) {
    for (Fragment fragment : fragments) {
      add(fragment);
    }
  }

  private void add(Fragment f) {
    boolean hasId = f.id() != null && !f.id().isEmpty();
    Call call = f.index() >= 0 ? byIndex.get(f.index()) : null;
    if (call != null && hasId && !call.id.isEmpty() && !call.id.equals(f.id())) {
      call = null; // another call under the same index
    }
    if (call == null && hasId) {
      call = byId.get(f.id());
    }
    if (call == null && f.index() < 0 && !hasId && !calls.isEmpty()) {
      call = calls.get(calls.size() - 1);
    }
    if (call == null) {
      call = new Call();
      calls.add(call);
    }
    if (f.index() >= 0) {
      byIndex.put(f.index(), call);
    }
    if (hasId && call.id.isEmpty()) {
      call.id = f.id();
      byId.put(f.id(), call);
    }
    if (f.name() != null && !f.name().isEmpty() && call.name.isEmpty()) {
      call.name = f.name();
    }
    if (f.arguments() != null) {
      call.arguments.append(f.arguments());
    }
  }

  boolean isEmpty() {
    return calls.isEmpty();
  }

  /** The calls, in the order they started. */
  List<StreamEvent.ToolCall> calls() {
    List<StreamEvent.ToolCall> out = new ArrayList<>(calls.size());
    for (Call call : calls) {
      out.add(new StreamEvent.ToolCall(call.id, call.name, call.arguments.toString()));
    }
    return out;
  }

  /** Reads a {@code tool_calls} array, the parser on its {@code START_ARRAY}. */
  static List<Fragment> fragments(JsonParser parser) throws IOException {
    List<Fragment> out = new ArrayList<>(1);
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.START_OBJECT) {
        out.add(fragment(parser));
      } else {
        parser.skipChildren();
      }
    }
    return out;
  }

  private static Fragment fragment(JsonParser parser) throws IOException {
    int index = -1;
    String id = null;
    String name = null;
    String arguments = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "index" -> {
          if (value == JsonToken.VALUE_NUMBER_INT
              && parser.getNumberType() == JsonParser.NumberType.INT) {
            index = parser.getIntValue();
          } else {
            parser.skipChildren();
          }
        }
        case "id" -> id = value == JsonToken.VALUE_STRING ? parser.getText() : skip(parser);
        case "function" -> {
          if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            continue;
          }
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken part = parser.nextToken();
            if (key.equals("name") && part == JsonToken.VALUE_STRING) {
              name = parser.getText();
            } else if (key.equals("arguments") && part == JsonToken.VALUE_STRING) {
              arguments = parser.getText();
            } else if (key.equals("arguments") && part == JsonToken.START_OBJECT) {
              arguments = EventJson.tree(parser).toString();
            } else {
              parser.skipChildren();
            }
          }
        }
        default -> parser.skipChildren();
      }
    }
    return new Fragment(index, id, name, arguments);
  }

  private static @Nullable String skip(JsonParser parser) throws IOException {
    parser.skipChildren();
    return null;
  }
}
