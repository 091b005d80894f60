package dev.promptfit.internal.call;

import dev.promptfit.ApiException;
import java.util.List;
import java.util.Locale;

/**
 * Not API. Tells a server's "I do not support this response format" from every other failure of a
 * typed request, by the error's status and wording, as compatible servers word it (FEATURES.md
 * section 6):
 *
 * <ul>
 *   <li>llama.cpp before {@code json_schema}: {@code response_format type must be one of "text" or
 *       "json_object", but got: json_schema} (HTTP 500 from older builds, 400 from later ones);
 *   <li>vLLM before {@code json_schema}: a validation error naming {@code response_format.type}
 *       ({@code Input should be 'text' or 'json_object'}), HTTP 400, or 422 from a bare FastAPI;
 *   <li>LM Studio for {@code json_object}: {@code 'response_format.type' must be 'json_schema'};
 *   <li>proxies: {@code Unsupported parameter: 'response_format'}, {@code text.format is not
 *       supported}.
 * </ul>
 *
 * <p>An error about the schema itself (OpenAI's {@code Invalid schema for response_format ...},
 * code {@code invalid_json_schema}) is not a rejection of the format: a weaker mode would hide a
 * schema the server should have taken, so it fails the call as it is.
 */
final class FormatRejection {
  private static final List<String> FORMAT_WORDS =
      List.of("response_format", "response format", "text.format", "json_schema", "json_object");

  private static final List<String> SCHEMA_PROBLEMS =
      List.of("invalid schema", "invalid_json_schema", "must contain the word");

  private FormatRejection() {}

  /** Whether {@code failure} says the server does not accept the response format sent. */
  static boolean rejectsFormat(ApiException failure) {
    int status = failure.statusCode();
    if (status != 400 && status != 422 && status != 500) {
      return false;
    }
    String code = failure.errorCode().orElse("");
    String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
    for (String problem : SCHEMA_PROBLEMS) {
      if (message.contains(problem) || code.equals(problem)) {
        return false;
      }
    }
    for (String word : FORMAT_WORDS) {
      if (message.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
