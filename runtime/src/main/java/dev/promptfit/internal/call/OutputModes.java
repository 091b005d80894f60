package dev.promptfit.internal.call;

import dev.promptfit.StructuredOutput;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Not API. How one client sends typed answers' schemas: the configured {@link StructuredOutput},
 * the number of repairs, and, under {@link StructuredOutput#AUTO}, the mode each model of the
 * client's base URL was found to accept. A client has one base URL, so the model is the key.
 */
public final class OutputModes {
  /** The defaults: {@link StructuredOutput#AUTO}, one repair. */
  public static final int DEFAULT_REPAIRS = 1;

  private final StructuredOutput configured;
  private final int repairs;
  private final Map<String, StructuredOutput> learned = new ConcurrentHashMap<>();

  /**
   * @param configured the builder's mode
   * @param repairs how often an answer that did not parse is asked again, outside strict mode
   */
  public OutputModes(StructuredOutput configured, int repairs) {
    this.configured = Objects.requireNonNull(configured, "configured");
    if (repairs < 0) {
      throw new IllegalArgumentException("repairs must be 0 or more, was " + repairs);
    }
    this.repairs = repairs;
  }

  /** The mode a call to {@code model} starts with; never {@link StructuredOutput#AUTO}. */
  StructuredOutput first(String model) {
    if (configured != StructuredOutput.AUTO) {
      return configured;
    }
    return learned.getOrDefault(model, StructuredOutput.JSON_SCHEMA);
  }

  /** Whether a refused format falls back to the next mode ({@link StructuredOutput#AUTO}). */
  boolean fallsBack() {
    return configured == StructuredOutput.AUTO;
  }

  /** The mode after {@code mode} in the fallback chain, or null after the last. */
  static @Nullable StructuredOutput after(StructuredOutput mode) {
    return switch (mode) {
      case AUTO, JSON_SCHEMA -> StructuredOutput.JSON_OBJECT;
      case JSON_OBJECT -> StructuredOutput.INSTRUCTIONS;
      case INSTRUCTIONS -> null;
    };
  }

  /** Remembers that {@code model} answered a request sent in {@code mode}. */
  void learned(String model, StructuredOutput mode) {
    learned.put(model, mode);
  }

  /** How often an answer that did not parse is asked again. */
  int repairs() {
    return repairs;
  }

  @Override
  public String toString() {
    return "OutputModes{" + configured + ", repairs=" + repairs + ", learned=" + learned + "}";
  }
}
