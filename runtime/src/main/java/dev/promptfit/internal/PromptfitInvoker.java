package dev.promptfit.internal;

import dev.promptfit.CallOptions;
import dev.promptfit.PromptfitException;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.adapter.PromptCallAdapter;
import dev.promptfit.internal.adapter.PromptfitCallAdapterFactory;
import dev.promptfit.internal.http.CallSpec;
import dev.promptfit.internal.http.LlmService;
import dev.promptfit.internal.json.ChatRequest;
import dev.promptfit.internal.json.ResponsesRequest;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;

/**
 * Not API. The {@link PromptInvoker} of one client: merges annotations with {@link CallOptions},
 * builds the request for the resolved endpoint and hands the Retrofit call to the adapter for the
 * method's return type. Adapters are looked up once per method.
 */
public final class PromptfitInvoker implements PromptInvoker {
  private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

  private final Retrofit retrofit;
  private final LlmService service;
  private final Api defaultApi;
  private final boolean streamUsage;
  private final Map<PromptMethod<?>, PromptCallAdapter<?>> adapters = new ConcurrentHashMap<>();

  /** An invoker over {@code retrofit}, whose call adapter factory must be Promptfit's. */
  public PromptfitInvoker(Retrofit retrofit, Api defaultApi, boolean streamUsage) {
    this.retrofit = retrofit;
    this.service = retrofit.create(LlmService.class);
    this.defaultApi = defaultApi;
    this.streamUsage = streamUsage;
  }

  @Override
  public <T> T invoke(
      PromptMethod<T> method,
      @Nullable String instructions,
      String input,
      @Nullable CallOptions options) {
    PromptCallAdapter<T> adapter = adapterFor(method);
    CallOptions o = options == null ? CallOptions.none() : options;
    Api api = o.api().orElse(method.api());
    if (api == Api.DEFAULT) {
      api = defaultApi;
    }
    String model = o.model().orElse(method.model());
    Double temperature =
        o.temperature().isPresent() ? (Double) o.temperature().getAsDouble() : method.temperature();
    Double topP = o.topP().isPresent() ? (Double) o.topP().getAsDouble() : method.topP();
    Integer maxTokens =
        o.maxOutputTokens().isPresent()
            ? (Integer) o.maxOutputTokens().getAsInt()
            : method.maxOutputTokens();
    String effort = o.reasoningEffort().orElse(method.reasoningEffort());
    Boolean stream = adapter.streaming() ? Boolean.TRUE : null;

    Map<String, String> headers = new LinkedHashMap<>(o.headers());
    headers.put("Accept", adapter.streaming() ? "text/event-stream" : "application/json");
    CallSpec spec = new CallSpec(method.displayName(), api, o.timeout().orElse(null));
    Call<ResponseBody> call =
        api == Api.RESPONSES
            ? service.responses(
                new ResponsesRequest(
                    model, instructions, input, stream, temperature, topP, maxTokens, effort,
                    o.extraBody()),
                headers,
                spec)
            : service.chatCompletions(
                new ChatRequest(
                    model, instructions, input, stream, streamUsage, temperature, topP, maxTokens,
                    effort, o.extraBody()),
                headers,
                spec);
    return adapter.adapt(call);
  }

  @SuppressWarnings("unchecked") // The factory picked the adapter by the method's return type.
  private <T> PromptCallAdapter<T> adapterFor(PromptMethod<T> method) {
    return (PromptCallAdapter<T>) adapters.computeIfAbsent(method, this::lookUp);
  }

  private PromptCallAdapter<?> lookUp(PromptMethod<?> method) {
    CallAdapter<?, ?> adapter;
    try {
      adapter = retrofit.callAdapter(method.returnType(), NO_ANNOTATIONS);
    } catch (IllegalArgumentException e) {
      throw new PromptfitException(method.displayName() + ": " + e.getMessage(), e);
    }
    if (!(adapter instanceof PromptCallAdapter<?> ours)) {
      throw new PromptfitException(
          method.displayName()
              + ": cannot return "
              + method.returnType().getTypeName()
              + "; supported: "
              + PromptfitCallAdapterFactory.SUPPORTED);
    }
    return ours;
  }
}
