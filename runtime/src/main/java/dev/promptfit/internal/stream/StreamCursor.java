package dev.promptfit.internal.stream;

import org.jspecify.annotations.Nullable;

/**
 * Not API. Where a Responses stream has got to, for a background response that must be resumed or
 * cancelled: the response's id (from {@code response.created}, or any event carrying the
 * response), the {@code sequence_number} of the last event decoded whole, and whether a terminal
 * event came. A resume asks for the events after that number, so no delta is repeated or lost.
 *
 * <p>The sequence number is read and written on the thread reading the stream; the id and the end
 * are also read by a thread that cancels the call.
 */
public final class StreamCursor {
  private volatile @Nullable String responseId;
  private volatile boolean ended;
  private long sequence = -1;

  /** The response's id, once an event carried it. */
  public @Nullable String responseId() {
    return responseId;
  }

  /** The {@code sequence_number} of the last event decoded whole; -1 before any. */
  public long sequence() {
    return sequence;
  }

  /** Whether a terminal event ({@code response.completed}, {@code .failed}, ...) was read. */
  public boolean ended() {
    return ended;
  }

  void responseId(String id) {
    if (responseId == null && !id.isEmpty()) {
      responseId = id;
    }
  }

  void sequence(long sequence) {
    this.sequence = sequence;
  }

  void end() {
    ended = true;
  }

  @Override
  public String toString() {
    return "StreamCursor{" + responseId + " after " + sequence + (ended ? ", ended" : "") + "}";
  }
}
