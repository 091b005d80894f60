package dev.promptfit.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.promptfit.internal.sse.ChunkedSource;
import dev.promptfit.internal.sse.SseReader;
import java.io.IOException;
import dev.promptfit.internal.sse.SseLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Coverage-guided fuzzing of the SSE reader and both event decoders, the code that parses bytes a
 * hostile or broken server controls. Oracles: the only failure is a {@link
 * dev.promptfit.StreamException} (anything else, an {@code IOException} from an in-memory source
 * included, is a finding), the reader's own contract ({@link Outcome#of}: exactly one {@code
 * Completed}, last, nothing after the end), and chunking invariance: the same bytes read whole and
 * split at fuzzer-chosen points give the same events and the same failure.
 *
 * <p>Two more targets check the fast and the streaming paths against the plain one: the scanners
 * read exactly what Jackson reads or leave the event to it, and an event decodes the same whether
 * it is held whole or, past the SSE reader's limit, parsed as it arrives.
 *
 * <p>Without {@code JAZZER_FUZZ=1} only the seeds in {@code SseFuzzTestInputs/} run, as ordinary
 * tests. To fuzz one target: {@code JAZZER_FUZZ=1 mvn -pl runtime test
 * -Dtest=SseFuzzTest#scannersReadWhatJacksonReads}.
 */
class SseFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void eventStreamsParseTheSameHoweverTheyAreChunked(FuzzedDataProvider data) {
    boolean chat = data.consumeBoolean();
    int[] sizes = new int[data.consumeInt(1, 8)];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = data.consumeInt(0, 64);
    }
    if (sizes[sizes.length - 1] == 0) {
      sizes[sizes.length - 1] = 1; // ChunkedSource repeats the last size; 0 forever never ends
    }
    byte[] bytes = data.consumeRemainingAsBytes();
    BiFunction<BufferedSource, @Nullable String, EventReader> reader =
        chat ? Outcome.CHAT : Outcome.RESPONSES;

    Outcome whole = Outcome.of(reader.apply(new Buffer().write(bytes), "req_fuzz"));
    Outcome split = Outcome.of(reader.apply(ChunkedSource.of(bytes, sizes), "req_fuzz"));
    assertEquals(whole, split, "the outcome depends on how the bytes were chunked");
    assertEquals(frames(new Buffer().write(bytes)), frames(ChunkedSource.of(bytes, sizes)));
  }

  @FuzzTest(maxDuration = "5m")
  void scannersReadWhatJacksonReads(byte[] data) {
    ScannerAgreement.checkResponses(data);
    ScannerAgreement.checkChat(data, true);
    ScannerAgreement.checkChat(data, false);
  }

  /**
   * The first byte picks the endpoint (bit 0) and the reader's limit (the rest); then the body,
   * read whole and in small random reads.
   */
  @FuzzTest(maxDuration = "5m")
  void largeEventsDecodeLikeHeldOnes(byte[] data) {
    if (data.length == 0) {
      return;
    }
    boolean chat = (data[0] & 1) != 0;
    long limit = (data[0] & 0xFF) >> 1;
    byte[] body = Arrays.copyOfRange(data, 1, data.length);
    if (SseLines.fieldAfterData(body)) {
      return; // such fields come too late for a large event, by design
    }
    Outcome held =
        Outcome.of(LargeEventDecodingTest.reader(new Buffer().write(body), chat, true, 1 << 20));
    Outcome large =
        Outcome.of(LargeEventDecodingTest.reader(new Buffer().write(body), chat, true, limit));
    assertEquals(held, large, "limit " + limit);
    BufferedSource chunked = ChunkedSource.random(body, data[0], 16);
    assertEquals(
        held,
        Outcome.of(LargeEventDecodingTest.reader(chunked, chat, true, limit)),
        "chunked, limit " + limit);
  }

  /** The raw SSE frames (type, id, retry, data) the reader sees. */
  private static List<String> frames(BufferedSource source) {
    List<String> frames = new ArrayList<>();
    try (SseReader sse = new SseReader(source)) {
      while (sse.next()) {
        frames.add(
            sse.eventType() + "|" + sse.lastEventId() + "|" + sse.retryMillis() + "|"
                + sse.data().snapshot().hex());
      }
    } catch (IOException e) {
      throw new AssertionError("an in-memory source cannot fail", e);
    }
    return frames;
  }
}
