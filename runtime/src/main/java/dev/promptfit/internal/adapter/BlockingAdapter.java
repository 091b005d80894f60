package dev.promptfit.internal.adapter;

import dev.promptfit.Reply;
import java.util.function.Function;
import okhttp3.ResponseBody;
import retrofit2.Call;

/** Not API. {@code String} and {@code Reply}: one non-streamed call on the caller's thread. */
final class BlockingAdapter<T> extends PromptCallAdapter<T> {
  private final Function<Reply, T> result;

  BlockingAdapter(CallContext context, Function<Reply, T> result) {
    super(context);
    this.result = result;
  }

  @Override
  public boolean streaming() {
    return false;
  }

  @Override
  public T adapt(Call<ResponseBody> call) {
    try (ReplyEvents events = context.events(call)) {
      return result.apply(events.drain());
    }
  }
}
