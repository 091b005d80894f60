package dev.promptfit.internal;

import dev.promptfit.annotation.Api;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Everything the annotations of one interface method said, resolved at compile time
 * (method wins over interface), held in a constant of the generated class.
 *
 * <pre><code>
 * private static final PromptMethod&lt;Stream&lt;String&gt;&gt; ASK =
 *     PromptMethod.&lt;Stream&lt;String&gt;&gt;builder(
 *             "Assistant", "ask", Types.parameterized(Stream.class, String.class))
 *         .model("gpt-5.2")
 *         .api(Api.CHAT_COMPLETIONS)
 *         .temperature(0.2)
 *         .build();
 * </code></pre>
 *
 * @param <T> the method's return type, which {@code returnType} describes
 */
public final class PromptMethod<T> {
  private final String interfaceName;
  private final String methodName;
  private final Type returnType;
  private final String model;
  private final Api api;
  private final @Nullable Double temperature;
  private final @Nullable Double topP;
  private final @Nullable Integer maxOutputTokens;
  private final @Nullable String reasoningEffort;
  private final @Nullable String outputSchemaName;
  private final @Nullable String outputSchema;

  private PromptMethod(Builder<T> b) {
    this.interfaceName = b.interfaceName;
    this.methodName = b.methodName;
    this.returnType = b.returnType;
    this.model = Objects.requireNonNull(b.model, "model");
    this.api = b.api;
    this.temperature = b.temperature;
    this.topP = b.topP;
    this.maxOutputTokens = b.maxOutputTokens;
    this.reasoningEffort = b.reasoningEffort;
    this.outputSchemaName = b.outputSchemaName;
    this.outputSchema = b.outputSchema;
    this.tools = List.copyOf(b.tools);
    this.background = b.background;
  }

  /**
   * Starts a descriptor.
   *
   * @param interfaceName the interface's simple name, nested names joined with {@code .}
   * @param methodName the method's name
   * @param returnType the method's generic return type
   */
  public static <T> Builder<T> builder(String interfaceName, String methodName, Type returnType) {
    return new Builder<>(interfaceName, methodName, returnType);
  }

  /** The interface's simple name, e.g. {@code Assistant} or {@code Outer.Inner}. */
  public String interfaceName() {
    return interfaceName;
  }

  /** The method's name. */
  public String methodName() {
    return methodName;
  }

  /** {@code Assistant.translate}, as error messages name the method. */
  public String displayName() {
    return interfaceName + "." + methodName;
  }

  /** The generic return type the call adapter must produce. */
  public Type returnType() {
    return returnType;
  }

  /** The model from {@code @Model}. */
  public String model() {
    return model;
  }

  /** The endpoint from {@code @Model(api = ...)}; {@link Api#DEFAULT} defers to the client. */
  public Api api() {
    return api;
  }

  /** {@code @Temperature}, or null. */
  public @Nullable Double temperature() {
    return temperature;
  }

  /** {@code @TopP}, or null. */
  public @Nullable Double topP() {
    return topP;
  }

  /** {@code @MaxOutputTokens}, or null. */
  public @Nullable Integer maxOutputTokens() {
    return maxOutputTokens;
  }

  /** {@code @ReasoningEffort}, or null. */
  public @Nullable String reasoningEffort() {
    return reasoningEffort;
  }

  /**
   * The {@code name} of the answer's JSON schema on the wire ({@code text.format.name}, {@code
   * json_schema.name}), such as {@code Extractor_invoice}; null for a method that answers in text.
   */
  public @Nullable String outputSchemaName() {
    return outputSchemaName;
  }

  /**
   * The strict JSON schema of the answer, as compact JSON, already wrapped as the wire needs (see
   * {@link Builder#outputSchema}); null for a method that answers in text.
   */
  public @Nullable String outputSchema() {
    return outputSchema;
  }

  // Tools (API.md section 8), kept together at the end.
  private final List<ToolBinder<?>> tools;

  /** The binders of the tool classes {@code @Tools} lists for this method; empty for none. */
  public List<ToolBinder<?>> tools() {
    return tools;
  }

  // Background responses (API.md section 12), kept together at the end.
  private final boolean background;

  /** Whether {@code @Background} is on the method or its interface. */
  public boolean background() {
    return background;
  }

