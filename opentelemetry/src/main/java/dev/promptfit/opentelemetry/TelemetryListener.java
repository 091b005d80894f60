package dev.promptfit.opentelemetry;

import dev.promptfit.PromptCall;
import dev.promptfit.PromptfitListener;
import dev.promptfit.Reply;
import dev.promptfit.ToolExecution;
import dev.promptfit.Usage;
import dev.promptfit.annotation.Api;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The listener {@link PromptfitTelemetry} makes: one CLIENT span per prompt call, parented
 * by the context current where the prompt method was invoked, started when the answer is first
 * asked for and ended when it ends, fails or is cancelled; retries as span events; tool runs as
 * {@code execute_tool} child spans; and the three client metrics, each recorded once per call.
 * Everything it keeps for a call lives on the call, so an abandoned stream leaks nothing.
 */
final class TelemetryListener implements PromptfitListener {
  private static final Key<Context> PARENT = Key.named("opentelemetry.parent");
  private static final Key<Span> SPAN = Key.named("opentelemetry.span");
  private static final Key<Span> TOOL_SPAN = Key.named("opentelemetry.tool.span");
  private static final Key<Scope> TOOL_SCOPE = Key.named("opentelemetry.tool.scope");

  private final Tracer tracer;
  private final String providerName;
  private final DoubleHistogram duration;
  private final LongHistogram tokens;
  private final DoubleHistogram timeToFirstChunk;

  TelemetryListener(Tracer tracer, Meter meter, String providerName) {
    this.tracer = tracer;
    this.providerName = providerName;
    this.duration =
        meter
            .histogramBuilder(GenAi.METRIC_OPERATION_DURATION)
            .setUnit("s")
            .setDescription("Duration of GenAI client operations")
            .setExplicitBucketBoundariesAdvice(GenAi.DURATION_BUCKETS)
            .build();
    this.tokens =
        meter
            .histogramBuilder(GenAi.METRIC_TOKEN_USAGE)
            .ofLongs()
            .setUnit("{token}")
            .setDescription("Input and output tokens per GenAI client operation")
            .setExplicitBucketBoundariesAdvice(GenAi.TOKEN_BUCKETS)
            .build();
    this.timeToFirstChunk =
        meter
            .histogramBuilder(GenAi.METRIC_TIME_TO_FIRST_CHUNK)
            .setUnit("s")
            .setDescription("Time from a streamed GenAI request to its first chunk")
            .setExplicitBucketBoundariesAdvice(GenAi.DURATION_BUCKETS)
            .build();
  }

  @Override
  public void callCreated(PromptCall call) {
    // The invoking thread's context: a Stream read later, or a future or publisher read on the
    // client's executor, still belongs to the trace that asked for it.
    call.put(PARENT, Context.current());
  }

  @Override
  public void callStarted(PromptCall call) {
    Context parent = call.get(PARENT);
    AttributesBuilder start =
        Attributes.builder()
            .put(GenAi.OPERATION_NAME, GenAi.OPERATION_CHAT)
            .put(GenAi.PROVIDER_NAME, providerName)
            .put(GenAi.REQUEST_MODEL, call.model())
            .put(GenAi.SERVER_ADDRESS, call.serverAddress())
            .put(GenAi.SERVER_PORT, call.serverPort())
            .put(GenAi.OPENAI_API_TYPE, apiType(call.api()))
            .put(GenAi.PROMPTFIT_METHOD, call.method());
    call.temperature().ifPresent(t -> start.put(GenAi.REQUEST_TEMPERATURE, t));
    call.topP().ifPresent(p -> start.put(GenAi.REQUEST_TOP_P, p));
    call.maxOutputTokens().ifPresent(m -> start.put(GenAi.REQUEST_MAX_TOKENS, m));
    if (call.streaming()) {
      // Conditionally required "if and only if the request is streaming".
      start.put(GenAi.REQUEST_STREAM, true);
    }
    call.instructions()
        .ifPresent(i -> start.put(GenAi.SYSTEM_INSTRUCTIONS, Messages.systemInstructions(i)));
    call.prompt().ifPresent(p -> start.put(GenAi.INPUT_MESSAGES, Messages.userMessage(p)));
    Span span =
        tracer
            .spanBuilder(GenAi.OPERATION_CHAT + " " + call.model())
            .setSpanKind(SpanKind.CLIENT)
            .setParent(parent != null ? parent : Context.current())
            .setAllAttributes(start.build())
            .startSpan();
    call.put(SPAN, span);
  }

