package dev.promptfit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Each return type, run to completion the way a user would, giving the text it delivered. */
enum Shape {
  TEXT(false) {
    @Override
    String run(TestAssistant a, String q, CallOptions o) {
      return a.text(q, o);
    }
  },
  REPLY(false) {
    @Override
    String run(TestAssistant a, String q, CallOptions o) {
      return a.reply(q, o).text();
    }
  },
  STREAM(true) {
    @Override
    String run(TestAssistant a, String q, CallOptions o) {
      try (Stream<String> deltas = a.stream(q, o)) {
        return deltas.collect(Collectors.joining());
      }
    }
  },
  PUBLISHER(true) {
    @Override
    String run(TestAssistant a, String q, CallOptions o) {
      return String.join("", collect(a.publisher(q, o)));
    }
  },
  REPLY_STREAM(true) {
    @Override
    String run(TestAssistant a, String q, CallOptions o) {
      try (ReplyStream stream = a.replyStream(q, o)) {
        String text = stream.text().collect(Collectors.joining());
        if (!stream.reply().text().equals(text)) {
          throw new AssertionError("deltas " + text + " != reply " + stream.reply().text());
        }
        return text;
      }
    }
  },
  FUTURE_TEXT(false) {
    @Override
    String run(TestAssistant a, String q, CallOptions o) {
      return join(a.futureText(q, o));
    }
  },
  FUTURE_REPLY(false) {
    @Override
    String run(TestAssistant a, String q, CallOptions o) {
      return join(a.futureReply(q, o)).text();
    }
  };

  final boolean streaming;

  Shape(boolean streaming) {
    this.streaming = streaming;
  }

  abstract String run(TestAssistant a, String q, CallOptions o);

  static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
    try {
      return future.get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new CompletionException(e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("future did not complete", e);
    }
  }

  /** Subscribes, asking for one delta at a time, and waits for the end. */
  static List<String> collect(Flow.Publisher<String> publisher) {
    List<String> items = new ArrayList<>();
    Throwable[] error = new Throwable[1];
    CountDownLatch done = new CountDownLatch(1);
    publisher.subscribe(
        new Flow.Subscriber<>() {
          private Flow.Subscription subscription;

          @Override
          public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
          }

          @Override
          public void onNext(String item) {
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
    if (error[0] instanceof RuntimeException r) {
      throw r;
    }
    if (error[0] != null) {
      throw new AssertionError(error[0]);
    }
    synchronized (items) {
      return List.copyOf(items);
    }
  }
}
