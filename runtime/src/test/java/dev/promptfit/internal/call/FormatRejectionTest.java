package dev.promptfit.internal.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.promptfit.ApiException;
import dev.promptfit.BadRequestException;
import dev.promptfit.ServerException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which server errors say "this response format is not supported", and which do not. */
class FormatRejectionTest {

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          400 | | response_format type must be one of "text" or "json_object", but got: json_schema | true
          500 | | response_format type must be one of "text" or "json_object", but got: json_schema | true
          400 | | [{'type': 'literal_error', 'loc': ('body', 'response_format', 'type'), 'msg': "Input should be 'text' or 'json_object'"}] | true
          422 | | body.response_format.type: Input should be 'text' or 'json_object' | true
          400 | | 'response_format.type' must be 'json_schema' | true
          400 | invalid_parameter | Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model. | true
          400 | | Unsupported parameter: 'text.format' | true
          400 | invalid_json_schema | Invalid schema for response_format 'A_b': In context=(), 'required' is required | false
          400 | | 'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'. | false
          400 | | 'temperature' is not supported with this model. | false
          429 | | response_format json_schema: rate limit reached | false
          503 | | response_format service overloaded | false
          401 | | Incorrect API key provided | false
          """)
  void rejectsFormat(int status, String code, String message, boolean expected) {
    ApiException failure =
        status == 400
            ? new BadRequestException(status, "A.b: " + message, code, null, null)
            : status >= 500
                ? new ServerException(status, "A.b: " + message, code, null, null)
                : new ApiException(status, "A.b: " + message, code, null, null);
    assertEquals(expected, FormatRejection.rejectsFormat(failure));
  }
}