  @Override
  public void attemptEnded(PromptCall call, Attempt attempt) {
    Span span = call.get(SPAN);
    if (span == null || !attempt.willRetry()) {
      return;
    }
    AttributesBuilder event =
        Attributes.builder()
            .put(GenAi.HTTP_REQUEST_RESEND_COUNT, attempt.retry() + 1L)
            .put(GenAi.PROMPTFIT_RETRY_DELAY, seconds(attempt.retryDelay()));
    if (attempt.statusCode() > 0) {
      event.put(GenAi.HTTP_RESPONSE_STATUS_CODE, attempt.statusCode());
      event.put(GenAi.ERROR_TYPE, Integer.toString(attempt.statusCode()));
    } else if (attempt.failure() != null) {
      event.put(GenAi.ERROR_TYPE, ErrorTypes.of(attempt.failure()));
    }
    span.addEvent(GenAi.RETRY_EVENT, event.build());
  }

  @Override
  public void firstDelta(PromptCall call) {
    Span span = call.get(SPAN);
    Optional<Duration> first = call.timeToFirstDelta();
    if (span != null && call.streaming() && first.isPresent()) {
      span.setAttribute(GenAi.RESPONSE_TIME_TO_FIRST_CHUNK, seconds(first.get()));
    }
  }

  @Override
  public void toolStarted(PromptCall call, ToolExecution tool) {
    Span callSpan = call.get(SPAN);
    if (callSpan == null) {
      return;
    }
    Context parent = call.get(PARENT);
    Context callContext = (parent != null ? parent : Context.current()).with(callSpan);
    SpanBuilder span =
        tracer
            .spanBuilder(GenAi.OPERATION_EXECUTE_TOOL + " " + tool.name())
            .setSpanKind(SpanKind.INTERNAL)
            .setParent(callContext)
            .setAttribute(GenAi.OPERATION_NAME, GenAi.OPERATION_EXECUTE_TOOL)
            .setAttribute(GenAi.TOOL_NAME, tool.name())
            .setAttribute(GenAi.TOOL_TYPE, GenAi.TOOL_TYPE_FUNCTION);
    if (!tool.callId().isEmpty()) {
      span.setAttribute(GenAi.TOOL_CALL_ID, tool.callId());
    }
    tool.arguments().ifPresent(a -> span.setAttribute(GenAi.TOOL_CALL_ARGUMENTS, a));
    Span started = span.startSpan();
    tool.put(TOOL_SPAN, started);
    // The tool runs on this thread right after: spans it makes itself become children.
    tool.put(TOOL_SCOPE, callContext.with(started).makeCurrent());
  }

  @Override
  public void toolEnded(PromptCall call, ToolExecution tool, @Nullable Throwable failure) {
    Scope scope = tool.get(TOOL_SCOPE);
    if (scope != null) {
      scope.close();
    }
    Span span = tool.get(TOOL_SPAN);
    if (span == null) {
      return;
    }
    if (failure != null) {
      fail(span, failure, call.prompt().isPresent());
    } else {
      tool.result().ifPresent(r -> span.setAttribute(GenAi.TOOL_CALL_RESULT, r));
    }
    span.end();
  }

