package dev.promptfit.internal.listen;

import dev.promptfit.PromptfitListener;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The state listeners keep on a call or a tool run, by {@link PromptfitListener.Key}. Made
 * on the first put, so a call whose listeners keep nothing allocates nothing; it lives exactly as
 * long as the call or run that holds it, so an abandoned stream leaks nothing.
 */
final class Attachments {
  private volatile @Nullable Map<PromptfitListener.Key<?>, Object> values;

  @SuppressWarnings("unchecked") // put() stores only a T under a Key<T>.
  <T> @Nullable T get(PromptfitListener.Key<T> key) {
    Objects.requireNonNull(key, "key");
    Map<PromptfitListener.Key<?>, Object> map = values;
    return map == null ? null : (T) map.get(key);
  }

  <T> void put(PromptfitListener.Key<T> key, @Nullable T value) {
    Objects.requireNonNull(key, "key");
    Map<PromptfitListener.Key<?>, Object> map = values;
    if (map == null) {
      if (value == null) {
        return;
      }
      synchronized (this) {
        map = values;
        if (map == null) {
          map = new ConcurrentHashMap<>(4);
          values = map;
        }
      }
    }
    if (value == null) {
      map.remove(key);
    } else {
      map.put(key, value);
    }
  }
}
