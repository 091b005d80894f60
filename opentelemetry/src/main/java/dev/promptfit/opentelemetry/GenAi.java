package dev.promptfit.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;
import java.util.List;

/**
 * Not API. The names this module records, as OpenTelemetry semantic conventions v1.41.0 define
 * them (GenAI, OpenAI, server, error and HTTP registries; schema {@value #SCHEMA_URL}). They live
 * here rather than in the incubating semconv artifact, so the jar needs opentelemetry-api alone.
 * Names under {@code promptfit.} are this library's own.
 */
final class GenAi {
  /** The conventions' version these names follow. */
  static final String SCHEMA_URL = "https://opentelemetry.io/schemas/1.41.0";

  static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("gen_ai.operation.name");
  static final AttributeKey<String> PROVIDER_NAME = AttributeKey.stringKey("gen_ai.provider.name");
  static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
  static final AttributeKey<Double> REQUEST_TEMPERATURE =
      AttributeKey.doubleKey("gen_ai.request.temperature");
  static final AttributeKey<Double> REQUEST_TOP_P = AttributeKey.doubleKey("gen_ai.request.top_p");
  static final AttributeKey<Long> REQUEST_MAX_TOKENS =
      AttributeKey.longKey("gen_ai.request.max_tokens");
  static final AttributeKey<Boolean> REQUEST_STREAM = AttributeKey.booleanKey("gen_ai.request.stream");
  static final AttributeKey<String> RESPONSE_ID = AttributeKey.stringKey("gen_ai.response.id");
  static final AttributeKey<String> RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");
  static final AttributeKey<List<String>> RESPONSE_FINISH_REASONS =
      AttributeKey.stringArrayKey("gen_ai.response.finish_reasons");
  static final AttributeKey<Double> RESPONSE_TIME_TO_FIRST_CHUNK =
      AttributeKey.doubleKey("gen_ai.response.time_to_first_chunk");
  static final AttributeKey<Long> USAGE_INPUT_TOKENS =
      AttributeKey.longKey("gen_ai.usage.input_tokens");
  static final AttributeKey<Long> USAGE_OUTPUT_TOKENS =
      AttributeKey.longKey("gen_ai.usage.output_tokens");
  static final AttributeKey<Long> USAGE_CACHE_READ_INPUT_TOKENS =
      AttributeKey.longKey("gen_ai.usage.cache_read.input_tokens");
  static final AttributeKey<Long> USAGE_REASONING_OUTPUT_TOKENS =
      AttributeKey.longKey("gen_ai.usage.reasoning.output_tokens");
  static final AttributeKey<String> TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");

  // Opt-in content, recorded only under captureContent(true), as JSON strings (the conventions
  // allow that on spans, whose attributes cannot hold structured values yet).
  static final AttributeKey<String> SYSTEM_INSTRUCTIONS =
      AttributeKey.stringKey("gen_ai.system_instructions");
  static final AttributeKey<String> INPUT_MESSAGES = AttributeKey.stringKey("gen_ai.input.messages");
  static final AttributeKey<String> OUTPUT_MESSAGES =
      AttributeKey.stringKey("gen_ai.output.messages");

  static final AttributeKey<String> TOOL_NAME = AttributeKey.stringKey("gen_ai.tool.name");
  static final AttributeKey<String> TOOL_CALL_ID = AttributeKey.stringKey("gen_ai.tool.call.id");
  static final AttributeKey<String> TOOL_TYPE = AttributeKey.stringKey("gen_ai.tool.type");
  static final AttributeKey<String> TOOL_CALL_ARGUMENTS =
      AttributeKey.stringKey("gen_ai.tool.call.arguments");
  static final AttributeKey<String> TOOL_CALL_RESULT =
      AttributeKey.stringKey("gen_ai.tool.call.result");

  static final AttributeKey<String> OPENAI_API_TYPE = AttributeKey.stringKey("openai.api.type");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE =
      AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT =
      AttributeKey.longKey("http.request.resend_count");

  static final AttributeKey<String> EXCEPTION_TYPE = AttributeKey.stringKey("exception.type");

  static final AttributeKey<String> PROMPTFIT_METHOD = AttributeKey.stringKey("promptfit.method");
  static final AttributeKey<Double> PROMPTFIT_RETRY_DELAY =
      AttributeKey.doubleKey("promptfit.retry.delay");

  /** The span event of an exception, as the trace API's recordException names it. */
  static final String EXCEPTION_EVENT = "exception";

  /** The span event of a failed attempt that is retried. */
  static final String RETRY_EVENT = "promptfit.retry";

  static final String OPERATION_CHAT = "chat";
  static final String OPERATION_EXECUTE_TOOL = "execute_tool";
  static final String PROVIDER_OPENAI = "openai";
  static final String TOOL_TYPE_FUNCTION = "function";

  static final String METRIC_OPERATION_DURATION = "gen_ai.client.operation.duration";
  static final String METRIC_TOKEN_USAGE = "gen_ai.client.token.usage";
  static final String METRIC_TIME_TO_FIRST_CHUNK = "gen_ai.client.operation.time_to_first_chunk";

  /** The bucket boundaries the conventions advise for durations, in seconds. */
  static final List<Double> DURATION_BUCKETS =
      List.of(
          0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92);

  /** The bucket boundaries the conventions advise for token counts: powers of 4 up to 4^13. */
  static final List<Long> TOKEN_BUCKETS =
      List.of(
          1L, 4L, 16L, 64L, 256L, 1024L, 4096L, 16384L, 65536L, 262144L, 1048576L, 4194304L,
          16777216L, 67108864L);

  private GenAi() {}
}
