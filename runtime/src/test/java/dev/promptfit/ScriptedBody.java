package dev.promptfit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/** A chunked MockWebServer body written step by step: text (flushed), waits, latches. */
final class ScriptedBody implements MockResponseBody {
  private interface Step {
    void run(BufferedSink sink) throws IOException, InterruptedException;
  }

  private final List<Step> steps = new ArrayList<>();

  ScriptedBody write(String text) {
    steps.add(
        sink -> {
          sink.writeUtf8(text);
          sink.flush();
        });
    return this;
  }

  ScriptedBody await(CountDownLatch latch) {
    steps.add(sink -> latch.await(30, TimeUnit.SECONDS));
    return this;
  }

  ScriptedBody run(Runnable action) {
    steps.add(sink -> action.run());
    return this;
  }

  ScriptedBody sleep(long millis) {
    steps.add(sink -> Thread.sleep(millis));
    return this;
  }

  @Override
  public long getContentLength() {
    return -1;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    try {
      for (Step step : steps) {
        step.run(sink);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
