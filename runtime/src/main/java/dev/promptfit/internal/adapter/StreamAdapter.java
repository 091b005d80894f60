package dev.promptfit.internal.adapter;

import dev.promptfit.StreamEvent;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * Not API. {@code Stream<String>}: text deltas, pulled lazily on the consuming thread. The call
 * starts with the terminal operation; closing the stream cancels it.
 */
final class StreamAdapter extends PromptCallAdapter<Stream<String>> {

  StreamAdapter(CallContext context) {
    super(context);
  }

  @Override
  public boolean streaming() {
    return true;
  }

  @Override
  public Stream<String> adapt(Call<ResponseBody> call) {
    ReplyEvents events = context.events(call);
    return textDeltas(events::next, events::close).onClose(events::close);
  }

  /**
   * The text deltas of a source of events, as a sequential ordered stream. If the consumer throws,
   * {@code release} runs before the consumer's exception propagates unchanged: a caller who
   * forgot try-with-resources must not leave the call running and its connection held.
   */
  static Stream<String> textDeltas(EventSupplier events, Runnable release) {
    Spliterator<String> deltas =
        new Spliterators.AbstractSpliterator<String>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super String> action) {
            for (StreamEvent event; (event = events.next()) != null; ) {
              String text = answerText(event);
              if (text != null) {
                try {
                  action.accept(text);
                } catch (RuntimeException | Error consumerFailure) {
                  release.run();
                  throw consumerFailure;
                }
                return true;
              }
            }
            return false;
          }
        };
    return StreamSupport.stream(deltas, false);
  }

  /**
   * The text an event adds to the answer the user reads: text deltas, and refusal deltas, since a
   * refusal is the whole answer when the model gives one (so a refused stream is never silently
   * empty, and it matches {@code Reply.text()} of the same call). Null for other events.
   */
  static @org.jspecify.annotations.Nullable String answerText(StreamEvent event) {
    if (event instanceof StreamEvent.TextDelta delta) {
      return delta.text();
    }
    if (event instanceof StreamEvent.RefusalDelta refusal) {
      return refusal.text();
    }
    return null;
  }

  /** The next event, or null at the end. */
  @FunctionalInterface
  interface EventSupplier {
    @org.jspecify.annotations.Nullable StreamEvent next();
  }
}
