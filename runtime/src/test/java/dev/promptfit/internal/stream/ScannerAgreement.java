package dev.promptfit.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The oracle for the scanners: on any bytes, a scanner either leaves the event to Jackson or reads
 * exactly what Jackson reads. Used by {@link ScannerAgreementTest} and the fuzz target.
 */
final class ScannerAgreement {
  private ScannerAgreement() {}

  /** What the Responses decoder takes from an event. */
  record ResponsesFields(
      ResponsesEventKind kind, boolean typed, @Nullable String delta, long sequenceNumber) {
    static ResponsesFields of(ResponsesEvent event) {
      return new ResponsesFields(event.kind, event.typed, event.delta, event.sequenceNumber);
    }
  }

  /** What the Chat decoder takes from a chunk the scanner may read. */
  record ChatFields(
      @Nullable String id,
      @Nullable String model,
      @Nullable String content,
      @Nullable String refusal,
      @Nullable String reasoning,
      @Nullable String finishReason) {
    static ChatFields of(ChatChunkReader chunk) {
      return new ChatFields(
          chunk.id, chunk.model, chunk.content, chunk.refusal, chunk.reasoning, chunk.finishReason);
    }
  }

  /** Checks the Responses scanner on {@code bytes}; returns whether it read them. */
  static boolean checkResponses(byte[] bytes) {
    ResponsesEvent scanned = new ResponsesEvent();
    if (!new ResponsesEventScanner().scan(bytes, bytes.length, scanned)) {
      return false;
    }
    ResponsesEvent read = new ResponsesEvent();
    try (JsonParser parser = EventJson.parser(bytes, bytes.length)) {
      assertEquals(JsonToken.START_OBJECT, parser.nextToken(), () -> describe(bytes));
      read.read(parser, true, true);
    } catch (IOException e) {
      throw new AssertionError("scanned, but Jackson fails: " + e + " on " + describe(bytes), e);
    }
    assertEquals(ResponsesFields.of(read), ResponsesFields.of(scanned), () -> describe(bytes));
    assertEquals(false, read.hasError, () -> "scanned an error: " + describe(bytes));
    assertEquals(null, read.response, () -> "scanned a response: " + describe(bytes));
    return true;
  }

  /** Whether Jackson reads {@code bytes} as a Responses text delta. */
  static boolean isTextDelta(byte[] bytes) {
    ResponsesEvent read = new ResponsesEvent();
    try (JsonParser parser = EventJson.parser(bytes, bytes.length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      read.read(parser, true, true);
    } catch (IOException e) {
      return false;
    }
    return read.kind == ResponsesEventKind.TEXT_DELTA && !read.hasError && read.response == null;
  }

  /**
   * Whether Jackson reads {@code bytes} as a Chat chunk with at most text, nothing else a reply
   * uses (no finish reason, refusal, reasoning, usage or error).
   */
  static boolean isPlainChatDelta(byte[] bytes) {
    ChatChunkReader read = new ChatChunkReader();
    read.reset();
    try (JsonParser parser = EventJson.parser(bytes, bytes.length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      read.read(parser, false, false);
    } catch (IOException e) {
      return false;
    }
    return read.refusal == null
        && read.reasoning == null
        && read.finishReason == null
        && read.usage == null
        && read.vendorUsage == null
        && read.error == null;
  }

  /** Checks the Chat scanner on {@code bytes}, asking for id and model or not. */
  static boolean checkChat(byte[] bytes, boolean wantIdAndModel) {
    ChatChunkReader scanned = new ChatChunkReader();
    scanned.reset();
    if (!new ChatChunkScanner().scan(bytes, bytes.length, scanned, wantIdAndModel, wantIdAndModel)) {
      return false;
    }
    ChatChunkReader read = new ChatChunkReader();
    read.reset();
    try (JsonParser parser = EventJson.parser(bytes, bytes.length)) {
      assertEquals(JsonToken.START_OBJECT, parser.nextToken(), () -> describe(bytes));
      read.read(parser, wantIdAndModel, wantIdAndModel);
    } catch (IOException e) {
      throw new AssertionError("scanned, but Jackson fails: " + e + " on " + describe(bytes), e);
    }
    assertEquals(ChatFields.of(read), ChatFields.of(scanned), () -> describe(bytes));
    assertEquals(
        true,
        read.usage == null && read.vendorUsage == null && read.error == null,
        () -> "scanned usage or an error: " + describe(bytes));
    return true;
  }

  static String describe(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    for (byte b : bytes) {
      int c = b & 0xFF;
      s.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02X", c));
    }
    return Objects.toString(s);
  }
}
