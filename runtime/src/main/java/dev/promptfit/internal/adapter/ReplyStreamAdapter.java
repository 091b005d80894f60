package dev.promptfit.internal.adapter;

import dev.promptfit.ReplyStream;
import okhttp3.ResponseBody;
import retrofit2.Call;

/** Not API. {@code ReplyStream}: every event, pulled lazily on the consuming thread. */
final class ReplyStreamAdapter extends PromptCallAdapter<ReplyStream> {

  ReplyStreamAdapter(CallContext context) {
    super(context);
  }

  @Override
  public boolean streaming() {
    return true;
  }

  @Override
  public ReplyStream adapt(Call<ResponseBody> call) {
    return new EventReplyStream(context.events(call));
  }
}
