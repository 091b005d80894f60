package dev.promptfit;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The tool class of the runtime's tool tests; {@link PromptfitTools_TestTools} is its binder,
 * written by hand in the shape the processor generates. Latches let a test hold a tool and see
 * whether it was interrupted.
 */
public final class TestTools {
  /** A day of a forecast: a record argument and result. */
  public record Day(String city, int day, double high) {}

  final List<String> calls = new CopyOnWriteArrayList<>();
  final Map<String, CountDownLatch> started = new ConcurrentHashMap<>();
  final Map<String, CountDownLatch> release = new ConcurrentHashMap<>();
  final Map<String, CountDownLatch> finished = new ConcurrentHashMap<>();
  final CountDownLatch interrupted = new CountDownLatch(1);
  volatile String failure = "no such city";
  volatile Error fatal;

  /** Current temperature in a city, in degrees Celsius. */
  public double temperature(String city, String country) {
    calls.add("temperature(" + city + ", " + country + ")");
    return city.length() + 0.5;
  }

  /** Daily forecast for the next days. */
  public List<Day> forecast(String city, int days) {
    calls.add("forecast(" + city + ", " + days + ")");
    return java.util.stream.IntStream.rangeClosed(1, days)
        .mapToObj(d -> new Day(city, d, 20 + d))
        .toList();
  }

  /** Throws {@link #fatal} if set, else a checked exception whose message is {@link #failure}. */
  public String lookup(String city) throws IOException {
    calls.add("lookup(" + city + ")");
    if (fatal != null) {
      throw fatal;
    }
    throw new IOException(failure);
  }

  /** Waits for its latch; marks {@link #interrupted} when interrupted instead. */
  public String hold(String key) throws InterruptedException {
    calls.add("hold(" + key + ")");
    started.computeIfAbsent(key, k -> new CountDownLatch(1)).countDown();
    try {
      if (!release.computeIfAbsent(key, k -> new CountDownLatch(1)).await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("hold(" + key + ") was never released");
      }
    } catch (InterruptedException e) {
      interrupted.countDown();
      throw e;
    }
    finished(key).countDown();
    return "held " + key;
  }

  /** Nothing to return. */
  public void reset() {
    calls.add("reset()");
  }

  CountDownLatch started(String key) {
    return started.computeIfAbsent(key, k -> new CountDownLatch(1));
  }

  CountDownLatch finished(String key) {
    return finished.computeIfAbsent(key, k -> new CountDownLatch(1));
  }

  CountDownLatch release(String key) {
    return release.computeIfAbsent(key, k -> new CountDownLatch(1));
  }
}
