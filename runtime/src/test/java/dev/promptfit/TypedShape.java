package dev.promptfit;

import dev.promptfit.TypedAssistant.Meeting;
import dev.promptfit.TypedAssistant.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The typed return types of {@link TypedAssistant}, run to completion the way a user would: the
 * four one-value shapes of a {@link Meeting}, and the two element shapes of {@link Person}s.
 */
final class TypedShape {
  private TypedShape() {}

  /**
   * {@code T}, {@code Result<T>}, {@code CompletableFuture<T>}, {@code
   * CompletableFuture<Result<T>>}.
   */
  enum OneValue {
    VALUE {
      @Override
      Result<Meeting> run(TypedAssistant a, String q, CallOptions o) {
        return new Result<>(a.meeting(q, o), Reply.builder().build());
      }
    },
    RESULT {
      @Override
      Result<Meeting> run(TypedAssistant a, String q, CallOptions o) {
        return a.meetingResult(q, o);
      }
    },
    FUTURE {
      @Override
      Result<Meeting> run(TypedAssistant a, String q, CallOptions o) {
        return new Result<>(Shape.join(a.meetingLater(q, o)), Reply.builder().build());
      }
    },
    FUTURE_RESULT {
      @Override
      Result<Meeting> run(TypedAssistant a, String q, CallOptions o) {
        return Shape.join(a.meetingResultLater(q, o));
      }
    };

    /** The value, with the reply where the shape has one (else an empty one). */
    abstract Result<Meeting> run(TypedAssistant a, String q, CallOptions o);

    boolean hasReply() {
      return this == RESULT || this == FUTURE_RESULT;
    }
  }

  /** {@code Stream<Person>} and {@code Flow.Publisher<Person>}. */
  enum Elements {
    STREAM {
      @Override
      List<Person> run(TypedAssistant a, String q, CallOptions o) {
        try (Stream<Person> people = a.people(q, o)) {
          return people.toList();
        }
      }
    },
    PUBLISHER {
      @Override
      List<Person> run(TypedAssistant a, String q, CallOptions o) {
        return collect(a.peoplePublished(q, o));
      }
    };

    abstract List<Person> run(TypedAssistant a, String q, CallOptions o);
  }

  /**
   * Subscribes, asking for one element at a time, and waits for the end; the elements received
   * before a failure are in the {@link Failed} it throws.
   */
  static <E> List<E> collect(Flow.Publisher<E> publisher) {
    List<E> items = new ArrayList<>();
    Throwable[] error = new Throwable[1];
    CountDownLatch done = new CountDownLatch(1);
    publisher.subscribe(
        new Flow.Subscriber<E>() {
          private Flow.Subscription subscription;

          @Override
          public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
          }

          @Override
          public void onNext(E item) {
            synchronized (items) {
              items.add(item);
            }
            subscription.request(1);
          }

          @Override
          public void onError(Throwable t) {
            error[0] = t;
            done.countDown();
          }

          @Override
          public void onComplete() {
            done.countDown();
          }
        });
    try {
      if (!done.await(20, TimeUnit.SECONDS)) {
        throw new AssertionError("publisher did not finish");
      }
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    synchronized (items) {
      if (error[0] != null) {
        throw new Failed(List.copyOf(items), error[0]);
      }
      return List.copyOf(items);
    }
  }

  /** What a publisher delivered before it failed, and the failure. */
  static final class Failed extends RuntimeException {
    final List<?> delivered;

    Failed(List<?> delivered, Throwable cause) {
      super(cause);
      this.delivered = delivered;
    }
  }
}