  @Override
  public String toString() {
    return "PromptMethod{" + displayName() + " -> " + returnType.getTypeName() + "}";
  }

  /** Builds a {@link PromptMethod}; generated code sets only what the annotations said. */
  public static final class Builder<T> {
    private final String interfaceName;
    private final String methodName;
    private final Type returnType;
    private @Nullable String model;
    private Api api = Api.DEFAULT;
    private @Nullable Double temperature;
    private @Nullable Double topP;
    private @Nullable Integer maxOutputTokens;
    private @Nullable String reasoningEffort;
    private @Nullable String outputSchemaName;
    private @Nullable String outputSchema;

    private Builder(String interfaceName, String methodName, Type returnType) {
      this.interfaceName = Objects.requireNonNull(interfaceName, "interfaceName");
      this.methodName = Objects.requireNonNull(methodName, "methodName");
      this.returnType = Objects.requireNonNull(returnType, "returnType");
    }

    /** {@code @Model(value)}. */
    public Builder<T> model(String model) {
      this.model = model;
      return this;
    }

    /** {@code @Model(api)}. */
    public Builder<T> api(Api api) {
      this.api = api;
      return this;
    }

    /** {@code @Temperature}. */
    public Builder<T> temperature(double temperature) {
      this.temperature = temperature;
      return this;
    }

    /** {@code @TopP}. */
    public Builder<T> topP(double topP) {
      this.topP = topP;
      return this;
    }

    /** {@code @MaxOutputTokens}. */
    public Builder<T> maxOutputTokens(int maxOutputTokens) {
      this.maxOutputTokens = maxOutputTokens;
      return this;
    }

    /** {@code @ReasoningEffort}. */
    public Builder<T> reasoningEffort(String reasoningEffort) {
      this.reasoningEffort = reasoningEffort;
      return this;
    }

    /**
     * The answer of a typed method (API.md section 7): its strict JSON schema, written by the
     * processor, and the schema's name on the wire.
     *
     * <p>The schema's root is always an object, as strict mode wants, and which wrapper it has
     * follows from {@link #returnType} alone. Take {@code T} from {@code T}, {@code Result<T>},
     * {@code CompletableFuture<T>} or {@code CompletableFuture<Result<T>>}:
     *
     * <ul>
     *   <li>{@code T}'s class is a record: no wrapper, the answer is the record's object;
     *   <li>{@code T} is a {@code List}, {@code Set} or array: {@code {"items": [...]}};
     *   <li>any other {@code T} (an enum, a scalar, a date, a sealed interface, an {@code
     *       Optional}, a primitive): {@code {"value": ...}}, the value possibly null for an
     *       {@code Optional};
     *   <li>{@code Stream<E>} and {@code Flow.Publisher<E>}: {@code {"items": [...]}}, each item
     *       one element.
     * </ul>
     *
     * <p>A sealed interface's records carry a {@code "type"} property first whose value is the
     * record's {@code @JsonTypeName}, else its simple name. Shared and recursive types are in
     * {@code $defs}.
     *
     * @param name the {@code json_schema} name, {@code <Interface>_<method>} made to match {@code
     *     [a-zA-Z0-9_-]{1,64}} and unique within the interface
     * @param schemaJson the schema as compact JSON
     */
    public Builder<T> outputSchema(String name, String schemaJson) {
      this.outputSchemaName = Objects.requireNonNull(name, "name");
      this.outputSchema = Objects.requireNonNull(schemaJson, "schemaJson");
      return this;
    }

    // Tools (API.md section 8), kept together at the end.
    private final List<ToolBinder<?>> tools = new ArrayList<>();

    /** {@code @Tools}: the generated binder of each listed tool class, in the order listed. */
    public Builder<T> tools(ToolBinder<?>... binders) {
      for (ToolBinder<?> binder : binders) {
        tools.add(Objects.requireNonNull(binder, "binder"));
      }
      return this;
    }

    // Background responses (API.md section 12), kept together at the end.
    private boolean background;

    /** {@code @Background}. */
    public Builder<T> background(boolean background) {
      this.background = background;
      return this;
    }

    /** The descriptor. */
    public PromptMethod<T> build() {
      return new PromptMethod<>(this);
    }
  }
}
