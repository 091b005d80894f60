package dev.promptfit.internal.http;

import java.util.Map;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.HeaderMap;
import retrofit2.http.POST;
import retrofit2.http.Streaming;
import retrofit2.http.Tag;
import retrofit2.http.Url;

/**
 * Not API. The HTTP calls Promptfit makes, as a Retrofit service. The path comes from the call's
 * endpoint ({@code dev.promptfit.internal.endpoint.Endpoint#path()}), relative so that a base URL's
 * path prefix ({@code https://host/api/v1/}) is kept, and the body is already written by it.
 * Everything is {@link Streaming} so no body is ever buffered whole: event streams are read
 * incrementally and JSON straight from the socket.
 */
public interface LlmService {

  /** {@code signal} rides along as a request tag, for the interceptors ({@link HeadersSignal}). */
  @Streaming
  @POST
  Call<ResponseBody> post(
      @Url String path,
      @Body RequestBody body,
      @HeaderMap Map<String, String> headers,
      @Tag HeadersSignal signal);

  /**
   * A {@code GET} of a relative path, query included: a background response's poll ({@code
   * responses/{id}}) or stream resume ({@code responses/{id}?stream=true&starting_after=N}).
   */
  @Streaming
  @GET
  Call<ResponseBody> get(
      @Url String path, @HeaderMap Map<String, String> headers, @Tag HeadersSignal signal);

  /** A {@code POST} without a body: a background response's cancel ({@code responses/{id}/cancel}). */
  @Streaming
  @POST
  Call<ResponseBody> postEmpty(
      @Url String path, @HeaderMap Map<String, String> headers, @Tag HeadersSignal signal);
}
