package dev.promptfit.testing;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * One step of a {@link FakeResponse} script: data only, played by {@link ResponsePlayer}. The
 * builder methods of the same names document what each does.
 */
sealed interface Step {

  /** Whether the body ends with this step: nothing after it is played. */
  default boolean ends() {
    return false;
  }

  record Write(byte[] bytes) implements Step {}

  record Pause(Duration duration) implements Step {}

  record Await(CountDownLatch latch, Duration timeout) implements Step {}

  record SendHeaders() implements Step {}

  record StreamError(String type, @Nullable String code, String message, boolean nested)
      implements Step {
    @Override
    public boolean ends() {
      return true;
    }
  }

  record EndBody() implements Step {
    @Override
    public boolean ends() {
      return true;
    }
  }

  record CutConnection() implements Step {
    @Override
    public boolean ends() {
      return true;
    }
  }
}
