package dev.promptfit;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Each return type of {@link TestChatbot}, run to completion as a user would, giving its text. */
enum ChatShape {
  TEXT(false) {
    @Override
    String run(TestChatbot b, Conversation c, String m, List<Image> i, CallOptions o) {
      return b.text(c, m, i, o);
    }
  },
  REPLY(false) {
    @Override
    String run(TestChatbot b, Conversation c, String m, List<Image> i, CallOptions o) {
      return b.reply(c, m, i, o).text();
    }
  },
  STREAM(true) {
    @Override
    String run(TestChatbot b, Conversation c, String m, List<Image> i, CallOptions o) {
      try (Stream<String> deltas = b.stream(c, m, i, o)) {
        return deltas.collect(Collectors.joining());
      }
    }
  },
  PUBLISHER(true) {
    @Override
    String run(TestChatbot b, Conversation c, String m, List<Image> i, CallOptions o) {
      return String.join("", Shape.collect(b.publisher(c, m, i, o)));
    }
  },
  REPLY_STREAM(true) {
    @Override
    String run(TestChatbot b, Conversation c, String m, List<Image> i, CallOptions o) {
      try (ReplyStream stream = b.replyStream(c, m, i, o)) {
        String text = stream.text().collect(Collectors.joining());
        if (!stream.reply().text().equals(text)) {
          throw new AssertionError("deltas " + text + " != reply " + stream.reply().text());
        }
        return text;
      }
    }
  },
  FUTURE_TEXT(false) {
    @Override
    String run(TestChatbot b, Conversation c, String m, List<Image> i, CallOptions o) {
      return Shape.join(b.futureText(c, m, i, o));
    }
  },
  FUTURE_REPLY(false) {
    @Override
    String run(TestChatbot b, Conversation c, String m, List<Image> i, CallOptions o) {
      return Shape.join(b.futureReply(c, m, i, o)).text();
    }
  };

  final boolean streaming;

  ChatShape(boolean streaming) {
    this.streaming = streaming;
  }

  abstract String run(TestChatbot b, Conversation c, String m, List<Image> i, CallOptions o);

  /** Runs a message without images. */
  String run(TestChatbot b, Conversation c, String m, CallOptions o) {
    return run(b, c, m, List.of(), o);
  }
}
