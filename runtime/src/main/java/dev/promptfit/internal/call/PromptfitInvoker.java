package dev.promptfit.internal.call;

import dev.promptfit.CallOptions;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;
import dev.promptfit.internal.adapter.ReturnAdapter;
import dev.promptfit.internal.adapter.ReturnAdapters;
import dev.promptfit.internal.endpoint.Endpoint;
import dev.promptfit.internal.listen.CallEvents;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.internal.tool.ToolInstances;
import dev.promptfit.internal.tool.Toolbox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The {@link PromptInvoker} of one client: binds each method once to its return adapter
 * and failure path, then per call merges the annotations with {@link CallOptions}, chooses the
 * endpoint and builds the first request.
 *
 * <p>{@code Promptfit.create(service, tools...)} makes a copy of the client's invoker bound to the
 * tool instances ({@link #withTools}); it shares the method bindings and keeps one {@link Toolbox}
 * per method that offers tools.
 */
public final class PromptfitInvoker implements PromptInvoker {
  private final CallContext context;
  private final Api defaultApi;
  private final boolean streamUsage;
  private final Map<PromptMethod<?>, Binding<?>> bindings;
  private final ToolInstances instances;
  private final Map<PromptMethod<?>, Toolbox> toolboxes = new ConcurrentHashMap<>();

  /** What a method is bound to, looked up once; {@code typed} is null for a text method. */
  private record Binding<T>(
      ReturnAdapter<T> adapter, Failures failures, @Nullable TypedMethod typed) {}

  /**
   * @param defaultApi the endpoint of methods that leave it to the client; never {@link
   *     Api#DEFAULT}
   * @param streamUsage whether streamed Chat requests ask for usage
   */
  public PromptfitInvoker(CallContext context, Api defaultApi, boolean streamUsage) {
    if (defaultApi == Api.DEFAULT) {
      throw new IllegalArgumentException("defaultApi must be resolved");
    }
    this.context = context;
    this.defaultApi = defaultApi;
    this.streamUsage = streamUsage;
    this.bindings = new ConcurrentHashMap<>();
    this.instances = ToolInstances.NONE;
  }

  private PromptfitInvoker(PromptfitInvoker base, ToolInstances instances) {
    this.context = base.context;
    this.defaultApi = base.defaultApi;
    this.streamUsage = base.streamUsage;
    this.bindings = base.bindings;
    this.instances = instances;
  }

  /** This invoker, for an implementation made with these tool instances. */
  public PromptfitInvoker withTools(ToolInstances instances) {
    return new PromptfitInvoker(this, instances);
  }

  @Override
  public void requireTools(String interfaceName, Class<?>... toolClasses) {
    instances.require(interfaceName, toolClasses);
  }

  @Override
  public <T> T invoke(PromptMethod<T> method, PromptInput input) {
    Binding<T> binding = binding(method);
    CallOptions o = input.options();
    Api chosen = o.api().orElse(method.api());
    boolean chosenByClient = chosen == Api.DEFAULT;
    Endpoint endpoint = Endpoint.of(chosenByClient ? defaultApi : chosen);
    boolean streaming = binding.adapter().streaming();
    Toolbox toolbox = toolbox(method, binding.failures());
    boolean background = Specials.background(method, o);
    Specials.check(input, o, background, endpoint, chosenByClient, binding.failures());

    String model = o.model().orElse(method.model());
    LlmRequest request =
        LlmRequest.builder(model)
            .instructions(input.instructions())
            .item(Specials.userMessage(input, binding.failures()))
            .background(background)
            .stream(streaming)
            .streamUsage(streamUsage)
            .temperature(either(o.temperature(), method.temperature()))
            .topP(either(o.topP(), method.topP()))
            .maxOutputTokens(either(o.maxOutputTokens(), method.maxOutputTokens()))
            .reasoningEffort(o.reasoningEffort().orElse(method.reasoningEffort()))
            .extraBody(o.extraBody())
            .tools(toolbox == null ? List.of() : toolbox.definitions())
            .build();
    TypedMethod typed = binding.typed();
    if (typed != null) {
      request = SchemaPrompt.first(request, typed, context.output().first(model));
    }
    Map<String, String> headers = new LinkedHashMap<>(o.headers());
    headers.put("Accept", streaming ? "text/event-stream" : "application/json");
    CallEvents events =
        context.listeners().call(binding.failures().method(), endpoint.api(), request, input.text());
    Invocation invocation =
        new Invocation(
            context,
            binding.failures(),
            endpoint,
            request,
            headers,
            o.timeout().orElse(null),
            endpoint.notFoundHint(chosenByClient),
            events,
            toolbox,
            input.conversation(),
            typed);
    return binding.adapter().adapt(invocation);
  }

  /** The call's override, else the annotation's value (null: not set anywhere). */
  private static @Nullable Double either(OptionalDouble override, @Nullable Double annotated) {
    return override.isPresent() ? Double.valueOf(override.getAsDouble()) : annotated;
  }

  private static @Nullable Integer either(OptionalInt override, @Nullable Integer annotated) {
    return override.isPresent() ? Integer.valueOf(override.getAsInt()) : annotated;
  }

  /** The method's tools bound to this invoker's instances, or null when it offers none. */
  private @Nullable Toolbox toolbox(PromptMethod<?> method, Failures failures) {
    if (method.tools().isEmpty()) {
      return null;
    }
    return toolboxes.computeIfAbsent(
        method,
        m -> {
          try {
            return Toolbox.of(m.tools(), instances);
          } catch (IllegalStateException e) {
            throw failures.failure(e.getMessage(), null);
          }
        });
  }

  @SuppressWarnings("unchecked") // The adapter was picked by the method's return type, T.
  private <T> Binding<T> binding(PromptMethod<T> method) {
    return (Binding<T>) bindings.computeIfAbsent(method, this::bind);
  }

  private Binding<?> bind(PromptMethod<?> method) {
    Failures failures = new Failures(method.displayName(), context.redactor());
    try {
      TypedMethod typed = TypedMethod.of(method);
      return new Binding<>(ReturnAdapters.of(method.returnType(), typed), failures, typed);
    } catch (IllegalArgumentException e) {
      throw failures.failure(e.getMessage(), null);
    }
  }
}
