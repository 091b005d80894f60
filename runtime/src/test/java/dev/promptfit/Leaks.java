package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;

/**
 * OkHttp's own leak checks, as its test rule does them: after {@code evictAll()} no connection may
 * remain (an in-use, leaked one survives eviction), no call may still run, and after garbage
 * collection OkHttp's pool must not report "A connection to ... was leaked" on its JUL logger.
 */
final class Leaks implements AutoCloseable {
  private static final Logger OKHTTP = Logger.getLogger("okhttp3.OkHttpClient");
  private final List<String> leaked = new ArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          String message = String.valueOf(record.getMessage());
          if (message.contains("leaked")) {
            synchronized (leaked) {
              leaked.add(message);
            }
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final OkHttpClient client;

  /** Starts listening to OkHttp's logger; {@code client} is the one whose pool is checked. */
  Leaks(OkHttpClient client) {
    this.client = client;
    OKHTTP.addHandler(handler);
    OKHTTP.setLevel(Level.ALL);
  }

  /** Polls briefly: a cancelled call's connection is released by the thread that read it. */
  void assertNothingLeft() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      client.connectionPool().evictAll();
      boolean idle =
          client.connectionPool().connectionCount() == 0
              && client.dispatcher().runningCallsCount() == 0
              && client.dispatcher().queuedCallsCount() == 0;
      if (idle || System.nanoTime() > deadline) {
        break;
      }
      sleep(20);
    }
    assertEquals(0, client.connectionPool().connectionCount(), "a connection is still in use");
    assertEquals(0, client.dispatcher().runningCallsCount(), "a call is still running");
    assertEquals(0, client.dispatcher().queuedCallsCount(), "a call is still queued");
    // A body nobody closed is found only once its call is garbage: collect, then let the pool look.
    for (int i = 0; i < 3; i++) {
      System.gc();
      sleep(50);
      client.connectionPool().evictAll();
    }
    synchronized (leaked) {
      assertEquals(List.of(), leaked, "OkHttp reported a leaked connection");
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    OKHTTP.removeHandler(handler);
  }
}
