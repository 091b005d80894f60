package dev.promptfit.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One SSE event of a rendered stream, not yet framed: a Responses event ({@code event:} line and a
 * {@code sequence_number} filled in when framed), a Chat chunk ({@code data:} only) or a raw
 * {@code data: [DONE]}. Its {@link Kind} lets the player find where script steps run.
 */
record WireEvent(@Nullable String name, @Nullable ObjectNode json, String raw, Kind kind) {

  enum Kind {
    /** Any event that neither carries a delta nor starts the end of the stream. */
    OTHER,
    /** Carries one delta: text, refusal, reasoning or tool-call arguments. */
    DELTA,
    /** The first event of the stream's ending: the terminal event, or Chat's finish chunk. */
    END
  }

  /** A Responses event: named by its {@code type}, numbered when framed. */
  static WireEvent responses(ObjectNode json, Kind kind) {
    return new WireEvent(json.get("type").asText(), json, "", kind);
  }

  /** A Chat chunk or error object: a {@code data:} line only. */
  static WireEvent data(ObjectNode json, Kind kind) {
    return new WireEvent(null, json, "", kind);
  }

  /** Sent exactly as given. */
  static WireEvent raw(String text) {
    return new WireEvent(null, null, text, Kind.OTHER);
  }

  /**
   * The framed event. An event with a {@code sequence_number} key gets {@code sequence}; the key
   * keeps its place, right after {@code type} as in most recordings.
   */
  String frame(int sequence) {
    if (json == null) {
      return raw;
    }
    if (json.has("sequence_number")) {
      json.put("sequence_number", sequence);
    }
    String data = "data: " + Json.write(json) + "\n\n";
    return name == null ? data : "event: " + name + "\n" + data;
  }

  /** Frames every event, numbering them from {@code firstSequence} in order. */
  static List<String> frameAll(List<WireEvent> events, int firstSequence) {
    List<String> frames = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      frames.add(events.get(i).frame(firstSequence + i));
    }
    return frames;
  }
}
