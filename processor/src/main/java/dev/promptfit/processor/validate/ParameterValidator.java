package dev.promptfit.processor.validate;

import dev.promptfit.processor.model.Anchor;
import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.model.Parameter;
import dev.promptfit.processor.model.Setting;
import dev.promptfit.processor.model.Special;
import dev.promptfit.processor.parse.TemplateParser;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that a method's parameters can be told apart: each placeholder name belongs to one
 * parameter, there is at most one {@code CallOptions} and one {@code Conversation}, no special
 * parameter carries a {@code @Var}, and no image, document or conversation hides in a form the
 * runtime does not take.
 */
final class ParameterValidator {
  private ParameterValidator() {}

  static void check(MethodModel method, ValidationReport report) {
    String name = method.displayName();
    Set<String> parameterNames =
        method.parameters().stream().map(Parameter::name).collect(Collectors.toSet());
    Map<String, Parameter> owners = new HashMap<>();
    Parameter callOptions = null;
    Parameter conversation = null;
    for (Parameter parameter : method.parameters()) {
      Optional<Setting<String>> alias = parameter.alias();
      if (parameter.callOptions()) {
        alias.ifPresent(
            a -> report.error(Messages.aliasOnCallOptions(name, parameter.name()), a.anchor()));
        if (callOptions != null) {
          report.error(
              Messages.tooManyCallOptions(name, callOptions.name(), parameter.name()),
              Anchor.of(parameter.element()));
        } else {
          callOptions = parameter;
        }
        continue;
      }
      if (parameter.isSpecial()) {
        alias.ifPresent(
            a ->
                report.error(
                    Messages.aliasOnSpecial(name, parameter.name(), parameter.special().display()),
                    a.anchor()));
        if (parameter.special() == Special.CONVERSATION) {
          if (conversation != null) {
            report.error(
                Messages.tooManyConversations(name, conversation.name(), parameter.name()),
                Anchor.of(parameter.element()));
          } else {
            conversation = parameter;
          }
        }
        continue;
      }
      if (Special.mentionsSpecialType(parameter.type())) {
        report.error(
            Messages.unsupportedSpecialForm(name, parameter.name(), parameter.type()),
            Anchor.of(parameter.element()));
        continue;
      }
      if (alias.isPresent()) {
        String value = alias.get().value();
        if (!TemplateParser.isIdentifier(value)) {
          report.error(
              Messages.invalidAlias(name, parameter.name(), value), alias.get().anchor());
          continue;
        }
        if (!value.equals(parameter.name()) && parameterNames.contains(value)) {
          report.error(
              Messages.aliasShadowsParameter(name, parameter.name(), value),
              alias.get().anchor());
          continue;
        }
      }
      Parameter owner = owners.putIfAbsent(parameter.placeholder(), parameter);
      if (owner != null) {
        Anchor anchor =
            alias.map(Setting::anchor).orElseGet(() -> Anchor.of(parameter.element()));
        report.error(
            Messages.duplicatePlaceholder(
                name, owner.name(), parameter.name(), parameter.placeholder()),
            anchor);
      }
    }
  }
}
