package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptfit.StreamEvent;
import dev.promptfit.internal.request.ModelOutput;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The output items of one streamed Responses response, for a call that offers tools:
 * each item as {@code response.output_item.done} gives it (the copy in {@code .added} may be
 * incomplete), and each function call's arguments from its {@code function_call_arguments} deltas
 * in case a server leaves the item's out.
 *
 * <p>Items are keyed by {@code output_index}, or by {@code item_id} where a server omits the index,
 * and come out in output order, whatever order their events came in (OpenRouter ends a reasoning
 * item after the message that follows it).
 * A {@code function_call}'s {@code name} and {@code call_id} arrive on {@code .added} and usually
 * again on {@code .done}; a {@code .done} without them keeps those of {@code .added}.
 */
final class ResponsesOutput {
  private final Map<Integer, Entry> byIndex = new HashMap<>();
  private final Map<String, Entry> byId = new HashMap<>();
  private final Map<Entry, Boolean> ordered = new LinkedHashMap<>();
  private @Nullable Entry last;

  /** What one output item has said so far. */
  private static final class Entry {
    int index = Integer.MAX_VALUE;
    @Nullable ObjectNode added;
    @Nullable ObjectNode done;
    final StringBuilder argumentDeltas = new StringBuilder();
    @Nullable String argumentsDone;
  }

  void added(int outputIndex, @Nullable String itemId, JsonNode item) {
    if (item instanceof ObjectNode object) {
      entry(outputIndex, itemId != null ? itemId : text(object, "id"), true).added = object;
    }
  }

  void done(int outputIndex, @Nullable String itemId, JsonNode item) {
    if (item instanceof ObjectNode object) {
      entry(outputIndex, itemId != null ? itemId : text(object, "id"), true).done = object;
    }
  }

  void argumentsDelta(int outputIndex, @Nullable String itemId, String delta) {
    Entry entry = entry(outputIndex, itemId, false);
    if (entry != null) {
      entry.argumentDeltas.append(delta);
    }
  }

  void argumentsDone(int outputIndex, @Nullable String itemId, String arguments) {
    Entry entry = entry(outputIndex, itemId, false);
    if (entry != null) {
      entry.argumentsDone = arguments;
    }
  }

  /**
   * The response's output: the streamed items, or, from a server that streamed none, {@code
   * completedItems} (the {@code output} of {@code response.completed}).
   */
  ModelOutput output(String text, List<JsonNode> completedItems) {
    if (ordered.isEmpty()) {
      return of(text, completedItems);
    }
    List<Entry> entries = new ArrayList<>(ordered.keySet());
    entries.sort(Comparator.comparingInt(e -> e.index)); // stable: unindexed ones keep arrival order
    List<JsonNode> items = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      JsonNode item = item(entry);
      if (item != null) {
        items.add(item);
      }
    }
    return of(text, items);
  }

  /** The output of whole items, as a non-streamed body or {@code response.completed} holds them. */
  static ModelOutput of(String text, List<JsonNode> items) {
    List<StreamEvent.ToolCall> calls = new ArrayList<>();
    List<String> json = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      if ("function_call".equals(text(item, "type"))) {
        String callId = text(item, "call_id");
        String name = text(item, "name");
        String arguments = text(item, "arguments");
        calls.add(
            new StreamEvent.ToolCall(
                callId == null ? "" : callId, name == null ? "" : name, arguments == null ? "" : arguments));
      }
      json.add(write(item));
    }
    return new ModelOutput(text, null, calls, json);
  }

  private @Nullable Entry entry(int outputIndex, @Nullable String itemId, boolean create) {
    Entry entry = outputIndex >= 0 ? byIndex.get(outputIndex) : null;
    if (entry == null && itemId != null) {
      entry = byId.get(itemId);
    }
    if (entry == null && outputIndex < 0 && itemId == null) {
      entry = last;
    }
    if (entry == null) {
      if (!create) {
        return null;
      }
      entry = new Entry();
      ordered.put(entry, Boolean.TRUE);
    }
    if (outputIndex >= 0) {
      byIndex.putIfAbsent(outputIndex, entry);
      entry.index = Math.min(entry.index, outputIndex);
    }
    if (itemId != null) {
      byId.putIfAbsent(itemId, entry);
    }
    last = entry;
    return entry;
  }

  /** The item to send back: as {@code .done} gave it, completed from what came before. */
  private static @Nullable JsonNode item(Entry entry) {
    ObjectNode base = entry.done != null ? entry.done : entry.added;
    if (base == null) {
      return null;
    }
    if (!"function_call".equals(text(base, "type"))) {
      return base;
    }
    ObjectNode item = base;
    for (String field : new String[] {"call_id", "name", "id"}) {
      if (text(item, field) == null && entry.added != null && text(entry.added, field) != null) {
        item = copyOf(item, base);
        item.put(field, text(entry.added, field));
      }
    }
    String arguments = text(item, "arguments");
    if (arguments == null || arguments.isEmpty()) {
      String streamed =
          entry.argumentsDone != null ? entry.argumentsDone : entry.argumentDeltas.toString();
      if (!streamed.isEmpty() || arguments == null) {
        item = copyOf(item, base);
        item.put("arguments", streamed);
      }
    }
    return item;
  }

  private static ObjectNode copyOf(ObjectNode item, ObjectNode base) {
    return item == base ? base.deepCopy() : item;
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private static String write(JsonNode item) {
    try {
      return EventJson.MAPPER.writeValueAsString(item);
    } catch (JsonProcessingException e) {
      // A tree Jackson itself read can always be written.
      throw new UncheckedIOException(e);
    }
  }
}