  @Override
  public void callEnded(PromptCall call, Reply reply) {
    Span span = call.get(SPAN);
    if (span == null) {
      return;
    }
    if (!reply.id().isEmpty()) {
      span.setAttribute(GenAi.RESPONSE_ID, reply.id());
    }
    if (!reply.model().isEmpty()) {
      span.setAttribute(GenAi.RESPONSE_MODEL, reply.model());
    }
    if (!reply.finishReason().isEmpty()) {
      span.setAttribute(GenAi.RESPONSE_FINISH_REASONS, List.of(reply.finishReason()));
    }
    Usage usage = reply.usage();
    boolean reported = !usage.equals(Usage.NONE);
    if (reported) {
      span.setAttribute(GenAi.USAGE_INPUT_TOKENS, usage.inputTokens());
      span.setAttribute(GenAi.USAGE_OUTPUT_TOKENS, usage.outputTokens());
      if (usage.cachedTokens() > 0) {
        span.setAttribute(GenAi.USAGE_CACHE_READ_INPUT_TOKENS, usage.cachedTokens());
      }
      if (usage.reasoningTokens() > 0) {
        span.setAttribute(GenAi.USAGE_REASONING_OUTPUT_TOKENS, usage.reasoningTokens());
      }
    }
    if (call.prompt().isPresent()) {
      // The client captures content, so the reply carries the answer's text.
      span.setAttribute(
          GenAi.OUTPUT_MESSAGES, Messages.assistantMessage(reply.text(), reply.finishReason()));
    }
    Attributes metric = metricAttributes(call, reply.model()).build();
    duration.record(seconds(call.duration()), metric);
    if (reported) {
      tokens.record(
          usage.inputTokens(), metric.toBuilder().put(GenAi.TOKEN_TYPE, "input").build());
      tokens.record(
          usage.outputTokens(), metric.toBuilder().put(GenAi.TOKEN_TYPE, "output").build());
    }
    recordTimeToFirstChunk(call, metric);
    span.end();
  }

  @Override
  public void callFailed(PromptCall call, Throwable failure) {
    Span span = call.get(SPAN);
    if (span == null) {
      return;
    }
    String errorType = fail(span, failure, call.prompt().isPresent());
    Attributes metric = metricAttributes(call, "").build();
    duration.record(
        seconds(call.duration()), metric.toBuilder().put(GenAi.ERROR_TYPE, errorType).build());
    recordTimeToFirstChunk(call, metric);
    span.end();
  }

  /**
   * Marks {@code span} failed: {@code error.type}, ERROR status and an exception event. The message
   * goes in only when it cannot hold content, or when content is captured.
   */
  private static String fail(Span span, Throwable failure, boolean capturing) {
    String errorType = ErrorTypes.of(failure);
    span.setAttribute(GenAi.ERROR_TYPE, errorType);
    String message = capturing ? failure.getMessage() : ErrorTypes.contentFreeMessage(failure);
    if (message != null) {
      span.setStatus(StatusCode.ERROR, message);
    } else {
      span.setStatus(StatusCode.ERROR);
    }
    if (!errorType.equals(ErrorTypes.CANCELLED)) {
      if (message != null) {
        span.recordException(failure);
      } else {
        span.addEvent(
            GenAi.EXCEPTION_EVENT, Attributes.of(GenAi.EXCEPTION_TYPE, failure.getClass().getName()));
      }
    }
    return errorType;
  }

  /** Streamed calls only, as the conventions ask, and only once a delta arrived. */
  private void recordTimeToFirstChunk(PromptCall call, Attributes metric) {
    Optional<Duration> first = call.timeToFirstDelta();
    if (call.streaming() && first.isPresent()) {
      timeToFirstChunk.record(seconds(first.get()), metric);
    }
  }

  private AttributesBuilder metricAttributes(PromptCall call, String responseModel) {
    AttributesBuilder metric =
        Attributes.builder()
            .put(GenAi.OPERATION_NAME, GenAi.OPERATION_CHAT)
            .put(GenAi.PROVIDER_NAME, providerName)
            .put(GenAi.REQUEST_MODEL, call.model())
            .put(GenAi.SERVER_ADDRESS, call.serverAddress())
            .put(GenAi.SERVER_PORT, call.serverPort());
    if (!responseModel.isEmpty()) {
      metric.put(GenAi.RESPONSE_MODEL, responseModel);
    }
    return metric;
  }

  private static String apiType(Api api) {
    return api == Api.CHAT_COMPLETIONS ? "chat_completions" : "responses";
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  @Override
  public String toString() {
    return "PromptfitTelemetry{provider=" + providerName + "}";
  }
}
