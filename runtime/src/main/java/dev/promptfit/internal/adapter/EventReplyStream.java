package dev.promptfit.internal.adapter;

import dev.promptfit.Reply;
import dev.promptfit.ReplyStream;
import dev.promptfit.StreamEvent;
import dev.promptfit.internal.call.Turn;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The {@link ReplyStream} over one turn's events. It can be iterated once; {@link
 * #reply()} reads what the iteration left and remembers the final reply.
 */
final class EventReplyStream implements ReplyStream {
  private final Turn turn;
  private final Runnable release;
  private @Nullable StreamEvent peeked;
  private @Nullable Reply reply;
  private boolean iterated;

  /** {@code turn} must keep its text: a ReplyStream hands out the whole Reply. */
  EventReplyStream(Turn turn) {
    this.turn = turn;
    // Dropped unclosed and unfinished, the stream still releases its call once it is garbage.
    this.release = Abandoned.releaseWhenUnreachable(this, turn::close);
  }

  @Override
  public Iterator<StreamEvent> iterator() {
    if (iterated) {
      throw new IllegalStateException(
          turn.failures().method()
              + ": a ReplyStream can be iterated once; it was already iterated or read with text()");
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (peeked == null) {
          peeked = pull();
        }
        return peeked != null;
      }

      @Override
      public StreamEvent next() {
        if (!hasNext()) {
          throw new NoSuchElementException("the stream is over");
        }
        StreamEvent event = peeked;
        peeked = null;
        return event;
      }
    };
  }

  @Override
  public Stream<String> text() {
    Iterator<StreamEvent> all = iterator();
    return ElementSpliterator.stream(
        () -> all.hasNext() ? all.next() : null, ElementDecoder.text(), this::close);
  }

  @Override
  public Reply reply() {
    if (reply == null) {
      if (peeked != null) {
        peeked = null;
      }
      iterated = true;
      while (reply == null) {
        if (pull() == null) {
          throw new IllegalStateException(turn.failures().method() + ": the stream ended without a reply");
        }
      }
    }
    return reply;
  }

  @Override
  public void close() {
    release.run();
  }

  private @Nullable StreamEvent pull() {
    StreamEvent event = turn.next();
    if (event instanceof StreamEvent.Completed completed) {
      reply = completed.reply();
    }
    return event;
  }

  @Override
  public String toString() {
    return "ReplyStream{" + (reply != null ? "completed" : "open") + "}";
  }
}
