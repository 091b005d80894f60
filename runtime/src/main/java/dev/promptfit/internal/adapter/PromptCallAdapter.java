package dev.promptfit.internal.adapter;

import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import retrofit2.CallAdapter;

/**
 * Not API. A call adapter for one return shape that also says whether its request should ask the
 * server to stream, which the request body needs before the call exists.
 */
public abstract class PromptCallAdapter<T> implements CallAdapter<ResponseBody, T> {
  final CallContext context;

  PromptCallAdapter(CallContext context) {
    this.context = context;
  }

  /** Whether the request carries {@code "stream": true}. */
  public abstract boolean streaming();

  @Override
  public final Type responseType() {
    return ResponseBody.class;
  }
}
