package dev.promptfit.internal.http;

import dev.promptfit.internal.json.ChatRequest;
import dev.promptfit.internal.json.ResponsesRequest;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.HeaderMap;
import retrofit2.http.POST;
import retrofit2.http.Streaming;
import retrofit2.http.Tag;

/**
 * Not API. The two endpoints as a Retrofit service. Both are {@link Streaming} so no body is ever
 * buffered whole: the call adapters read event streams incrementally and JSON straight from the
 * socket. Paths are relative so a base URL's path prefix ({@code https://host/api/v1/}) is kept.
 */
public interface LlmService {

  @Streaming
  @POST("responses")
  Call<ResponseBody> responses(
      @Body ResponsesRequest body, @HeaderMap Map<String, String> headers, @Tag CallSpec spec);

  @Streaming
  @POST("chat/completions")
  Call<ResponseBody> chatCompletions(
      @Body ChatRequest body, @HeaderMap Map<String, String> headers, @Tag CallSpec spec);
}
