package dev.promptfit.internal.conversation;

import dev.promptfit.ConversationMessage;
import dev.promptfit.ConversationMessage.Attachment;
import dev.promptfit.ConversationMessage.Role;
import dev.promptfit.Reply;
import dev.promptfit.StreamEvent;
import dev.promptfit.internal.request.FilePart;
import dev.promptfit.internal.request.ImagePart;
import dev.promptfit.internal.request.Item;
import dev.promptfit.internal.request.Message;
import dev.promptfit.internal.request.ModelOutput;
import dev.promptfit.internal.request.Part;
import dev.promptfit.internal.request.TextPart;
import dev.promptfit.internal.request.ToolOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The one place stored {@link ConversationMessage}s and request {@link Item}s meet: a
 * stored message becomes the item the endpoints write, and a completed turn's items and final
 * reply become the messages appended.
 *
 * <ul>
 *   <li>user message: {@link Message} of a {@link TextPart} then its {@link ImagePart}s and {@link
 *       FilePart}s, in order;
 *   <li>assistant message that called tools: {@link ModelOutput}, its Responses output items and
 *       Chat {@code reasoning_content} verbatim, so each endpoint sends it back as it came;
 *   <li>tool message: {@link ToolOutput};
 *   <li>assistant answer: {@link Message} of its text.
 * </ul>
 */
public final class ConversationItems {
  private ConversationItems() {}

  /** The request items of stored {@code messages}, in order. */
  public static List<Item> items(List<ConversationMessage> messages) {
    List<Item> items = new ArrayList<>(messages.size());
    for (ConversationMessage m : messages) {
      items.add(item(m));
    }
    return items;
  }

  private static Item item(ConversationMessage m) {
    return switch (m.role()) {
      case USER -> user(m);
      case ASSISTANT -> assistant(m);
      case TOOL ->
          new ToolOutput(
              Objects.requireNonNull(m.callId()),
              m.toolName() == null ? "" : m.toolName(),
              m.text());
    };
  }

  private static Item assistant(ConversationMessage m) {
    if (m.toolCalls().isEmpty() && m.outputItems().isEmpty() && m.reasoning() == null) {
      return new Message(
          dev.promptfit.internal.request.Role.ASSISTANT, List.of(new TextPart(m.text())));
    }
    List<StreamEvent.ToolCall> calls = new ArrayList<>(m.toolCalls().size());
    for (ConversationMessage.ToolCall call : m.toolCalls()) {
      calls.add(new StreamEvent.ToolCall(call.callId(), call.name(), call.arguments()));
    }
    return new ModelOutput(m.text(), m.reasoning(), calls, m.outputItems());
  }

  private static Message user(ConversationMessage m) {
    List<Part> parts = new ArrayList<>(1 + m.attachments().size());
    parts.add(new TextPart(m.text()));
    for (Attachment a : m.attachments()) {
      parts.add(
          a.kind() == Attachment.Kind.IMAGE
              ? new ImagePart(a.url(), a.detail() == null ? "auto" : a.detail())
              : new FilePart(String.valueOf(a.filename()), a.url()));
    }
    return new Message(dev.promptfit.internal.request.Role.USER, parts);
  }

  /**
   * The messages a completed turn appends: {@code user}, then what the turn's later requests
   * carried after it ({@code rounds}: a tool loop's outputs and results), then the final answer.
   *
   * @param responseId the final response's id where a later call may chain to it, else null
   */
  public static List<ConversationMessage> turn(
      Message user, List<Item> rounds, Reply reply, @Nullable String responseId) {
    List<ConversationMessage> turn = new ArrayList<>(rounds.size() + 2);
    turn.add(user(user));
    StringBuilder said = new StringBuilder();
    for (Item item : rounds) {
      ConversationMessage message = message(item);
      if (message.role() == Role.ASSISTANT) {
        said.append(message.text());
      }
      turn.add(message);
    }
    // A tool loop's reply joins the text of every round; the rounds' own messages hold theirs.
    String answer = reply.text();
    if (said.length() > 0 && answer.startsWith(said.toString())) {
      answer = answer.substring(said.length());
    }
    turn.add(
        new ConversationMessage(
            Role.ASSISTANT, answer, List.of(), List.of(), null, List.of(), null, null, responseId));
    return turn;
  }

  private static ConversationMessage user(Message user) {
    StringBuilder text = new StringBuilder();
    List<Attachment> attachments = new ArrayList<>();
    for (Part part : user.parts()) {
      if (part instanceof TextPart t) {
        text.append(t.text());
      } else if (part instanceof ImagePart image) {
        attachments.add(new Attachment(Attachment.Kind.IMAGE, image.url(), image.detail(), null));
      } else if (part instanceof FilePart file) {
        attachments.add(
            new Attachment(Attachment.Kind.DOCUMENT, file.dataUrl(), null, file.filename()));
      }
    }
    return new ConversationMessage(
        Role.USER, text.toString(), attachments, List.of(), null, List.of(), null, null, null);
  }

  private static ConversationMessage message(Item item) {
    if (item instanceof ModelOutput output) {
      List<ConversationMessage.ToolCall> calls = new ArrayList<>(output.calls().size());
      for (StreamEvent.ToolCall call : output.calls()) {
        calls.add(new ConversationMessage.ToolCall(call.callId(), call.name(), call.arguments()));
      }
      return new ConversationMessage(
          Role.ASSISTANT, output.text(), List.of(), calls, output.reasoning(), output.items(), null,
          null, null);
    }
    if (item instanceof ToolOutput result) {
      return new ConversationMessage(
          Role.TOOL, result.output(), List.of(), List.of(), null, List.of(), result.callId(),
          result.name(), null);
    }
    Message m = (Message) item;
    return m.role() == dev.promptfit.internal.request.Role.USER
        ? user(m)
        : ConversationMessage.assistant(m.onlyText() == null ? "" : m.onlyText());
  }

}
