package dev.promptfit.internal.endpoint;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptfit.internal.request.FilePart;
import dev.promptfit.internal.request.ImagePart;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.internal.request.Part;
import java.io.IOException;
import java.util.Map;

/**
 * Not API. The wire forms of attachments and of conversation state on both endpoints (FEATURES.md
 * sections 3 to 5).
 *
 * <ul>
 *   <li>Responses: an image is {@code {type: input_image, image_url, detail}}, a document {@code
 *       {type: input_file, filename, file_data}}; {@code previous_response_id} chains to a stored
 *       answer; a background response sends {@code background: true} and {@code store: true},
 *       which background mode requires.
 *   <li>Chat: an image is {@code {type: image_url, image_url: {url, detail}}}, a document {@code
 *       {type: file, file: {filename, file_data}}}; Chat has no server-side state.
 * </ul>
 */
final class ConversationWire {
  private ConversationWire() {}

  /** Writes an attachment part in its Responses form; false for a part that is not one. */
  static boolean responsesPart(JsonGenerator g, Part part) throws IOException {
    if (part instanceof ImagePart image) {
      g.writeStartObject();
      g.writeStringField("type", "input_image");
      g.writeStringField("image_url", image.url());
      g.writeStringField("detail", image.detail());
      g.writeEndObject();
      return true;
    }
    if (part instanceof FilePart file) {
      g.writeStartObject();
      g.writeStringField("type", "input_file");
      g.writeStringField("filename", file.filename());
      g.writeStringField("file_data", file.dataUrl());
      g.writeEndObject();
      return true;
    }
    return false;
  }

  /** Writes an attachment part in its Chat form; false for a part that is not one. */
  static boolean chatPart(JsonGenerator g, Part part) throws IOException {
    if (part instanceof ImagePart image) {
      g.writeStartObject();
      g.writeStringField("type", "image_url");
      g.writeObjectFieldStart("image_url");
      g.writeStringField("url", image.url());
      g.writeStringField("detail", image.detail());
      g.writeEndObject();
      g.writeEndObject();
      return true;
    }
    if (part instanceof FilePart file) {
      g.writeStartObject();
      g.writeStringField("type", "file");
      g.writeObjectFieldStart("file");
      g.writeStringField("filename", file.filename());
      g.writeStringField("file_data", file.dataUrl());
      g.writeEndObject();
      g.writeEndObject();
      return true;
    }
    return false;
  }

  /**
   * Writes Responses {@code previous_response_id}, {@code background} and {@code store}, each
   * unless {@code extraBody} sets it. A background request always stores its response: a caller's
   * {@code "store": false} beside it is refused before the request is made.
   */
  static void responsesState(JsonGenerator g, LlmRequest r, Map<String, Object> extra)
      throws IOException {
    JsonBody.string(
        g,
        "previous_response_id",
        JsonBody.unlessExtra(extra, "previous_response_id", r.previousResponseId()));
    if (r.background()) {
      if (!extra.containsKey("background")) {
        g.writeBooleanField("background", true);
      }
      if (!extra.containsKey("store")) {
        g.writeBooleanField("store", true);
      }
    }
  }
}
